export interface KeyResultResponse {
  id: string;
  title: string;
  start: number;
  target: number;
  current: number;
  /** (current - start) / (target - start), clamped to [0, 1]. */
  progress: number;
}

/** An objective as the API answers it (GET/POST/PATCH …/objectives). */
export interface ObjectiveResponse {
  id: string;
  workspaceId: string;
  title: string;
  /** Calendar dates, both included. */
  periodStart: string;
  periodEnd: string;
  ownerId: string | null;
  ownerName: string | null;
  /** Mean progress of the key results; null when there are none. */
  progress: number | null;
  keyResults: KeyResultResponse[];
  createdAt: string;
  updatedAt: string;
}

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
