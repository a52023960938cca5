/** A time entry as the API answers it (GET/POST/PATCH …/time-entries). */
export interface TimeEntryResponse {
  id: string;
  workspaceId: string;
  userId: string;
  memberName: string;
  taskId: string;
  taskTitle: string;
  projectId: string;
  projectName: string;
  clientId: string;
  clientName: string;
  /** An instant. */
  startedAt: string;
  /** Null while the timer runs. */
  endedAt: string | null;
  /** Null while the timer runs. */
  minutes: number | null;
  running: boolean;
  billable: boolean;
  note: string;
  approved: boolean;
  approvedAt: string | null;
  approvedById: string | null;
  createdAt: string;
  updatedAt: string;
  /** Money: only for roles that may see it; null without a rate or while running. */
  amountCents?: number | null;
  costCents?: number | null;
}

/** The signed-in user's running timer, whichever workspace it runs in (GET /api/me/timer). */
export interface TimerResponse {
  id: string;
  workspaceId: string;
  workspaceName: string;
  taskId: string;
  taskTitle: string;
  projectId: string;
  projectName: string;
  clientId: string;
  clientName: string;
  startedAt: string;
  billable: boolean;
  note: string;
}

/** What a log-time form sends (POST), or changes (PATCH). */
export interface TimeEntryInput {
  taskId: string;
  /** An ISO 8601 instant with its offset. */
  startedAt: string;
  minutes: number;
  billable?: boolean;
  note?: string;
}

/** Filters of the list and the CSV export; `from`/`to` are days `[from, to)` of the workspace. */
export interface TimeEntriesFilters {
  memberId?: string;
  from?: string;
  to?: string;
  clientId?: string;
  approved?: boolean;
}

/** The list also narrows to one task (the export does not). */
export interface TimeEntriesListFilters extends TimeEntriesFilters {
  taskId?: string;
}

/** The task a timer or a log-time form is about. */
export interface TimedTask {
  id: string;
  workspaceId: string;
  title: string;
  clientId?: string;
  projectId?: string;
  clientName?: string;
  projectName?: string;
  workspaceName?: string;
}
