import type { TaskResponse } from '@relais/domain';
import type { TaskEntity } from '../task.entity';

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
