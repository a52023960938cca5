import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  CSV_SEPARATOR_CHARS,
  isCalendarDate,
  parseInstant,
  zonedDayStart,
  type AuditEventResponse,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { ValidationFailedException } from '../../common/http/validation';
import { UserEntity } from '../users/user.entity';
import { AuditEventEntity } from './audit-event.entity';
import { createdAtKeySql, decodeCreatedAtCursor, olderThan } from './created-at-cursor';
import type { ExportAuditEventsQuery, ListAuditEventsQuery } from './dto/audit-log.input';
import { toAuditEventResponse, type AuditEventRow } from './dto/audit-log.output';

type AuditFilters = Pick<ListAuditEventsQuery, 'actorId' | 'entityType' | 'from' | 'to'>;

/** Rows read per query while exporting. */
const EXPORT_BATCH = 500;

const CSV_HEADER = [
  'createdAt',
  'actorId',
  'actorName',
  'action',
  'entityType',
  'entityId',
  'changes',
];

/**
 * One CSV line (RFC 4180, CRLF). A cell that a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`, tab, CR) is prefixed with `'`.
 */
export function toCsvLine(cells: readonly string[], separator: string): string {
  return `${cells
    .map((cell) => {
      const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return safe.includes(separator) || /["\r\n]/.test(safe)
        ? `"${safe.replace(/"/g, '""')}"`
        : safe;
    })
    .join(separator)}\r\n`;
}

function csvCells(event: AuditEventResponse): string[] {
  return [
    event.createdAt,
    event.actorId ?? '',
    event.actorName ?? '',
    event.action,
    event.entityType,
    event.entityId,
    JSON.stringify(event.changes),
  ];
}

/**
 * The audit trail as the founder and the ops director read it: who changed what, when. Events
 * carry no client, so a member limited to some clients may not read it (it would show the others).
 */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, with each actor's name, in one query per page. */
  async list(
    member: WorkspaceMember,
    query: ListAuditEventsQuery,
  ): Promise<Page<AuditEventResponse>> {
    const qb = this.filteredQuery(member, query);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCreatedAtCursor(query.cursor);
    if (after) {
      const older = olderThan('e', after);
      qb.andWhere(older.sql, older.params);
    }
    const rows = await qb.limit(limit + 1).getRawMany<AuditEventRow>();
    return toPage(rows, limit, (row) => [row.cursorAt, row.id], toAuditEventResponse);
  }

  /**
   * The filtered events as CSV (UTF-8 with a BOM, for spreadsheets), streamed batch by batch.
   * The checks run before the first byte, so a bad request is still a 400.
   */
  export(member: WorkspaceMember, query: ExportAuditEventsQuery): Readable {
    this.period(member, query);
    return Readable.from(
      this.csvLines(member, query, CSV_SEPARATOR_CHARS[query.separator ?? 'comma']),
    );
  }

  private async *csvLines(
    member: WorkspaceMember,
    query: ExportAuditEventsQuery,
    separator: string,
  ): AsyncGenerator<string> {
    yield `\uFEFF${toCsvLine(CSV_HEADER, separator)}`;
    let after: [string, string] | null = null;
    for (;;) {
      const qb = this.filteredQuery(member, query);
      if (after) {
        const older = olderThan('e', after);
        qb.andWhere(older.sql, older.params);
      }
      const rows = await qb.limit(EXPORT_BATCH).getRawMany<AuditEventRow>();
      if (rows.length > 0) {
        yield rows.map((row) => toCsvLine(csvCells(toAuditEventResponse(row)), separator)).join('');
      }
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1];
      after = [last.cursorAt, last.id];
    }
  }

  /** The workspace's events matching the filters, newest first, joined to the actors' names. */
  private filteredQuery(
    member: WorkspaceMember,
    filters: AuditFilters,
  ): SelectQueryBuilder<AuditEventEntity> {
    const { from, to } = this.period(member, filters);
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .leftJoin(UserEntity, 'u', 'u.id = e.actor_id')
      .select('e.id', 'id')
      .addSelect('e.actor_id', 'actorId')
      .addSelect('u.name', 'actorName')
      .addSelect('e.action', 'action')
      .addSelect('e.entity_type', 'entityType')
      .addSelect('e.entity_id', 'entityId')
      .addSelect('e.changes', 'changes')
      .addSelect('e.created_at', 'createdAt')
      .addSelect(createdAtKeySql('e'), 'cursorAt')
      .where('e.workspace_id = :ws', { ws: member.workspaceId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (filters.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: filters.actorId });
    if (filters.entityType) {
      qb.andWhere('e.entity_type = :entityType', { entityType: filters.entityType });
    }
    if (from) qb.andWhere('e.created_at >= :from', { from });
    if (to) qb.andWhere('e.created_at < :to', { to });
    return qb;
  }

  /** The period asked for, once the member may read the log at all (403) and it is sound (400). */
  private period(
    member: WorkspaceMember,
    filters: AuditFilters,
  ): { from: Date | null; to: Date | null } {
    if (member.clientIds.length > 0) {
      throw new ForbiddenException(
        'The audit log covers every client: a member limited to some clients may not read it',
      );
    }
    const from = this.instantOf(filters.from, member.timeZone);
    const to = this.instantOf(filters.to, member.timeZone);
    if (from && to && from >= to) {
      throw new ValidationFailedException([{ field: 'to', errors: ['to must be after from'] }]);
    }
    return { from, to };
  }

  /** A date is the start of that day in the workspace's time zone; an instant is itself. */
  private instantOf(value: string | undefined, timeZone: string): Date | null {
    if (value === undefined) return null;
    return isCalendarDate(value) ? zonedDayStart(value, timeZone) : parseInstant(value);
  }
}
