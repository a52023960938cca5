import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { stopTimer, type TimeEntryResponse, type TimerResponse } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { AuditService, diffFields } from '../audit/audit.service';
import { BudgetAlertsService } from '../clients/budget-alerts.service';
import type { StartTimerInput } from './dto/time-entry.input';
import {
  ENTRY_SELECT,
  toTimeEntryResponse,
  toTimerResponse,
  type TimeEntryRow,
} from './dto/time-entry.output';
import { TimeEntryEntity } from './time-entry.entity';
import {
  AUDITED_FIELDS,
  assertNoOverlap,
  findLoggableTask,
  loadEntryRow,
  lockPerson,
} from './time-entry-rules';

/** Put in front of the note of a timer stopped after more than 24 hours, cut at 24 hours. */
export const TIMER_CAPPED_NOTE = '[minuteur plafonné à 24 h / timer capped at 24 h]';

/**
 * One timer per person across every workspace (a unique partial index backs it): starting one
 * stops the one running, wherever it runs. A stopped timer records its minutes rounded up.
 */
@Injectable()
export class TimersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly budgetAlerts: BudgetAlertsService,
  ) {}

  /** The caller's running timer, in whichever workspace; null when none runs. */
  async current(userId: string): Promise<TimerResponse | null> {
    const [row] = (await this.dataSource.query(
      `${ENTRY_SELECT} WHERE te.user_id = $1 AND te.ended_at IS NULL`,
      [userId],
    )) as TimeEntryRow[];
    return row ? toTimerResponse(row) : null;
  }

  async start(
    member: WorkspaceMember,
    input: StartTimerInput,
    now: Date = new Date(),
  ): Promise<TimeEntryResponse> {
    const { row, emailIds } = await this.dataSource.transaction(async (manager) => {
      const task = await findLoggableTask(manager, member, input.taskId);
      await lockPerson(manager, member.userId);
      const stopped = await this.stopRunning(manager, member.userId, now);
      // racing starts read the clock before queueing on the lock: one that waited may hold an
      // earlier time than the timer it just stopped, and must not start before that one ended
      const startedAt = stopped?.endedAt && stopped.endedAt > now ? stopped.endedAt : now;
      await assertNoOverlap(manager, member.userId, startedAt, null);
      const entry = await manager.save(
        manager.create(TimeEntryEntity, {
          workspaceId: member.workspaceId,
          userId: member.userId,
          taskId: task.id,
          projectId: task.projectId,
          clientId: task.clientId,
          startedAt,
          endedAt: null,
          minutes: null,
          billable: input.billable ?? true,
          note: input.note ?? '',
        }),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'time_entry.timer_started',
        entityType: 'time_entry',
        entityId: entry.id,
        changes: diffFields(null, entry, AUDITED_FIELDS),
      });
      const emailIds = stopped ? await this.budgetAlerts.check(manager, [stopped]) : [];
      return { row: await loadEntryRow(manager, entry.id), emailIds };
    });
    await this.budgetAlerts.dispatch(emailIds);
    return toTimeEntryResponse(row, member);
  }

  /** Stops the caller's timer running in this workspace; 404 when none runs here. */
  async stop(member: WorkspaceMember, now: Date = new Date()): Promise<TimeEntryResponse> {
    const { row, emailIds } = await this.dataSource.transaction(async (manager) => {
      await lockPerson(manager, member.userId);
      const stopped = await this.stopRunning(manager, member.userId, now, member.workspaceId);
      if (!stopped) throw new NotFoundException('You have no timer running in this workspace');
      const emailIds = await this.budgetAlerts.check(manager, [stopped]);
      return { row: await loadEntryRow(manager, stopped.id), emailIds };
    });
    await this.budgetAlerts.dispatch(emailIds);
    return toTimeEntryResponse(row, member);
  }

  /**
   * Stops the person's running timer (only the one in `workspaceId` when given), audited in its
   * own workspace. A timer left running more than 24 hours stops at 24 hours, flagged in its
   * note: refusing would leave a timer nobody can stop.
   */
  private async stopRunning(
    manager: EntityManager,
    userId: string,
    now: Date,
    workspaceId?: string,
  ): Promise<TimeEntryEntity | null> {
    const running = await manager.findOne(TimeEntryEntity, {
      where: { userId, endedAt: IsNull(), ...(workspaceId && { workspaceId }) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!running) return null;
    const { minutes, endedAt, capped } = stopTimer(running.startedAt, now);
    const after = await manager.save(TimeEntryEntity, {
      ...running,
      minutes,
      endedAt,
      note: capped ? `${TIMER_CAPPED_NOTE} ${running.note}`.trim() : running.note,
    });
    await this.audit.record(manager, {
      workspaceId: running.workspaceId,
      actorId: userId,
      action: 'time_entry.timer_stopped',
      entityType: 'time_entry',
      entityId: running.id,
      changes: diffFields(running, after, AUDITED_FIELDS),
    });
    return after;
  }
}
