import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { taskKeys } from './query-keys';
import type { TaskResponse } from './types';

export interface TaskFilters {
  projectId?: string;
  assigneeId?: string;
}

/** A workspace's tasks, e.g. one project's for its board (every page: a board sorts them all). */
export function getTasks(workspaceId: string, filters: TaskFilters): Promise<TaskResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<TaskResponse>>(`/workspaces/${workspaceId}/tasks`, {
      query: { ...filters, limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getTasksQueryOptions(workspaceId: string, filters: TaskFilters) {
  return queryOptions({
    queryKey: taskKeys.list(workspaceId, filters),
    queryFn: () => getTasks(workspaceId, filters),
  });
}

export function useTasks(workspaceId: string, filters: TaskFilters) {
  return useQuery(getTasksQueryOptions(workspaceId, filters));
}
