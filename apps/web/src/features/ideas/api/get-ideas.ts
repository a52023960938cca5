import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { ideaKeys } from './query-keys';
import type { IdeaResponse } from './types';

/** The whole inbox, newest first: the screen splits it by status without another request. */
export function getIdeas(workspaceId: string): Promise<IdeaResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<IdeaResponse>>(`/workspaces/${workspaceId}/ideas`, {
      query: { limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getIdeasQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ideaKeys.list(workspaceId),
    queryFn: () => getIdeas(workspaceId),
  });
}

export function useIdeas(workspaceId: string) {
  return useQuery(getIdeasQueryOptions(workspaceId));
}
