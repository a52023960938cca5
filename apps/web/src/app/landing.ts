import type { MembershipSummary, Role } from '@relais/domain';
import { paths } from '@/config/paths';

/** Where each role's work is: the page a member lands on in a workspace. */
const LANDING: Record<Role, (workspaceId: string) => string> = {
  va: () => paths.myTasks,
  obm: paths.workspace.projects,
  founder: paths.workspace.dashboard,
  // the decisions waiting for her
  ops_director: paths.workspace.decisions,
};

export function landingPath(membership: MembershipSummary | null): string {
  return membership ? LANDING[membership.role](membership.workspaceId) : paths.welcome;
}
