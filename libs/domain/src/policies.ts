import { can, grantFor, inClientScope, type MemberContext } from './permissions';
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
