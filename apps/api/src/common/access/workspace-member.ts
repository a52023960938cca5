import type { MemberContext } from '@relais/domain';

/** The caller as a member of the workspace of the route, set by WorkspaceAccessGuard. */
export interface WorkspaceMember extends MemberContext {
  workspaceId: string;
  membershipId: string;
  timeZone: string;
}
