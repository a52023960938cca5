import {
  canSeeMoney,
  minutesValueCents,
  type TimeEntryResponse,
  type TimerResponse,
} from '@relais/domain';
import type { WorkspaceMember } from '../../../common/access/workspace-member';

/** One time entry with the names around it, as ENTRY_SELECT reads it. */
export interface TimeEntryRow {
  id: string;
  workspace_id: string;
  workspace_name: string;
  user_id: string;
  member_name: string;
  task_id: string;
  task_title: string;
  project_id: string;
  project_name: string;
  client_id: string;
  client_name: string;
  started_at: Date;
  /** started_at as PostgreSQL writes it, to the microsecond: the keyset of the list. */
  started_key: string;
  ended_at: Date | null;
  minutes: number | null;
  billable: boolean;
  note: string;
  approved_at: Date | null;
  approved_by_id: string | null;
  created_at: Date;
  updated_at: Date;
  hourly_rate_cents: number | null;
  hourly_cost_cents: number | null;
}

/** The SELECT list and joins that ENTRY rows need; alias `te` is the time entry. */
export const ENTRY_SELECT = `
  SELECT te.id, te.workspace_id, w.name AS workspace_name, te.user_id, u.name AS member_name,
         te.task_id, t.title AS task_title, te.project_id, p.name AS project_name,
         te.client_id, c.name AS client_name, te.started_at, te.started_at::text AS started_key,
         te.ended_at, te.minutes,
         te.billable, te.note, te.approved_at, te.approved_by_id, te.created_at, te.updated_at,
         c.hourly_rate_cents, m.hourly_cost_cents
    FROM time_entries te
    JOIN workspaces w ON w.id = te.workspace_id
    JOIN users u ON u.id = te.user_id
    JOIN tasks t ON t.id = te.task_id
    JOIN projects p ON p.id = te.project_id
    JOIN clients c ON c.id = te.client_id
    LEFT JOIN memberships m ON m.workspace_id = te.workspace_id AND m.user_id = te.user_id`;

export function entryAmountCents(
  row: Pick<TimeEntryRow, 'minutes' | 'billable' | 'hourly_rate_cents'>,
): number | null {
  if (row.minutes === null) return null;
  if (!row.billable) return 0;
  return minutesValueCents(row.minutes, row.hourly_rate_cents);
}

export function entryCostCents(
  row: Pick<TimeEntryRow, 'minutes' | 'hourly_cost_cents'>,
): number | null {
  return row.minutes === null ? null : minutesValueCents(row.minutes, row.hourly_cost_cents);
}

export function toTimeEntryResponse(
  row: TimeEntryRow,
  viewer: Pick<WorkspaceMember, 'role' | 'owner'>,
): TimeEntryResponse {
  const response: TimeEntryResponse = {
    id: row.id,
    workspaceId: row.workspace_id,
    userId: row.user_id,
    memberName: row.member_name,
    taskId: row.task_id,
    taskTitle: row.task_title,
    projectId: row.project_id,
    projectName: row.project_name,
    clientId: row.client_id,
    clientName: row.client_name,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at?.toISOString() ?? null,
    minutes: row.minutes,
    running: row.ended_at === null,
    billable: row.billable,
    note: row.note,
    approved: row.approved_at !== null,
    approvedAt: row.approved_at?.toISOString() ?? null,
    approvedById: row.approved_by_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
  if (canSeeMoney(viewer)) {
    response.amountCents = entryAmountCents(row);
    response.costCents = entryCostCents(row);
  }
  return response;
}

export function toTimerResponse(row: TimeEntryRow): TimerResponse {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    workspaceName: row.workspace_name,
    taskId: row.task_id,
    taskTitle: row.task_title,
    projectId: row.project_id,
    projectName: row.project_name,
    clientId: row.client_id,
    clientName: row.client_name,
    startedAt: row.started_at.toISOString(),
    billable: row.billable,
    note: row.note,
  };
}
