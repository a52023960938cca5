import type { TaskPriority, TaskStatus } from '@relais/domain';

export type {
  CommentResponse,
  MyTaskResponse,
  TaskChecklistItem,
  TaskResponse,
} from '@relais/domain';

/** A checklist line as a form sends it: a new line has no id yet. */
export interface ChecklistItem {
  id?: string;
  title: string;
  done: boolean;
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
