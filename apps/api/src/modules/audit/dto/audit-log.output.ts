import type { AuditChanges, AuditEventResponse } from '@relais/domain';

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
