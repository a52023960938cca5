/** Objectives and their key results as the API answers them (GET/POST/PATCH …/objectives). */

export interface KeyResultResponse {
  id: string;
  title: string;
  start: number;
  target: number;
  current: number;
  /** (current - start) / (target - start), clamped to [0, 1]. */
  progress: number;
}

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
