import { can, grantFor, inClientScope, type MemberContext } from './permissions';
import type { DecisionDomain } from './records';
import { canGrantRole, type Role } from './roles';

/** The facts about a task that the task policies need. */
export interface TaskFacts {
  clientId: string;
  assigneeId: string | null;
  createdById: string | null;
}

function ownsTask(member: MemberContext, task: TaskFacts): boolean {
  return task.assigneeId === member.userId;
}

/** Change status, check off, tick the checklist: everyone with `all`, a VA on her own tasks. */
export function canChangeTaskStatus(member: MemberContext, task: TaskFacts): boolean {
  if (!inClientScope(member, task.clientId)) return false;
  const grant = grantFor(member.role, 'tasks.changeStatus');
  return grant === 'all' || (grant === 'own' && ownsTask(member, task));
}

/** Edit title, description, due date, priority, estimate: a VA only on tasks she created for herself. */
export function canEditTask(member: MemberContext, task: TaskFacts): boolean {
  if (!inClientScope(member, task.clientId)) return false;
  const grant = grantFor(member.role, 'tasks.edit');
  return (
    grant === 'all' ||
    (grant === 'own' && ownsTask(member, task) && task.createdById === member.userId)
  );
}

export function canAssignTasks(member: MemberContext): boolean {
  return can(member, 'tasks.assign');
}

export function canDeleteTask(member: MemberContext, task: TaskFacts): boolean {
  return inClientScope(member, task.clientId) && grantFor(member.role, 'tasks.delete') === 'all';
}

/**
 * Move a task to another project: only members who may edit every task, with both the task's
 * client and the target project's client in their scope.
 */
export function canMoveTask(
  member: MemberContext,
  task: TaskFacts,
  targetClientId: string,
): boolean {
  return (
    inClientScope(member, task.clientId) &&
    inClientScope(member, targetClientId) &&
    grantFor(member.role, 'tasks.edit') === 'all'
  );
}

/**
 * Create a task: a VA only in a project she belongs to, assigned to herself.
 * `isProjectMember` is whether the member belongs to the target project.
 */
export function canCreateTask(
  member: MemberContext,
  input: { clientId: string; assigneeId: string | null; isProjectMember: boolean },
): boolean {
  if (!inClientScope(member, input.clientId)) return false;
  const grant = grantFor(member.role, 'tasks.create');
  if (grant === 'all') return true;
  return grant === 'own' && input.isProjectMember && input.assigneeId === member.userId;
}

/**
 * Change a member's role: the actor must be allowed to grant both the member's current role and
 * the new one (an OBM acts on VAs only, so cannot demote an ops director nor promote a VA).
 */
export function canChangeMemberRole(
  actor: Pick<MemberContext, 'role' | 'owner'>,
  currentRole: Role,
  newRole: Role,
): boolean {
  return (
    can(actor, 'members.manage') &&
    canGrantRole(actor.role, currentRole) &&
    canGrantRole(actor.role, newRole)
  );
}

/** Deactivate a member: only one whose role the actor may grant. */
export function canDeactivateMember(
  actor: Pick<MemberContext, 'role' | 'owner'>,
  targetRole: Role,
): boolean {
  return can(actor, 'members.manage') && canGrantRole(actor.role, targetRole);
}

/**
 * Whether a client scope may be handed out by the actor: an actor who sees every client may give
 * any scope; one limited to some clients only a non-empty subset of their own (never "all").
 */
export function isWithinClientScope(
  actor: Pick<MemberContext, 'clientIds'>,
  clientIds: readonly string[],
): boolean {
  if (actor.clientIds.length === 0) return true;
  return clientIds.length > 0 && clientIds.every((id) => actor.clientIds.includes(id));
}

/**
 * Edit or deactivate a member (or revoke an invitation): the actor must be able to grant the
 * member's role, and the member's client scope must lie within the actor's own.
 */
export function canManageMember(
  actor: Pick<MemberContext, 'role' | 'owner' | 'clientIds'>,
  target: { role: Role; clientIds: readonly string[] },
): boolean {
  return canDeactivateMember(actor, target.role) && isWithinClientScope(actor, target.clientIds);
}

/** Only the owner hands ownership over, whatever their role. */
export function canTransferOwnership(actor: Pick<MemberContext, 'owner'>): boolean {
  return actor.owner;
}

/**
 * Decide (or reject) a decision: `operations` ones belong to the ops director, and to the founder
 * only while the workspace has no active ops director; `strategy` ones to the founder.
 */
export function canDecide(
  member: Pick<MemberContext, 'role' | 'owner'>,
  domain: DecisionDomain,
  hasActiveOpsDirector: boolean,
): boolean {
  const action =
    domain === 'operations' ? 'decisions.decideOperations' : 'decisions.decideStrategy';
  return can(member, action, { hasActiveOpsDirector });
}

/**
 * Edit a proposed decision: its proposer, or a founder or ops director (those who decide).
 * Whether it is still proposed is the caller's check: a decided record is a conflict, not a right.
 */
export function canEditDecision(
  member: Pick<MemberContext, 'userId' | 'role' | 'owner'>,
  decision: { proposedById: string | null },
): boolean {
  if (!can(member, 'decisions.propose')) return false;
  return (
    decision.proposedById === member.userId ||
    member.role === 'founder' ||
    member.role === 'ops_director'
  );
}
