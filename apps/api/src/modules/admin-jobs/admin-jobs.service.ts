import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import {
  decodeCursor,
  DEFAULT_LIMIT,
  toPage,
  type Page,
  type PageQuery,
} from '../../common/http/pagination';
import { ValidationFailedException } from '../../common/http/validation';
import { JobQueue, type FailedJob } from '../jobs/job-queue';
import type { FailedJobResponse } from '@relais/domain';
import { toFailedJobResponse } from './dto/failed-job.output';

/** Failed jobs read from the queue to find the workspace's among them. */
const FAILED_JOBS_READ = 1000;

/**
 * Jobs that failed for good, for the workspace's founder and ops director: those whose payload
 * carries the workspace's id (every job of the workspace's features does).
 */
@Injectable()
export class AdminJobsService {
  constructor(@Inject(JobQueue) private readonly queue: JobQueue) {}

  /** Newest first; the queue keeps failed jobs 30 days (BullMQ) or until restart (in-process). */
  async failedJobs(member: WorkspaceMember, query: PageQuery): Promise<Page<FailedJobResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    if (after && (typeof after[0] !== 'string' || typeof after[1] !== 'string')) {
      throw new ValidationFailedException([
        { field: 'cursor', errors: ['cursor is not one this API gave'] },
      ]);
    }
    let jobs: FailedJob[];
    try {
      jobs = await this.queue.failedJobs(FAILED_JOBS_READ);
    } catch (error) {
      throw new ServiceUnavailableException(
        `The job queue is unavailable: ${(error as Error).message}`,
      );
    }
    const key = (job: FailedJob) => [job.failedAt, job.id] as const;
    const newerFirst = (a: FailedJob, b: FailedJob) =>
      a.failedAt === b.failedAt ? (a.id < b.id ? 1 : -1) : a.failedAt < b.failedAt ? 1 : -1;
    const mine = jobs
      .filter((job) => workspaceOf(job.data) === member.workspaceId)
      .sort(newerFirst)
      .filter((job) => {
        if (!after) return true;
        const [at, id] = key(job);
        return at < after[0]! || (at === after[0] && id < after[1]!);
      });
    return toPage(mine.slice(0, limit + 1), limit, (job) => [...key(job)], toFailedJobResponse);
  }
}

function workspaceOf(data: unknown): unknown {
  return data && typeof data === 'object'
    ? (data as { workspaceId?: unknown }).workspaceId
    : undefined;
}
