import type { TaskEntity } from './task.entity';

/** The fields of a task the audit trail records, wherever tasks are written. */
export const TASK_AUDITED_FIELDS = [
  'projectId',
  'clientId',
  'title',
  'description',
  'status',
  'priority',
  'assigneeId',
  'dueDate',
  'estimateMinutes',
  'completedAt',
  'position',
  'checklist',
  'recurrence',
  'processId',
] as const satisfies readonly (keyof TaskEntity)[];

/** A new task goes to the end of its board column, this far after the last one. */
export const TASK_POSITION_STEP = 1000;
