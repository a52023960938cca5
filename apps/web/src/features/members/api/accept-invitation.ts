import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface AcceptInvitationResponse {
  workspaceId: string;
  role?: string;
}

export function acceptInvitation(token: string): Promise<AcceptInvitationResponse> {
  return api.post<AcceptInvitationResponse>(`/invitations/${encodeURIComponent(token)}/accept`);
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
