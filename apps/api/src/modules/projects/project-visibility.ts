import { grantFor } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';

/**
 * SQL condition on a projects alias that keeps what the member may view: every project of
 * their client scope, and for a VA only the projects she is a member of or has a task in.
 * Returns the condition and its parameters, to add with `andWhere`.
 */
export function visibleProjectsCondition(
  member: WorkspaceMember,
  projectAlias: string,
): { sql: string; params: Record<string, unknown> } {
  const parts = [`${projectAlias}.workspace_id = :visWs`];
  const params: Record<string, unknown> = { visWs: member.workspaceId, visUser: member.userId };
  if (member.clientIds.length > 0) {
    parts.push(`${projectAlias}.client_id = ANY(:visScope)`);
    params.visScope = member.clientIds;
  }
  if (grantFor(member.role, 'projects.view') === 'own') {
    parts.push(`(EXISTS (SELECT 1 FROM project_members pm WHERE pm.project_id = ${projectAlias}.id AND pm.user_id = :visUser)
      OR EXISTS (SELECT 1 FROM tasks vt WHERE vt.project_id = ${projectAlias}.id AND vt.workspace_id = ${projectAlias}.workspace_id AND vt.assignee_id = :visUser))`);
  }
  return { sql: parts.join(' AND '), params };
}
