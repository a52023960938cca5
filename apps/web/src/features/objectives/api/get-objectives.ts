import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { objectiveKeys } from './query-keys';
import type { ObjectiveResponse } from './types';

/** The workspace's objectives with their key results, latest first. */
export function getObjectives(workspaceId: string): Promise<ObjectiveResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<ObjectiveResponse>>(`/workspaces/${workspaceId}/objectives`, {
      query: { limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getObjectivesQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: objectiveKeys.list(workspaceId),
    queryFn: () => getObjectives(workspaceId),
  });
}

export function useObjectives(workspaceId: string) {
  return useQuery(getObjectivesQueryOptions(workspaceId));
}
