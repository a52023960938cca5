import type { Role } from './roles';

/**
 * Every action a member can attempt in a workspace. The API guards routes with these names and
 * the web client hides what the same names forbid.
 */
export const ACTIONS = [
  'workspace.view',
  'money.view',
  'workspace.update',
  'members.manage',
  'clients.manage',
  'projects.manage',
  'projects.view',
  'tasks.view',
  'tasks.create',
  'tasks.assign',
  'tasks.edit',
  'tasks.changeStatus',
  'tasks.delete',
  'comments.create',
  'time.log',
  'time.viewAll',
  'time.approve',
  'dashboard.view',
  'dashboard.viewTeam',
  'objectives.manage',
  'objectives.updateProgress',
  'objectives.view',
  'processes.view',
  'processes.write',
  'decisions.view',
  'decisions.propose',
  'decisions.decideOperations',
  'decisions.decideStrategy',
  'ideas.view',
  'ideas.create',
  'ideas.triage',
  'audit.view',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How far a grant reaches:
 * - `all`: on every record in the member's client scope;
 * - `own`: only on the member's own records (tasks assigned to them, their time entries,
 *   projects they belong to), checked by the policies in `policies.ts`;
 * - `owner`: only when the member owns the workspace;
 * - `without_ops_director`: only while the workspace has no active ops director;
 * - `none`: never.
 */
export type Grant = 'all' | 'own' | 'owner' | 'without_ops_director' | 'none';

/** The permission matrix of the spec, defined once. */
export const PERMISSION_MATRIX: Readonly<Record<Action, Readonly<Record<Role, Grant>>>> = {
  'workspace.view': { founder: 'all', ops_director: 'all', obm: 'all', va: 'all' },
  'money.view': { founder: 'all', ops_director: 'all', obm: 'none', va: 'none' },
  'workspace.update': { founder: 'owner', ops_director: 'all', obm: 'none', va: 'none' },
  // who may be granted which role is narrowed further by INVITABLE_ROLES
  'members.manage': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'clients.manage': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'projects.manage': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'projects.view': { founder: 'all', ops_director: 'all', obm: 'all', va: 'own' },
  'tasks.view': { founder: 'all', ops_director: 'all', obm: 'all', va: 'own' },
  'tasks.create': { founder: 'all', ops_director: 'all', obm: 'all', va: 'own' },
  'tasks.assign': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'tasks.edit': { founder: 'all', ops_director: 'all', obm: 'all', va: 'own' },
  'tasks.changeStatus': { founder: 'all', ops_director: 'all', obm: 'all', va: 'own' },
  'tasks.delete': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'comments.create': { founder: 'all', ops_director: 'all', obm: 'all', va: 'all' },
  'time.log': { founder: 'own', ops_director: 'own', obm: 'own', va: 'own' },
  'time.viewAll': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'time.approve': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'dashboard.view': { founder: 'all', ops_director: 'all', obm: 'all', va: 'own' },
  'dashboard.viewTeam': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'objectives.view': { founder: 'all', ops_director: 'all', obm: 'all', va: 'all' },
  'objectives.manage': { founder: 'all', ops_director: 'all', obm: 'none', va: 'none' },
  'objectives.updateProgress': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'processes.view': { founder: 'all', ops_director: 'all', obm: 'all', va: 'all' },
  'processes.write': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'decisions.view': { founder: 'all', ops_director: 'all', obm: 'all', va: 'all' },
  'decisions.propose': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'decisions.decideOperations': {
    founder: 'without_ops_director',
    ops_director: 'all',
    obm: 'none',
    va: 'none',
  },
  'decisions.decideStrategy': { founder: 'all', ops_director: 'none', obm: 'none', va: 'none' },
  // the founder's idea inbox: she drops ideas, the OBM or the ops director triages them
  'ideas.view': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'ideas.create': { founder: 'all', ops_director: 'all', obm: 'none', va: 'none' },
  'ideas.triage': { founder: 'all', ops_director: 'all', obm: 'all', va: 'none' },
  'audit.view': { founder: 'all', ops_director: 'all', obm: 'none', va: 'none' },
};

/** What a membership carries into every permission decision. */
export interface MemberContext {
  userId: string;
  role: Role;
  owner: boolean;
  /** Client ids the member is limited to; empty means every client. */
  clientIds: readonly string[];
}

export interface WorkspaceFacts {
  /** Whether the workspace has an active ops director (who then decides operations). */
  hasActiveOpsDirector: boolean;
}

export function grantFor(role: Role, action: Action): Grant {
  return PERMISSION_MATRIX[action][role];
}

/**
 * Whether the member may attempt the action at all. `own` grants pass here: the record-level
 * policies decide them. Owners may always administer the workspace itself.
 */
export function can(
  member: Pick<MemberContext, 'role' | 'owner'>,
  action: Action,
  facts: WorkspaceFacts = { hasActiveOpsDirector: false },
): boolean {
  const grant = grantFor(member.role, action);
  switch (grant) {
    case 'all':
    case 'own':
      return true;
    case 'owner':
      return member.owner;
    case 'without_ops_director':
      return !facts.hasActiveOpsDirector;
    case 'none':
      return action === 'workspace.update' && member.owner;
  }
}

/** True when the member's grant is limited to their own records. */
export function isLimitedToOwn(member: Pick<MemberContext, 'role'>, action: Action): boolean {
  return grantFor(member.role, action) === 'own';
}

export function canSeeMoney(member: Pick<MemberContext, 'role' | 'owner'>): boolean {
  return can(member, 'money.view');
}

/** Whether a client is inside the member's client scope. */
export function inClientScope(member: Pick<MemberContext, 'clientIds'>, clientId: string): boolean {
  return member.clientIds.length === 0 || member.clientIds.includes(clientId);
}
