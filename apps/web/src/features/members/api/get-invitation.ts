import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { memberKeys } from './query-keys';
import type { InvitationPreview } from './types';

export function getInvitation(token: string): Promise<InvitationPreview> {
  return api.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`);
}

export function getInvitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: memberKeys.invitation(token),
    queryFn: () => getInvitation(token),
    retry: false,
  });
}

export function useInvitation(token: string) {
  return useQuery(getInvitationQueryOptions(token));
}
