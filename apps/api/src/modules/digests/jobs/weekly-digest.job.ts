import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { addCalendarDays, zonedDayStart } from '@relais/domain';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/app-config';
import { JobQueue, type JobRequest } from '../../jobs/job-queue';
import { Notifier } from '../../notifications/notifier.service';
import { weeklyDigestEmail, type WeekFigures } from '../digest-emails';

export const WEEKLY_DIGEST_JOB = 'weekly-digest';

export interface WeeklyDigestPayload {
  workspaceId: string;
  userId: string;
  /** The Monday of the digest (workspace time zone); the figures are of the week before it. */
  weekStart: string;
}

export function weeklyDigestKey({ workspaceId, userId, weekStart }: WeeklyDigestPayload): string {
  return `digest:weekly:${workspaceId}:${userId}:${weekStart}`;
}

export function weeklyDigestJob(payload: WeeklyDigestPayload): JobRequest<WeeklyDigestPayload> {
  return {
    name: WEEKLY_DIGEST_JOB,
    data: payload,
    options: {
      jobId: `weekly-digest-${payload.workspaceId}-${payload.userId}-${payload.weekStart}`,
    },
  };
}

/**
 * A founder's Monday email: last week's tasks completed, on-time rate and tasks overdue, as the
 * dashboard defines them, within the founder's client scope. Once per founder and week.
 */
@Injectable()
export class WeeklyDigestJob implements OnModuleInit {
  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.queue.register<WeeklyDigestPayload>(WEEKLY_DIGEST_JOB, (data) => this.handle(data));
  }

  async handle(payload: WeeklyDigestPayload): Promise<void> {
    const { workspaceId, userId, weekStart } = payload;
    const key = weeklyDigestKey(payload);
    const emailIds = await this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        'INSERT INTO processed_jobs (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key',
        [key],
      );
      if (claimed.length === 0) return this.notifier.pendingEmails(manager, key);
      const [member]: { workspace_name: string; time_zone: string; client_ids: string[] }[] =
        await manager.query(
          `SELECT w.name AS workspace_name, w.time_zone, m.client_ids
             FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
            WHERE m.workspace_id = $1 AND m.user_id = $2 AND m.active AND m.role = 'founder'`,
          [workspaceId, userId],
        );
      if (!member || !(await this.notifier.emailEnabled(manager, userId, 'weekly_digest'))) {
        return [];
      }
      const figures = await this.figures(manager, payload, member.time_zone, member.client_ids);
      return this.notifier.notify(manager, [
        {
          userId,
          workspaceId,
          kind: 'weekly_digest',
          title: member.workspace_name,
          emailOnly: true,
          dedupeKey: key,
          email: (to) =>
            weeklyDigestEmail({
              name: to.name,
              workspaceName: member.workspace_name,
              weekStart,
              figures,
              url: `${this.config.publicUrl}/w/${workspaceId}/dashboard`,
            }),
        },
      ]);
    });
    await this.notifier.dispatch(emailIds);
  }

  /** The KPIs of SPEC.md ("KPI definitions") for the week before `weekStart`, in one query. */
  private async figures(
    manager: EntityManager,
    { workspaceId, weekStart }: WeeklyDigestPayload,
    timeZone: string,
    clientIds: string[],
  ): Promise<WeekFigures> {
    const day = (offset: number) =>
      zonedDayStart(addCalendarDays(weekStart, offset), timeZone).toISOString();
    const [row]: Record<keyof WeekFigures, string>[] = await manager.query(
      `SELECT
         count(*) FILTER (WHERE t.completed_at >= $2 AND t.completed_at < $3) AS "completed",
         count(*) FILTER (WHERE t.completed_at >= $4 AND t.completed_at < $2) AS "completedWeekBefore",
         count(*) FILTER (WHERE t.completed_at >= $2 AND t.completed_at < $3
                            AND t.due_date IS NOT NULL) AS "completedWithDueDate",
         count(*) FILTER (WHERE t.completed_at >= $2 AND t.completed_at < $3
                            AND (t.completed_at AT TIME ZONE $6)::date <= t.due_date) AS "completedOnTime",
         count(*) FILTER (WHERE t.status <> 'done' AND t.due_date < $5) AS "overdue"
         FROM tasks t
        WHERE t.workspace_id = $1 AND (cardinality($7::uuid[]) = 0 OR t.client_id = ANY($7::uuid[]))`,
      [workspaceId, day(-7), day(0), day(-14), weekStart, timeZone, clientIds],
    );
    return {
      completed: Number(row.completed),
      completedWeekBefore: Number(row.completedWeekBefore),
      completedWithDueDate: Number(row.completedWithDueDate),
      completedOnTime: Number(row.completedOnTime),
      overdue: Number(row.overdue),
    };
  }
}
