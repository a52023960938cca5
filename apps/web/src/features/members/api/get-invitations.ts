import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { memberKeys } from './query-keys';
import type { InvitationResponse } from './types';

/** Invitations sent and not yet accepted, revoked or expired. */
export function getInvitations(workspaceId: string): Promise<InvitationResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<InvitationResponse>>(`/workspaces/${workspaceId}/invitations`, {
      query: { limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getInvitationsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: memberKeys.invitations(workspaceId),
    queryFn: () => getInvitations(workspaceId),
  });
}

export function useInvitations(workspaceId: string) {
  return useQuery(getInvitationsQueryOptions(workspaceId));
}
