import type { TaskPriority, TaskStatus } from '@relais/domain';
import type { ChecklistItem, TaskEntity, TaskRecurrence } from '../task.entity';

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
  createdById: string | null;
  dueDate: string | null;
  estimateMinutes: number | null;
  completedAt: string | null;
  position: number;
  checklist: ChecklistItem[];
  recurrence: TaskRecurrence | null;
  processId: string | null;
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

export function toTaskResponse(task: TaskEntity): TaskResponse {
  return {
    id: task.id,
    workspaceId: task.workspaceId,
    projectId: task.projectId,
    clientId: task.clientId,
    title: task.title,
    description: task.description,
    status: task.status,
    priority: task.priority,
    assigneeId: task.assigneeId,
    createdById: task.createdById,
    dueDate: task.dueDate,
    estimateMinutes: task.estimateMinutes,
    completedAt: task.completedAt?.toISOString() ?? null,
    position: task.position,
    checklist: task.checklist.map(({ id, title, done }) => ({ id, title, done })),
    recurrence: task.recurrence,
    processId: task.processId,
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}
