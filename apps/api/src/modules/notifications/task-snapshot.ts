import type { TaskPriority, TaskStatus } from '@relais/domain';
import type { ChecklistItem, TaskRecurrence } from '../tasks/task.entity';

/**
 * A task as it was or is, in the fields its side effects need. A TaskEntity is one, so callers
 * pass the entity they read before the change and the one they saved.
 */
export interface TaskSnapshot {
  id: string;
  workspaceId: string;
  projectId: string;
  clientId: string;
  title: string;
  status: TaskStatus;
  assigneeId: string | null;
  createdById: string | null;
  /** Calendar date `YYYY-MM-DD`. */
  dueDate: string | null;
  recurrence: TaskRecurrence | null;
  completedAt: Date | null;
  checklist: ChecklistItem[];
  description: string;
  priority: TaskPriority;
  estimateMinutes: number | null;
  position: number;
  processId: string | null;
}

/** A comment just written, in the fields its notifications need (a CommentEntity is one). */
export interface CommentSnapshot {
  id: string;
  workspaceId: string;
  taskId: string;
  body: string;
  /** User ids mentioned with `@`, resolved against the workspace's members. */
  mentions: string[];
}

/** Path of a task in the web client: its project's board, with the task open. */
export function taskPath(task: { workspaceId: string; projectId: string; id: string }): string {
  return `/w/${task.workspaceId}/projects/${task.projectId}?task=${task.id}`;
}
