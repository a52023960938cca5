export type { FailedJobResponse } from '@relais/domain';

/** Job names the page can put in words; others are shown as the API names them. */
export const KNOWN_JOB_NAMES = [
  'send-email',
  'task-import',
  'task-reminder',
  'overdue-digest',
  'weekly-digest',
  'recurring-next',
] as const;
export type KnownJobName = (typeof KNOWN_JOB_NAMES)[number];

export function isKnownJobName(name: string): name is KnownJobName {
  return (KNOWN_JOB_NAMES as readonly string[]).includes(name);
}
