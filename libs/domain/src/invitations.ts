/**
 * Workspace invitations as the API answers them (…/workspaces/:id/invitations and
 * /invitations/:token), shared by the API (mappers) and the web client.
 */
import type { Role } from './roles';

/** An invitation as its workspace's managers see it; the token is never shown again. */
export interface InvitationResponse {
  id: string;
  email: string;
  role: Role;
  clientIds: string[];
  expiresAt: string;
  createdAt: string;
}

/** GET /api/invitations/:token: what the invited person sees before accepting. */
export interface InvitationPreviewResponse {
  workspaceName: string;
  role: Role;
  invitedByName: string | null;
  expiresAt: string;
}

/** POST /api/invitations/:token/accept: the workspace joined, with the role it gave. */
export interface AcceptedInvitationResponse {
  workspaceId: string;
  role: Role;
}
