import {
  keyResultProgress,
  objectivesProgress,
  type KeyResultResponse,
  type ObjectiveResponse,
} from '@relais/domain';

/** An objective as ObjectivesService reads it. */
export interface ObjectiveRow {
  id: string;
  workspace_id: string;
  title: string;
  period_start: string;
  period_end: string;
  owner_id: string | null;
  owner_name: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface KeyResultRow {
  id: string;
  objective_id: string;
  title: string;
  start: number;
  target: number;
  current: number;
  position: number;
}

export function toKeyResultResponse(row: KeyResultRow): KeyResultResponse {
  return {
    id: row.id,
    title: row.title,
    start: row.start,
    target: row.target,
    current: row.current,
    progress: keyResultProgress(row),
  };
}

/** `keyResults` are the objective's, in order. */
export function toObjectiveResponse(
  row: ObjectiveRow,
  keyResults: readonly KeyResultRow[],
): ObjectiveResponse {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    progress: objectivesProgress(keyResults),
    keyResults: keyResults.map(toKeyResultResponse),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
