import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AcceptedInvitationResponse } from './types';

/** The web's older name for the API's AcceptedInvitationResponse. */
export type { AcceptedInvitationResponse as AcceptInvitationResponse } from './types';

export function acceptInvitation(token: string): Promise<AcceptedInvitationResponse> {
  return api.post<AcceptedInvitationResponse>(`/invitations/${encodeURIComponent(token)}/accept`);
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
