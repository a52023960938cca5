import type { Role } from '@relais/domain';
import type { InvitationEntity } from '../invitation.entity';

/** An invitation as its workspace's managers see it; the token is never shown again. */
export interface InvitationResponse {
  id: string;
  email: string;
  role: Role;
  clientIds: string[];
  expiresAt: string;
  createdAt: string;
}

/** What the invited person sees before accepting. */
export interface InvitationPreviewResponse {
  workspaceName: string;
  role: Role;
  invitedByName: string | null;
  expiresAt: string;
}

export interface AcceptedInvitationResponse {
  workspaceId: string;
  role: Role;
}

export function toInvitationResponse(invitation: InvitationEntity): InvitationResponse {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    clientIds: [...invitation.clientIds],
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
