import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/app-config';
import { JobQueue, type JobRequest } from '../../jobs/job-queue';
import { overdueDigestJob } from './overdue-digest.job';
import { weeklyDigestJob } from './weekly-digest.job';

export const DIGEST_SCAN_JOB = 'digest-scan';

/** The hour, in each workspace's time zone, from which the day's digests go out. */
export const DIGEST_HOUR = '08:00';

/**
 * Every DIGEST_SCAN_MS: from 08:00 in each workspace's time zone, one overdue digest per active
 * member with overdue tasks, and on Mondays one weekly digest per founder, unless sent already
 * that day (or turned off). A scan missed at 08:00 (a stopped server) sends them later that day.
 */
@Injectable()
export class DigestScanJob implements OnModuleInit {
  private readonly logger = new Logger('Digests');

  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.queue.register(DIGEST_SCAN_JOB, async () => {
      await this.handle();
    });
    this.queue.repeat(DIGEST_SCAN_JOB, this.config.digestScanMs);
  }

  /**
   * Enqueues the digests due at `now`; returns how many. `onlyWorkspaceIds` limits the scan
   * (tests share one database with every other suite's workspaces).
   */
  async handle(now = new Date(), onlyWorkspaceIds?: string[]): Promise<number> {
    const local = `WITH local AS (
        SELECT w.id AS workspace_id, CAST($1 AS timestamptz) AT TIME ZONE w.time_zone AS now
          FROM workspaces w
         WHERE $3::uuid[] IS NULL OR w.id = ANY($3::uuid[]))`;
    const overdue: { workspace_id: string; user_id: string; day: string }[] =
      await this.dataSource.query(
        `${local}
         SELECT m.workspace_id, m.user_id, to_char(l.now::date, 'YYYY-MM-DD') AS day
           FROM memberships m JOIN local l ON l.workspace_id = m.workspace_id
          WHERE m.active AND l.now::time >= $2::time
            AND EXISTS (SELECT 1 FROM tasks t
                         WHERE t.workspace_id = m.workspace_id AND t.assignee_id = m.user_id
                           AND t.status <> 'done' AND t.due_date < l.now::date)
            AND NOT EXISTS (SELECT 1 FROM notification_preferences np
                             WHERE np.user_id = m.user_id AND np.kind = 'overdue_digest' AND NOT np.email)
            AND NOT EXISTS (SELECT 1 FROM processed_jobs j
                             WHERE j.key = 'digest:overdue:' || m.workspace_id || ':' || m.user_id
                                           || ':' || to_char(l.now::date, 'YYYY-MM-DD'))`,
        [now.toISOString(), DIGEST_HOUR, onlyWorkspaceIds ?? null],
      );
    const weekly: { workspace_id: string; user_id: string; day: string }[] =
      await this.dataSource.query(
        `${local}
         SELECT m.workspace_id, m.user_id, to_char(l.now::date, 'YYYY-MM-DD') AS day
           FROM memberships m JOIN local l ON l.workspace_id = m.workspace_id
          WHERE m.active AND m.role = 'founder'
            AND extract(isodow FROM l.now) = 1 AND l.now::time >= $2::time
            AND NOT EXISTS (SELECT 1 FROM notification_preferences np
                             WHERE np.user_id = m.user_id AND np.kind = 'weekly_digest' AND NOT np.email)
            AND NOT EXISTS (SELECT 1 FROM processed_jobs j
                             WHERE j.key = 'digest:weekly:' || m.workspace_id || ':' || m.user_id
                                           || ':' || to_char(l.now::date, 'YYYY-MM-DD'))`,
        [now.toISOString(), DIGEST_HOUR, onlyWorkspaceIds ?? null],
      );
    const jobs: JobRequest[] = [
      ...overdue.map((r) =>
        overdueDigestJob({ workspaceId: r.workspace_id, userId: r.user_id, date: r.day }),
      ),
      ...weekly.map((r) =>
        weeklyDigestJob({ workspaceId: r.workspace_id, userId: r.user_id, weekStart: r.day }),
      ),
    ];
    for (const job of jobs) await this.queue.enqueue(job.name, job.data, job.options);
    if (jobs.length > 0) this.logger.log(`${jobs.length} digests queued`);
    return jobs.length;
  }
}
