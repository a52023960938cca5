import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { taskKeys } from '../api/query-keys';
import type { ChecklistItem, TaskChanges, TaskResponse } from '../api/types';

/** Copies of the cached data a mutation may have to put back. */
export type CacheSnapshot = ReadonlyArray<readonly [QueryKey, unknown]>;

function filtersFor(workspaceId: string, taskId: string): { queryKey: QueryKey }[] {
  return [
    { queryKey: taskKeys.mine() },
    { queryKey: taskKeys.lists(workspaceId) },
    { queryKey: taskKeys.detail(workspaceId, taskId) },
  ];
}

/** Stops refetches that would overwrite an optimistic change with older data. */
export async function cancelTaskQueries(
  queryClient: QueryClient,
  workspaceId: string,
  taskId: string,
): Promise<void> {
  await Promise.all(
    filtersFor(workspaceId, taskId).map((filters) => queryClient.cancelQueries(filters)),
  );
}

/** Every cached copy of the task: My tasks, the workspace's task lists, its detail. */
export function snapshotTask(
  queryClient: QueryClient,
  workspaceId: string,
  taskId: string,
): CacheSnapshot {
  return filtersFor(workspaceId, taskId).flatMap((filters) => queryClient.getQueriesData(filters));
}

/** Puts every copy back as it was when the snapshot was taken. */
export function restoreSnapshot(queryClient: QueryClient, snapshot: CacheSnapshot): void {
  for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data);
}

/**
 * Fields put on screen before the server answers: a checklist line added meanwhile has no id
 * until the server's answer brings the whole task.
 */
export type OptimisticTaskFields = Omit<Partial<TaskResponse>, 'checklist'> & {
  checklist?: ChecklistItem[];
};

/** Merges the fields into every cached copy of the task (the names My tasks adds stay). */
export function patchTaskInCache(
  queryClient: QueryClient,
  workspaceId: string,
  taskId: string,
  fields: OptimisticTaskFields,
): void {
  // the cast: checklist lines without an id stay only until the server's answer replaces them
  const apply = <T extends TaskResponse>(task: T): T =>
    task.id === taskId ? ({ ...task, ...fields } as T) : task;
  const applyToList = <T extends TaskResponse>(tasks: T[] | undefined) => tasks?.map(apply);
  queryClient.setQueriesData<TaskResponse[]>(
    { queryKey: taskKeys.lists(workspaceId) },
    applyToList,
  );
  queryClient.setQueryData<TaskResponse[]>(taskKeys.mine(), applyToList);
  queryClient.setQueryData<TaskResponse>(taskKeys.detail(workspaceId, taskId), (task) =>
    task ? apply(task) : task,
  );
}

/**
 * What the screen shows before the server answers: the changes, plus the completion time the
 * server will set when a task is checked off (and clear when it is reopened).
 */
export function optimisticFields(
  changes: TaskChanges,
  now: Date = new Date(),
): OptimisticTaskFields {
  if (changes.status === undefined) return { ...changes };
  return {
    ...changes,
    completedAt: changes.status === 'done' ? now.toISOString() : null,
  };
}
