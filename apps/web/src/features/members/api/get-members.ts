import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { memberKeys } from './query-keys';
import type { MemberResponse } from './types';

export function getMembers(workspaceId: string): Promise<MemberResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<MemberResponse>>(`/workspaces/${workspaceId}/members`, {
      query: { limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getMembersQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: memberKeys.all(workspaceId),
    queryFn: () => getMembers(workspaceId),
    staleTime: 60_000,
  });
}

/** The team of a workspace; nothing is fetched without a workspace. */
export function useMembers(workspaceId: string | null | undefined) {
  return useQuery({
    ...getMembersQueryOptions(workspaceId ?? ''),
    enabled: Boolean(workspaceId),
  });
}
