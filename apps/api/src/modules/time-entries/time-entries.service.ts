import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  entryEnd,
  grantFor,
  inClientScope,
  parseInstant,
  zonedDayStart,
  type TimeEntryResponse,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { BudgetAlertsService, type TouchedBudget } from '../clients/budget-alerts.service';
import type {
  CreateTimeEntryInput,
  ListTimeEntriesQuery,
  TimeEntriesFilter,
  UpdateTimeEntryInput,
} from './dto/time-entry.input';
import { ENTRY_SELECT, toTimeEntryResponse, type TimeEntryRow } from './dto/time-entry.output';
import { SqlParams } from './sql-params';
import { TimeEntryEntity } from './time-entry.entity';
import {
  AUDITED_FIELDS,
  assertNoOverlap,
  assertNotInFuture,
  findLoggableTask,
  loadEntryRow,
  loadEntryRows,
  lockPerson,
} from './time-entry-rules';

/** Whether the member sees only her own time (a VA), or everyone's within her client scope. */
export function seesOnlyOwnTime(member: WorkspaceMember): boolean {
  return grantFor(member.role, 'time.viewAll') === 'none';
}

/**
 * SQL conditions on the time entries alias `te` for what the member may see, narrowed by the
 * filter: the workspace, her client scope, and only her own entries for a VA (403 when she asks
 * for someone else's, 404 for a client outside her scope). `from`/`to` are dates in the
 * workspace's time zone; an entry belongs to the day it starts.
 */
export function visibleEntriesSql(
  member: WorkspaceMember,
  filter: TimeEntriesFilter,
  p: SqlParams,
): string {
  const parts = [`te.workspace_id = ${p.add(member.workspaceId)}`];
  if (member.clientIds.length > 0)
    parts.push(`te.client_id = ANY(${p.add(member.clientIds)}::uuid[])`);
  if (seesOnlyOwnTime(member)) {
    if (filter.memberId !== undefined && filter.memberId !== member.userId) {
      throw new ForbiddenException('You may see only your own time');
    }
    parts.push(`te.user_id = ${p.add(member.userId)}`);
  } else if (filter.memberId !== undefined) {
    parts.push(`te.user_id = ${p.add(filter.memberId)}`);
  }
  if (filter.clientId !== undefined) {
    if (!inClientScope(member, filter.clientId)) throw new NotFoundException('Client not found');
    parts.push(`te.client_id = ${p.add(filter.clientId)}`);
  }
  if (filter.approved !== undefined) {
    parts.push(filter.approved ? 'te.approved_at IS NOT NULL' : 'te.approved_at IS NULL');
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) {
    throw new ValidationFailedException([{ field: 'to', errors: ['to must be after from'] }]);
  }
  if (filter.from !== undefined) {
    parts.push(`te.started_at >= ${p.add(zonedDayStart(filter.from, member.timeZone))}`);
  }
  if (filter.to !== undefined) {
    parts.push(`te.started_at < ${p.add(zonedDayStart(filter.to, member.timeZone))}`);
  }
  return parts.join(' AND ');
}

/** A timestamptz as PostgreSQL writes it (`2026-03-02 09:00:00.123456+00`). */
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

function invalidCursor(): ValidationFailedException {
  return new ValidationFailedException([
    { field: 'cursor', errors: ['cursor is not one this API gave'] },
  ]);
}

/**
 * Time logged on tasks. Everyone logs their own time; founders, ops directors and OBMs see and
 * approve everyone's within their client scope; an entry is locked once approved. Every write
 * checks overlaps across all the person's workspaces, is audited, and may raise a budget alert.
 */
