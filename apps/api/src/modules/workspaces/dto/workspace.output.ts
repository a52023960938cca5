import type { MemberContext, Role } from '@relais/domain';
import type { WorkspaceEntity } from '../workspace.entity';

export interface WorkspaceResponse {
  id: string;
  name: string;
  timeZone: string;
  currency: string;
  createdAt: string;
  updatedAt: string;
  /** The caller's own place in the workspace. */
  membership: { role: Role; owner: boolean; clientIds: string[] };
}

export function toWorkspaceResponse(
  workspace: WorkspaceEntity,
  membership: Pick<MemberContext, 'role' | 'owner' | 'clientIds'>,
): WorkspaceResponse {
  return {
    id: workspace.id,
    name: workspace.name,
    timeZone: workspace.timeZone,
    currency: workspace.currency,
    createdAt: workspace.createdAt.toISOString(),
    updatedAt: workspace.updatedAt.toISOString(),
    membership: {
      role: membership.role,
      owner: membership.owner,
      clientIds: [...membership.clientIds],
    },
  };
}
