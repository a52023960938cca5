/**
 * Tasks as the API answers them (GET/POST/PATCH …/tasks, GET /api/me/tasks), shared by the API
 * (mappers) and the web client.
 */
import type { RecurrenceRule } from './recurrence';
import type { TaskPriority, TaskStatus } from './records';

/** One line of a task's checklist, as stored and answered. */
export interface TaskChecklistItem {
  id: string;
  title: string;
  done: boolean;
}

export interface TaskResponse {
  id: string;
  workspaceId: string;
  projectId: string;
  clientId: string;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  assigneeId: string | null;
  /** Null once the creator's account is gone, or for a task the system made. */
  createdById: string | null;
  /** A calendar date `YYYY-MM-DD`. */
  dueDate: string | null;
  estimateMinutes: number | null;
  completedAt: string | null;
  /** Order within its board column. */
  position: number;
  checklist: TaskChecklistItem[];
  /** How the task repeats; null for a one-off task. */
  recurrence: RecurrenceRule | null;
  /** The process (SOP) the task follows. */
  processId: string | null;
  /** Optimistic locking: a PATCH carries the version it read. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A task of the caller's "my tasks" list, with the names to show it outside its workspace. */
export interface MyTaskResponse extends TaskResponse {
  workspaceName: string;
  clientName: string;
  projectName: string;
}
