import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { taskKeys } from './query-keys';
import type { CommentResponse } from './types';

export function getComments(workspaceId: string, taskId: string): Promise<CommentResponse[]> {
  return fetchAllPages(
    (cursor) =>
      api.get<Page<CommentResponse>>(`/workspaces/${workspaceId}/tasks/${taskId}/comments`, {
        query: { limit: MAX_PAGE_SIZE, cursor },
      }),
    5,
  );
}

export function getCommentsQueryOptions(workspaceId: string, taskId: string) {
  return queryOptions({
    queryKey: taskKeys.comments(workspaceId, taskId),
    queryFn: () => getComments(workspaceId, taskId),
  });
}

export function useComments(workspaceId: string, taskId: string) {
  return useQuery(getCommentsQueryOptions(workspaceId, taskId));
}
