/**
 * Enumerations of the domain records (SPEC.md, "Domain records"), shared by the API (columns,
 * validation) and the web client (labels, filters). Each comes as a const array, its union type
 * and a type guard.
 */

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** A task's status, in board order. */
export const TASK_STATUSES = ['todo', 'in_progress', 'in_review', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export function isTaskStatus(value: unknown): value is TaskStatus {
  return isOneOf(TASK_STATUSES, value);
}

/** A task's priority, from the lowest to the highest. */
export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export function isTaskPriority(value: unknown): value is TaskPriority {
  return isOneOf(TASK_PRIORITIES, value);
}

/** A project's status. `done` and `cancelled` are the closed ones. */
export const PROJECT_STATUSES = ['planned', 'active', 'on_hold', 'done', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export function isProjectStatus(value: unknown): value is ProjectStatus {
  return isOneOf(PROJECT_STATUSES, value);
}

/** How a client pays: by the hour, a monthly retainer, or a fixed fee plus a commission. */
export const ENGAGEMENTS = ['hourly', 'retainer', 'fixed_plus_commission'] as const;
export type Engagement = (typeof ENGAGEMENTS)[number];
export function isEngagement(value: unknown): value is Engagement {
  return isOneOf(ENGAGEMENTS, value);
}

/** Who decides a decision: the ops director (`operations`) or the founder (`strategy`). */
export const DECISION_DOMAINS = ['operations', 'strategy'] as const;
export type DecisionDomain = (typeof DECISION_DOMAINS)[number];
export function isDecisionDomain(value: unknown): value is DecisionDomain {
  return isOneOf(DECISION_DOMAINS, value);
}

export const DECISION_STATUSES = ['proposed', 'decided', 'rejected'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export function isDecisionStatus(value: unknown): value is DecisionStatus {
  return isOneOf(DECISION_STATUSES, value);
}
