export type { TimeEntryResponse, TimerResponse } from '@relais/domain';

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
