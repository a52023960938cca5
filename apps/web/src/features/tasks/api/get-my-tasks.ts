import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { taskKeys } from './query-keys';
import type { MyTaskResponse } from './types';

/** What My tasks lists: what is still to be done (a task checked off stays until a refetch). */
const OPEN_STATUSES = 'todo,in_progress,in_review';

/** Every open task assigned to the signed-in user, across all their workspaces. */
export function getMyTasks(): Promise<MyTaskResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<MyTaskResponse>>('/me/tasks', {
      query: { status: OPEN_STATUSES, limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getMyTasksQueryOptions() {
  return queryOptions({ queryKey: taskKeys.mine(), queryFn: getMyTasks });
}

export function useMyTasks() {
  return useQuery(getMyTasksQueryOptions());
}
