import type { InvitationResponse } from '@relais/domain';
import type { InvitationEntity } from '../invitation.entity';

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
