import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TaskPriority, TaskStatus } from '@relais/domain';
import { api } from '@/lib/api-client';
import { restoreSnapshot, type CacheSnapshot } from '../utils/task-cache';
import { nextPositionInColumn } from '../utils/board-position';
import { taskKeys } from './query-keys';
import type { ChecklistItem, TaskChecklistItem, TaskResponse } from './types';

export interface CreateTaskInput {
  projectId: string;
  title: string;
  description?: string;
  assigneeId?: string | null;
  dueDate?: string | null;
  priority?: TaskPriority;
  estimateMinutes?: number | null;
  status?: TaskStatus;
  checklist?: ChecklistItem[];
  /** The process (SOP) the task follows. */
  processId?: string | null;
}

export interface CreateTaskVariables {
  workspaceId: string;
  /** The project's client (the optimistic card needs it for the role policies). */
  clientId: string;
  input: CreateTaskInput;
}

export function createTask(workspaceId: string, input: CreateTaskInput): Promise<TaskResponse> {
  // absent rather than null: the API treats a missing field as "not set"
  const body = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined && value !== null),
  );
  return api.post<TaskResponse>(`/workspaces/${workspaceId}/tasks`, body);
}

let optimisticCounter = 0;

/** Ids of cards shown before the server has created them. */
export function isOptimisticTaskId(id: string): boolean {
  return id.startsWith('optimistic-');
}

/**
 * Creates a task; the card appears in the project's lists at once (at the end of its column)
 * and is swapped for the server's when it answers.
 */
export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation<
    TaskResponse,
    unknown,
    CreateTaskVariables,
    { snapshot: CacheSnapshot; tempId: string }
  >({
    mutationFn: ({ workspaceId, input }) => createTask(workspaceId, input),
    onMutate: async ({ workspaceId, clientId, input }) => {
      const listKey = taskKeys.list(workspaceId, { projectId: input.projectId });
      await queryClient.cancelQueries({ queryKey: listKey });
      const snapshot = queryClient.getQueriesData({ queryKey: listKey });
      optimisticCounter += 1;
      const tempId = `optimistic-${optimisticCounter}`;
      const status = input.status ?? 'todo';
      const now = new Date().toISOString();
      queryClient.setQueryData<TaskResponse[]>(listKey, (tasks) =>
        tasks
          ? [
              ...tasks,
              {
                id: tempId,
                workspaceId,
                projectId: input.projectId,
                clientId,
                title: input.title,
                description: input.description ?? '',
                status,
                priority: input.priority ?? 'normal',
                assigneeId: input.assigneeId ?? null,
                // unknown until the server answers; read as "not the caller's" meanwhile
                createdById: null,
                dueDate: input.dueDate ?? null,
                estimateMinutes: input.estimateMinutes ?? null,
                completedAt: null,
                position: nextPositionInColumn(tasks.filter((t) => t.status === status)),
                // new lines get their ids from the server's answer, which replaces the card
                checklist: (input.checklist ?? []) as TaskChecklistItem[],
                recurrence: null,
                processId: input.processId ?? null,
                version: 0,
                createdAt: now,
                updatedAt: now,
              },
            ]
          : tasks,
      );
      return { snapshot, tempId };
    },
    onError: (_error, _variables, context) => {
      if (context) restoreSnapshot(queryClient, context.snapshot);
    },
    onSuccess: (task, { workspaceId, input }, context) => {
      queryClient.setQueryData<TaskResponse[]>(
        taskKeys.list(workspaceId, { projectId: input.projectId }),
        (tasks) => tasks?.map((t) => (t.id === context.tempId ? task : t)),
      );
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.mine() });
      void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'projects'] });
    },
  });
}
