import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { memberKeys } from './query-keys';

export function revokeInvitation(workspaceId: string, invitationId: string): Promise<void> {
  return api.delete(`/workspaces/${workspaceId}/invitations/${invitationId}`);
}

export function useRevokeInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(workspaceId, invitationId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: memberKeys.invitations(workspaceId) }),
  });
}
