import type { FailedJobResponse } from '@relais/domain';
import type { FailedJob } from '../../jobs/job-queue';

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
