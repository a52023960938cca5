import type { TaskPriority, TaskStatus } from '@relais/domain';

export interface ChecklistItem {
  id?: string;
  title: string;
  done: boolean;
}

/** A task as the API answers it (GET/POST/PATCH …/tasks). */
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
  createdById?: string | null;
  /** A calendar date `YYYY-MM-DD`. */
  dueDate: string | null;
  estimateMinutes: number | null;
  completedAt: string | null;
  /** Order within its board column. */
  position: number;
  checklist: ChecklistItem[];
  /** The process (SOP) the task follows. */
  processId?: string | null;
  version: number;
  createdAt?: string;
  updatedAt?: string;
}

/** A task of GET /api/me/tasks: with the names of where it belongs. */
export interface MyTaskResponse extends TaskResponse {
  workspaceName: string;
  clientName: string;
  projectName: string;
}

export interface CommentResponse {
  id: string;
  taskId?: string;
  authorId: string | null;
  /** Null once the author's account is gone. */
  authorName: string | null;
  body: string;
  createdAt: string;
}

/** Someone a task can be assigned to, and whose name a task shows. */
export interface Person {
  userId: string;
  name: string;
}

/** Fields of a task a PATCH may change (`version` travels beside them). */
export interface TaskChanges {
  title?: string;
  description?: string;
  status?: TaskStatus;
  priority?: TaskPriority;
  assigneeId?: string | null;
  dueDate?: string | null;
  estimateMinutes?: number | null;
  position?: number;
  checklist?: ChecklistItem[];
  processId?: string | null;
}
