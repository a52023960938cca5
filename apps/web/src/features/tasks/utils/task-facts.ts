import type { TaskFacts } from '@relais/domain';
import type { TaskResponse } from '../api/types';

/** What the shared task policies need to know about a task. */
export function taskFacts(
  task: Pick<TaskResponse, 'clientId' | 'assigneeId' | 'createdById'>,
): TaskFacts {
  return {
    clientId: task.clientId,
    assigneeId: task.assigneeId,
    createdById: task.createdById ?? null,
  };
}
