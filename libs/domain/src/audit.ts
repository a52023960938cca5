/** The audit log as the API answers it (GET …/audit-events). */

/** Before and after of each field an event changed. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditEventResponse {
  id: string;
  actorId: string | null;
  /** The actor's name today; null for the system or a deleted account. */
  actorName: string | null;
  /** `<record type>.<verb>`, e.g. `task.updated`. */
  action: string;
  entityType: string;
  entityId: string;
  changes: AuditChanges;
  createdAt: string;
}
