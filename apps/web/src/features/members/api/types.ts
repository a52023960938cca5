import type { Role } from '@relais/domain';

export type { MemberResponse } from '@relais/domain';

export interface InvitationResponse {
  id: string;
  email: string;
  role: Role;
  clientIds: string[];
  expiresAt: string;
  createdAt: string;
}

/** GET /api/invitations/:token: what the invited person sees before accepting. */
export interface InvitationPreview {
  workspaceName: string;
  role: Role;
  invitedByName: string | null;
  expiresAt: string;
}