@Injectable()
export class TimeEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly budgetAlerts: BudgetAlertsService,
  ) {}

  /** Most recent first; `taskId` must name a task the member can view (404 otherwise). */
  async list(
    member: WorkspaceMember,
    query: ListTimeEntriesQuery,
  ): Promise<Page<TimeEntryResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const p = new SqlParams();
    const where = [visibleEntriesSql(member, query, p)];
    if (query.taskId !== undefined) {
      const task = await findLoggableTask(this.dataSource.manager, member, query.taskId);
      where.push(`te.task_id = ${p.add(task.id)}`);
    }
    if (after) {
      const [startedAt, id] = after;
      if (typeof startedAt !== 'string' || !PG_TIMESTAMP.test(startedAt)) throw invalidCursor();
      if (typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
      where.push(`(te.started_at, te.id) < (${p.add(startedAt)}::timestamptz, ${p.add(id)}::uuid)`);
    }
    const rows = (await this.dataSource.query(
      `${ENTRY_SELECT}
        WHERE ${where.join(' AND ')}
        ORDER BY te.started_at DESC, te.id DESC
        LIMIT ${p.add(limit + 1)}`,
      p.values,
    )) as TimeEntryRow[];
    return toPage(
      rows,
      limit,
      (row) => [row.started_key, row.id],
      (row) => toTimeEntryResponse(row, member),
    );
  }

  async create(
    member: WorkspaceMember,
    input: CreateTimeEntryInput,
    now: Date = new Date(),
  ): Promise<TimeEntryResponse> {
    const startedAt = parseInstant(input.startedAt) as Date;
    assertNotInFuture(startedAt, now);
    const endedAt = entryEnd(startedAt, input.minutes);
    return this.write(async (manager) => {
      const task = await findLoggableTask(manager, member, input.taskId);
      await lockPerson(manager, member.userId);
      await assertNoOverlap(manager, member.userId, startedAt, endedAt);
      const entry = await manager.save(
        manager.create(TimeEntryEntity, {
          workspaceId: member.workspaceId,
          userId: member.userId,
          taskId: task.id,
          projectId: task.projectId,
          clientId: task.clientId,
          startedAt,
          endedAt,
          minutes: input.minutes,
          billable: input.billable ?? true,
          note: input.note ?? '',
        }),
      );
      await this.recordAudit(manager, member, 'time_entry.created', entry.id, null, entry);
      return { id: entry.id, touched: [touchedBy(entry)] };
    }, member);
  }

  /** Your own entry, until it is approved. */
  async update(
    member: WorkspaceMember,
    id: string,
    input: UpdateTimeEntryInput,
    now: Date = new Date(),
  ): Promise<TimeEntryResponse> {
    const newStart = input.startedAt !== undefined ? (parseInstant(input.startedAt) as Date) : null;
    if (newStart) assertNotInFuture(newStart, now);
    return this.write(async (manager) => {
      await lockPerson(manager, member.userId);
      const before = await this.findEditable(manager, member, id);
      const running = before.endedAt === null;
      if (running && input.minutes !== undefined) {
        throw new ConflictException('Stop the timer before setting its minutes');
      }
      const task =
        input.taskId !== undefined && input.taskId !== before.taskId
          ? await findLoggableTask(manager, member, input.taskId)
          : null;
      const startedAt = newStart ?? before.startedAt;
      const minutes = input.minutes ?? before.minutes;
      const moved = newStart !== null || input.minutes !== undefined;
      // a timer's real end is kept until its start or length is edited
      const endedAt = running
        ? null
        : moved
          ? entryEnd(startedAt, minutes as number)
          : before.endedAt;
      if (moved) await assertNoOverlap(manager, member.userId, startedAt, endedAt, id);
      const after = await manager.save(TimeEntryEntity, {
        ...before,
        ...(task && { taskId: task.id, projectId: task.projectId, clientId: task.clientId }),
        startedAt,
        endedAt,
        minutes,
        billable: input.billable ?? before.billable,
        note: input.note ?? before.note,
      });
      await this.recordAudit(manager, member, 'time_entry.updated', id, before, after);
      return { id, touched: running ? [] : [touchedBy(after)] };
    }, member);
  }

  /** Your own entry (a running timer included), until it is approved. */
  async remove(member: WorkspaceMember, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.findEditable(manager, member, id);
      await manager.delete(TimeEntryEntity, { id });
      await this.recordAudit(manager, member, 'time_entry.deleted', id, before, null);
    });
  }

  async approve(member: WorkspaceMember, id: string): Promise<TimeEntryResponse> {
    const [entry] = await this.approveAll(member, [id]);
    return entry;
  }

  /**
   * Approves entries of anyone within the approver's scope, all or none: 404 when one is not
   * visible, 409 when one is a running timer. Already approved entries are left as they are.
   */
  async approveAll(member: WorkspaceMember, ids: readonly string[]): Promise<TimeEntryResponse[]> {
    const unique = [...new Set(ids)];
    const emailIds: string[] = [];
    const rows = await this.dataSource.transaction(async (manager) => {
      const entries = await manager
        .createQueryBuilder(TimeEntryEntity, 'te')
        .setLock('pessimistic_write')
        .where('te.id IN (:...ids)', { ids: unique })
        .andWhere('te.workspace_id = :ws', { ws: member.workspaceId })
        .getMany();
      const visible = entries.filter((e) => inClientScope(member, e.clientId));
      if (visible.length < unique.length) throw new NotFoundException('Time entry not found');
      const running = visible.find((e) => e.endedAt === null);
      if (running) {
        throw new ConflictException(`Time entry ${running.id} is a running timer: stop it first`);
      }
      const approvedAt = new Date();
      const touched: TouchedBudget[] = [];
      for (const before of visible.filter((e) => e.approvedAt === null)) {
        const after = await manager.save(TimeEntryEntity, {
          ...before,
          approvedAt,
          approvedById: member.userId,
        });
        await this.recordAudit(manager, member, 'time_entry.approved', before.id, before, after);
        touched.push(touchedBy(after));
      }
      emailIds.push(...(await this.budgetAlerts.check(manager, touched)));
      return loadEntryRows(manager, unique);
    });
    await this.budgetAlerts.dispatch(emailIds);
    return rows.map((row) => toTimeEntryResponse(row, member));
  }

  /**
   * One write in a transaction: it returns the entry written and where time landed; the budget
   * check runs in the same transaction and its emails leave after commit.
   */
  private async write(
    work: (manager: EntityManager) => Promise<{ id: string; touched: TouchedBudget[] }>,
    member: WorkspaceMember,
  ): Promise<TimeEntryResponse> {
    const { row, emailIds } = await this.dataSource.transaction(async (manager) => {
      const { id, touched } = await work(manager);
      const emailIds = await this.budgetAlerts.check(manager, touched);
      return { row: await loadEntryRow(manager, id), emailIds };
    });
    await this.budgetAlerts.dispatch(emailIds);
    return toTimeEntryResponse(row, member);
  }

  /**
   * The entry, locked, when the member may change it: 404 when she cannot see it, 403 when it
   * is someone else's, 409 once approved.
   */
  private async findEditable(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
  ): Promise<TimeEntryEntity> {
    const entry = await manager.findOne(TimeEntryEntity, {
      where: { id, workspaceId: member.workspaceId },
      lock: { mode: 'pessimistic_write' },
    });
    const own = entry?.userId === member.userId;
    if (!entry || !inClientScope(member, entry.clientId) || (!own && seesOnlyOwnTime(member))) {
      throw new NotFoundException('Time entry not found');
    }
    if (!own) throw new ForbiddenException('You may change only your own time entries');
    if (entry.approvedAt) {
      throw new ConflictException('This time entry is approved and can no longer change');
    }
    return entry;
  }

  private recordAudit(
    manager: EntityManager,
    member: WorkspaceMember,
    action: string,
    entityId: string,
    before: TimeEntryEntity | null,
    after: TimeEntryEntity | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      workspaceId: member.workspaceId,
      actorId: member.userId,
      action,
      entityType: 'time_entry',
      entityId,
      changes: diffFields(before, after, AUDITED_FIELDS),
    });
  }
}

function touchedBy(entry: TimeEntryEntity): TouchedBudget {
  return { workspaceId: entry.workspaceId, clientId: entry.clientId, startedAt: entry.startedAt };
}
