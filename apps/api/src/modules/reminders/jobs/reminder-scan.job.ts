import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/app-config';
import { JobQueue } from '../../jobs/job-queue';
import { taskReminderJob } from './task-reminder.job';

export const REMINDER_SCAN_JOB = 'reminder-scan';

/** Tasks one scan enqueues at most; the next scan takes the rest. */
const SCAN_LIMIT = 5000;

/**
 * Every REMINDER_SCAN_MS: one task-reminder job per open, assigned task whose due day ends
 * within 24 hours (workspace time zone) and that has had no reminder for that due date.
 */
@Injectable()
export class ReminderScanJob implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.queue.register(REMINDER_SCAN_JOB, async () => {
      await this.handle();
    });
    this.queue.repeat(REMINDER_SCAN_JOB, this.config.reminderScanMs);
  }

  /** Enqueues the reminders due at `now`; returns how many. */
  async handle(now = new Date()): Promise<number> {
    const rows: { id: string; workspace_id: string; due_date: string }[] =
      await this.dataSource.query(
        `SELECT t.id, t.workspace_id, to_char(t.due_date, 'YYYY-MM-DD') AS due_date
           FROM tasks t JOIN workspaces w ON w.id = t.workspace_id
          WHERE t.status <> 'done' AND t.assignee_id IS NOT NULL
            -- every zone's "within 24 hours" lies in these days: lets the index narrow first
            AND t.due_date BETWEEN CAST($1 AS timestamptz)::date - 2 AND CAST($1 AS timestamptz)::date + 2
            AND ((t.due_date + 1)::timestamp AT TIME ZONE w.time_zone) > $1
            AND ((t.due_date + 1)::timestamp AT TIME ZONE w.time_zone) <= CAST($1 AS timestamptz) + interval '24 hours'
            AND NOT EXISTS (SELECT 1 FROM notifications n
                             WHERE n.dedupe_key = 'reminder:' || t.id || ':' || to_char(t.due_date, 'YYYY-MM-DD'))
          ORDER BY t.due_date, t.id
          LIMIT ${SCAN_LIMIT}`,
        [now.toISOString()],
      );
    for (const row of rows) {
      const job = taskReminderJob({
        workspaceId: row.workspace_id,
        taskId: row.id,
        dueDate: row.due_date,
      });
      await this.queue.enqueue(job.name, job.data, job.options);
    }
    if (rows.length > 0) this.logger.log(`${rows.length} due-soon reminders queued`);
    return rows.length;
  }
}
