import { useMutation, useQueryClient } from '@tanstack/react-query';
import { normalizeEmail, type Role } from '@relais/domain';
import { api } from '@/lib/api-client';
import { memberKeys } from './query-keys';
import type { InvitationResponse } from './types';

export interface CreateInvitationInput {
  email: string;
  role: Role;
  /** Limits the member to these clients; none means every client. */
  clientIds?: string[];
}

export function createInvitation(
  workspaceId: string,
  input: CreateInvitationInput,
): Promise<InvitationResponse> {
  return api.post<InvitationResponse>(`/workspaces/${workspaceId}/invitations`, {
    ...input,
    email: normalizeEmail(input.email),
  });
}

export function useCreateInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInvitationInput) => createInvitation(workspaceId, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: memberKeys.invitations(workspaceId) }),
  });
}
