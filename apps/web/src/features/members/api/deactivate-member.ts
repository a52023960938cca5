import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { memberKeys } from './query-keys';

export interface DeactivateMemberInput {
  workspaceId: string;
  userId: string;
}

/** DELETE …/members/:userId: the member loses access; their work and history stay. */
export function deactivateMember({ workspaceId, userId }: DeactivateMemberInput): Promise<void> {
  return api.delete(`/workspaces/${workspaceId}/members/${userId}`);
}

export function useDeactivateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateMember,
    onSuccess: (_, { workspaceId }) =>
      queryClient.invalidateQueries({ queryKey: memberKeys.all(workspaceId) }),
  });
}
