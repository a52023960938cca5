import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { i18n } from '@/i18n';
import { api, isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/errors';
import {
  cancelTaskQueries,
  optimisticFields,
  patchTaskInCache,
  restoreSnapshot,
  snapshotTask,
  type CacheSnapshot,
} from '../utils/task-cache';
import { taskKeys } from './query-keys';
import type { TaskChanges, TaskResponse } from './types';

export interface UpdateTaskVariables {
  workspaceId: string;
  taskId: string;
  /** The version the change was made on; the API answers 409 when it is stale. */
  version: number;
  changes: TaskChanges;
}

export function updateTask({
  workspaceId,
  taskId,
  version,
  changes,
}: UpdateTaskVariables): Promise<TaskResponse> {
  return api.patch<TaskResponse>(`/workspaces/${workspaceId}/tasks/${taskId}`, {
    ...changes,
    version,
  });
}

// One change per task at a time: a second click (or an Undo) made before the first change is
// answered waits for it. Each change is made on the newest version known for the task, so an Undo
// built from the task as it was before the first change does not earn a 409.
const lastChange = new Map<string, Promise<unknown>>();
const latestVersion = new Map<string, number>();

function updateTaskInOrder(variables: UpdateTaskVariables): Promise<TaskResponse> {
  const { taskId } = variables;
  const previous = lastChange.get(taskId);
  const run = (async () => {
    if (previous) await previous;
    const version = Math.max(variables.version, latestVersion.get(taskId) ?? 0);
    const task = await updateTask({ ...variables, version });
    latestVersion.set(taskId, Math.max(task.version, latestVersion.get(taskId) ?? 0));
    return task;
  })();
  const settled = run.catch(() => undefined);
  lastChange.set(taskId, settled);
  void settled.then(() => {
    if (lastChange.get(taskId) === settled) lastChange.delete(taskId);
  });
  return run;
}

/** Tells the user that their change did not go through and what to do. */
function notifyFailure(error: unknown): void {
  const conflict = isApiError(error) && error.status === 409;
  notifications.show({
    id: conflict ? 'task-conflict' : undefined,
    color: conflict ? 'yellow' : 'red',
    title: conflict ? i18n.t('tasks:errors.conflictTitle') : i18n.t('tasks:errors.saveFailedTitle'),
    message: conflict
      ? i18n.t('tasks:errors.conflict')
      : `${describeError(error, i18n.t)} ${i18n.t('tasks:errors.rolledBack')}`,
  });
}

/**
 * Changes a task. The screen changes at once (every cached copy); the server's answer then
 * replaces it. On failure every copy is put back; on a 409 (someone changed the task
 * meanwhile) the task is refetched and the user told to look again.
 */
export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation<TaskResponse, unknown, UpdateTaskVariables, { snapshot: CacheSnapshot }>({
    mutationFn: updateTaskInOrder,
    onMutate: async ({ workspaceId, taskId, changes }) => {
      await cancelTaskQueries(queryClient, workspaceId, taskId);
      const snapshot = snapshotTask(queryClient, workspaceId, taskId);
      patchTaskInCache(queryClient, workspaceId, taskId, optimisticFields(changes));
      return { snapshot };
    },
    onError: (error, { workspaceId, taskId }, context) => {
      if (context) restoreSnapshot(queryClient, context.snapshot);
      notifyFailure(error);
      if (isApiError(error) && (error.status === 409 || error.status === 404)) {
        void queryClient.invalidateQueries({ queryKey: taskKeys.detail(workspaceId, taskId) });
        void queryClient.invalidateQueries({ queryKey: taskKeys.lists(workspaceId) });
        void queryClient.invalidateQueries({ queryKey: taskKeys.mine() });
      }
    },
    onSuccess: (task, { workspaceId, taskId }) => {
      // while a later change of the task is still on its way, keep its optimistic fields on
      // screen and take only the new version; the last answer brings the whole task
      const inFlight = queryClient.isMutating({
        predicate: (mutation) =>
          (mutation.state.variables as UpdateTaskVariables | undefined)?.taskId === taskId,
      });
      patchTaskInCache(
        queryClient,
        workspaceId,
        taskId,
        inFlight > 1 ? { version: task.version } : task,
      );
      // figures computed from tasks (project progress, dashboard) are now out of date
      void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'projects'] });
      void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'dashboard'] });
    },
  });
}
