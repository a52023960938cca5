/** What a job handler learns about the run it is in. */
export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
}

export type JobHandler<T = unknown> = (data: T, context: JobContext) => Promise<void>;

export interface EnqueueOptions {
  /** A stable id makes enqueueing idempotent: a job with an id already known is not added again. */
  jobId?: string;
  delayMs?: number;
  /** Total runs before the job is given up as failed (default 5). */
  attempts?: number;
}

/** A job to enqueue later, e.g. once the transaction that decided it has committed. */
export interface JobRequest<T = unknown> {
  name: string;
  data: T;
  options?: EnqueueOptions;
}

export interface QueueHealth {
  status: 'up' | 'down';
  driver: 'bullmq' | 'in-process';
  error?: string;
}

export interface FailedJob {
  id: string;
  name: string;
  data: unknown;
  attempts: number;
  error: string;
  failedAt: string;
}

export const DEFAULT_ATTEMPTS = 5;

/** Exponential backoff: base, 2×base, 4×base… between the runs of one job. */
export function backoffDelay(baseMs: number, attempt: number): number {
  return baseMs * 2 ** (attempt - 1);
}

/**
 * The one queue interface, with two drivers: BullMQ on Redis, or in-process. Both run the same
 * handlers with the same retry and delay semantics.
 */
export abstract class JobQueue {
  abstract readonly driver: QueueHealth['driver'];
  /** Registers the handler of a job name; every process registers all of them. */
  abstract register<T>(name: string, handler: JobHandler<T>): void;
  abstract enqueue<T>(name: string, data: T, options?: EnqueueOptions): Promise<void>;
  /**
   * Runs the job every `everyMs` milliseconds (once right away, then on the interval) in the
   * processes that run workers, with `data`; 0 removes the schedule. Meant for scans that look
   * for due work and enqueue one idempotent job per item: a run missed or doubled is harmless.
   * Takes effect at `start()` (at once when already started); never throws.
   */
  abstract repeat<T>(name: string, everyMs: number, data?: T): void;
  abstract health(): Promise<QueueHealth>;
  abstract failedJobs(limit: number): Promise<FailedJob[]>;
  /** Starts processing, if this process runs workers. */
  abstract start(): Promise<void>;
  /** Stops taking jobs and waits for the running ones to finish. */
  abstract close(): Promise<void>;
}
