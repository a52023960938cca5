import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/app-config';
import { JobQueue } from '../../jobs/job-queue';
import { nextOccurrenceJob } from './next-occurrence.job';

export const RECURRING_SCAN_JOB = 'recurring-scan';

/** Tasks one scan enqueues at most; the next scan takes the rest. */
const SCAN_LIMIT = 5000;

/**
 * Every RECURRING_SCAN_MS: the recurring tasks still open after their due day (workspace time
 * zone) whose next occurrence does not exist yet get one, through a job each.
 */
@Injectable()
export class RecurringScanJob implements OnModuleInit {
  private readonly logger = new Logger('RecurringTasks');

  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.queue.register(RECURRING_SCAN_JOB, async () => {
      await this.handle();
    });
    this.queue.repeat(RECURRING_SCAN_JOB, this.config.recurringScanMs);
  }

  /** Enqueues the occurrences due at `now`; returns how many. */
  async handle(now = new Date()): Promise<number> {
    const rows: { id: string; workspace_id: string; due_date: string }[] =
      await this.dataSource.query(
        `SELECT t.id, t.workspace_id, to_char(t.due_date, 'YYYY-MM-DD') AS due_date
           FROM tasks t
           JOIN workspaces w ON w.id = t.workspace_id
           JOIN projects p ON p.id = t.project_id
          WHERE t.recurrence IS NOT NULL AND t.status <> 'done' AND p.archived_at IS NULL
            AND t.due_date < (CAST($1 AS timestamptz) AT TIME ZONE w.time_zone)::date
            AND NOT EXISTS (SELECT 1 FROM processed_jobs j
                             WHERE j.key = 'recurring:' || t.id || ':' || to_char(t.due_date, 'YYYY-MM-DD'))
          ORDER BY t.due_date, t.id
          LIMIT ${SCAN_LIMIT}`,
        [now.toISOString()],
      );
    for (const row of rows) {
      const job = nextOccurrenceJob({
        workspaceId: row.workspace_id,
        taskId: row.id,
        dueDate: row.due_date,
      });
      await this.queue.enqueue(job.name, job.data, job.options);
    }
    if (rows.length > 0) this.logger.log(`${rows.length} recurring tasks queued`);
    return rows.length;
  }
}
