import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditChanges } from '@relais/domain';

export interface AuditRecord {
  workspaceId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes?: AuditChanges;
}

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** The fields whose value differs between two versions of a record, with both values. */
export function diffFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T> | null,
  fields: readonly (keyof T)[],
): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const a = comparable(before?.[field] ?? null);
    const b = comparable(after?.[field] ?? null);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[String(field)] = { before: a, after: b };
  }
  return changes;
}

/** Writes audit events inside the caller's transaction, so a rolled-back change leaves no trace. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    // plain SQL: every write sends one, and the ORM's insert builder cost more CPU than the row
    await manager.query(
      `INSERT INTO audit_events (workspace_id, actor_id, action, entity_type, entity_id, changes)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        record.workspaceId,
        record.actorId,
        record.action,
        record.entityType,
        record.entityId,
        JSON.stringify(record.changes ?? {}),
      ],
    );
  }
}
