import type { AuditChanges } from '../audit-event.entity';

export interface AuditEventResponse {
  id: string;
  actorId: string | null;
  /** The actor's name today; null for the system or a deleted account. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: AuditChanges;
  createdAt: string;
}

/** A row of the audit log query: the event joined to its actor's name. */
export interface AuditEventRow {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: AuditChanges;
  createdAt: Date;
  cursorAt: string;
}

export function toAuditEventResponse(row: AuditEventRow): AuditEventResponse {
  return {
    id: row.id,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: row.changes,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
