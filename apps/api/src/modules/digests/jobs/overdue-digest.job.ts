import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/app-config';
import { JobQueue, type JobRequest } from '../../jobs/job-queue';
import { Notifier } from '../../notifications/notifier.service';
import { overdueDigestEmail, type OverdueTaskLine } from '../digest-emails';

export const OVERDUE_DIGEST_JOB = 'overdue-digest';

/** Overdue tasks listed in the email; the others are counted. */
const LISTED = 20;

export interface OverdueDigestPayload {
  workspaceId: string;
  userId: string;
  /** The member's day, in the workspace's time zone: tasks due before it are overdue. */
  date: string;
}

export function overdueDigestKey({ workspaceId, userId, date }: OverdueDigestPayload): string {
  return `digest:overdue:${workspaceId}:${userId}:${date}`;
}

export function overdueDigestJob(payload: OverdueDigestPayload): JobRequest<OverdueDigestPayload> {
  return {
    name: OVERDUE_DIGEST_JOB,
    data: payload,
    options: { jobId: `overdue-digest-${payload.workspaceId}-${payload.userId}-${payload.date}` },
  };
}

/** One member's overdue tasks by email, once per member, workspace and day. */
@Injectable()
export class OverdueDigestJob implements OnModuleInit {
  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.queue.register<OverdueDigestPayload>(OVERDUE_DIGEST_JOB, (data) => this.handle(data));
  }

  async handle(payload: OverdueDigestPayload): Promise<void> {
    const { workspaceId, userId, date } = payload;
    const key = overdueDigestKey(payload);
    const emailIds = await this.dataSource.transaction(async (manager) => {
      const claimed: unknown[] = await manager.query(
        'INSERT INTO processed_jobs (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key',
        [key],
      );
      // done before; a run that stopped short may have left its email to send
      if (claimed.length === 0) return this.notifier.pendingEmails(manager, key);
      const [member]: { workspace_name: string }[] = await manager.query(
        `SELECT w.name AS workspace_name FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
          WHERE m.workspace_id = $1 AND m.user_id = $2 AND m.active`,
        [workspaceId, userId],
      );
      if (!member || !(await this.notifier.emailEnabled(manager, userId, 'overdue_digest'))) {
        return [];
      }
      const rows: (OverdueTaskLine & { total: string })[] = await manager.query(
        `SELECT t.title, p.name AS "projectName", to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate",
                count(*) OVER () AS total
           FROM tasks t JOIN projects p ON p.id = t.project_id
          WHERE t.workspace_id = $1 AND t.assignee_id = $2 AND t.status <> 'done' AND t.due_date < $3
          ORDER BY t.due_date, t.title, t.id
          LIMIT ${LISTED}`,
        [workspaceId, userId, date],
      );
      if (rows.length === 0) return [];
      return this.notifier.notify(manager, [
        {
          userId,
          workspaceId,
          kind: 'overdue_digest',
          title: member.workspace_name,
          emailOnly: true,
          dedupeKey: key,
          email: (to) =>
            overdueDigestEmail({
              name: to.name,
              workspaceName: member.workspace_name,
              date,
              tasks: rows.map(({ title, projectName, dueDate }) => ({
                title,
                projectName,
                dueDate,
              })),
              total: Number(rows[0].total),
              url: `${this.config.publicUrl}/my-tasks`,
            }),
        },
      ]);
    });
    await this.notifier.dispatch(emailIds);
  }
}
