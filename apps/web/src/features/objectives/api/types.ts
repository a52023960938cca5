export type { KeyResultResponse, ObjectiveResponse } from '@relais/domain';

export interface NewKeyResultInput {
  title: string;
  start: number;
  target: number;
  current: number;
}

/** In a PATCH: an existing key result by `id` (only the fields sent change), or a new one. */
export interface KeyResultInput extends Partial<NewKeyResultInput> {
  id?: string;
}

export interface CreateObjectiveInput {
  title: string;
  periodStart: string;
  periodEnd: string;
  ownerId?: string | null;
  keyResults?: NewKeyResultInput[];
}

/** `keyResults`, when sent, is the whole list in order: missing ones are deleted. */
export interface UpdateObjectiveInput {
  title?: string;
  periodStart?: string;
  periodEnd?: string;
  ownerId?: string | null;
  keyResults?: KeyResultInput[];
}
