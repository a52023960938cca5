import type { FailedJob } from '../../jobs/job-queue';

/** A job that failed for good, as the admin page lists it. */
export interface FailedJobResponse {
  id: string;
  name: string;
  /** Its payload (ids only, never content). */
  data: unknown;
  attempts: number;
  error: string;
  failedAt: string;
}

export function toFailedJobResponse(job: FailedJob): FailedJobResponse {
  return {
    id: job.id,
    name: job.name,
    data: job.data,
    attempts: job.attempts,
    error: job.error,
    failedAt: job.failedAt,
  };
}
