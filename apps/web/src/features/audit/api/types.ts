export type { AuditChanges, AuditEventResponse as AuditEvent } from '@relais/domain';

export interface AuditFilters {
  actorId?: string;
  entityType?: string;
  /** First day, included (`YYYY-MM-DD`, in the workspace's time zone). */
  from?: string;
  /** Day after the last one: excluded. */
  to?: string;
}

/** The record types the API writes events about, for the filter and the labels. */
export const AUDIT_ENTITY_TYPES = [
  'client',
  'client_revenue',
  'comment',
  'decision',
  'idea',
  'invitation',
  'member',
  'objective',
  'process',
  'process_suggestion',
  'project',
  'task',
  'task_import',
  'task_template',
  'time_entry',
  'workspace',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
export function isAuditEntityType(value: unknown): value is AuditEntityType {
  return typeof value === 'string' && (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);
}

/** What the events say was done; others are shown as written. */
export const AUDIT_VERBS = [
  'created',
  'updated',
  'deleted',
  'archived',
  'proposed',
  'decided',
  'rejected',
  'linked',
  'unlinked',
  'converted',
  'triaged',
  'accepted',
  'revoked',
  'joined',
  'reactivated',
  'deactivated',
  'role_changed',
  'revenue_recorded',
  'timer_started',
  'timer_stopped',
  'ownership_transferred',
] as const;
export type AuditVerb = (typeof AUDIT_VERBS)[number];
export function isAuditVerb(value: unknown): value is AuditVerb {
  return typeof value === 'string' && (AUDIT_VERBS as readonly string[]).includes(value);
}

export interface Option {
  id: string;
  name: string;
}
