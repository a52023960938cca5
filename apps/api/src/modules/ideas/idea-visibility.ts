import type { WorkspaceMember } from '../../common/access/workspace-member';

/**
 * SQL condition on an ideas alias that keeps what the member may see: the ideas of the
 * workspace, and for a member limited to some clients (ideas carry no client) only the ones she
 * wrote. Callers check `ideas.view` first. Returns the condition and its parameters.
 */
export function visibleIdeasCondition(
  member: WorkspaceMember,
  ideaAlias: string,
): { sql: string; params: Record<string, unknown> } {
  const parts = [`${ideaAlias}.workspace_id = :ideaWs`];
  const params: Record<string, unknown> = { ideaWs: member.workspaceId };
  if (member.clientIds.length > 0) {
    parts.push(`${ideaAlias}.author_id = :ideaAuthor`);
    params.ideaAuthor = member.userId;
  }
  return { sql: parts.join(' AND '), params };
}
