import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  backoffDelay,
  DEFAULT_ATTEMPTS,
  JobQueue,
  type EnqueueOptions,
  type FailedJob,
  type JobHandler,
  type QueueHealth,
} from './job-queue';

interface PendingJob {
  id: string;
  name: string;
  data: unknown;
  attempts: number;
  attempt: number;
}

/** How long finished jobs are remembered (their ids stay taken), as the BullMQ driver keeps them. */
export interface JobRetention {
  completedAgeMs: number;
  completedCount: number;
  failedCount: number;
}

const DEFAULT_RETENTION: JobRetention = {
  completedAgeMs: 24 * 3600 * 1000,
  completedCount: 10_000,
  failedCount: 1_000,
};

/**
 * Jobs in this process, for the embedded default. Delayed and retried jobs wait on timers, so
 * they do not survive a restart: durable work (emails) keeps its own record in the database and
 * is re-enqueued at start-up.
 */
export class InProcessQueue extends JobQueue {
  readonly driver = 'in-process' as const;
  private readonly logger = new Logger('InProcessQueue');
  private readonly handlers = new Map<string, JobHandler>();
  /** Ids of jobs waiting, running or kept: adding one again is a no-op, as in BullMQ. */
  private readonly knownIds = new Set<string>();
  /** Completed jobs still kept, oldest first: a long-lived process must not remember them all. */
  private readonly completed: { id: string; at: number }[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private readonly failed: FailedJob[] = [];
  private closed = false;
  private started = false;
  private readonly backlog: PendingJob[] = [];
  private readonly schedules = new Map<string, { everyMs: number; data: unknown }>();
  private readonly intervals = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly backoffMs: number,
    private readonly runWorkers: boolean,
    private readonly retention: JobRetention = DEFAULT_RETENTION,
  ) {
    super();
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler);
  }

  async enqueue<T>(name: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    if (this.closed) throw new Error('queue is closed');
    const id = options.jobId ?? randomUUID();
    if (this.knownIds.has(id)) return;
    this.knownIds.add(id);
    const job: PendingJob = {
      id,
      name,
      data,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      attempt: 1,
    };
    this.schedule(job, options.delayMs ?? 0);
  }

  repeat<T>(name: string, everyMs: number, data?: T): void {
    this.schedules.set(name, { everyMs, data: data ?? {} });
    if (this.started) this.applySchedule(name);
  }

  async health(): Promise<QueueHealth> {
    return { status: this.closed ? 'down' : 'up', driver: this.driver };
  }

  async failedJobs(limit: number): Promise<FailedJob[]> {
    return this.failed.slice(-limit).reverse();
  }

  async start(): Promise<void> {
    if (!this.runWorkers) return;
    this.started = true;
    for (const job of this.backlog.splice(0)) this.schedule(job, 0);
    for (const name of this.schedules.keys()) this.applySchedule(name);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const interval of this.intervals.values()) clearInterval(interval);
    this.intervals.clear();
    await Promise.allSettled([...this.running]);
  }

  /** A run now, then one every `everyMs`, replacing the schedule's previous interval. */
  private applySchedule(name: string): void {
    clearInterval(this.intervals.get(name));
    this.intervals.delete(name);
    const schedule = this.schedules.get(name);
    if (!schedule || schedule.everyMs <= 0 || this.closed) return;
    const run = () => {
      this.enqueue(name, schedule.data).catch((error: Error) =>
        this.logger.warn(`could not enqueue ${name}: ${error.message}`),
      );
    };
    run();
    const interval = setInterval(run, schedule.everyMs);
    interval.unref();
    this.intervals.set(name, interval);
  }

  private schedule(job: PendingJob, delayMs: number): void {
    if (!this.started) {
      this.backlog.push(job);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const run = this.run(job).finally(() => this.running.delete(run));
      this.running.add(run);
    }, delayMs);
    // timers must not keep a finished process alive
    timer.unref();
    this.timers.add(timer);
  }

  private async run(job: PendingJob): Promise<void> {
    const handler = this.handlers.get(job.name);
    try {
      if (!handler) throw new Error(`no handler registered for job "${job.name}"`);
      await handler(job.data, { jobId: job.id, attempt: job.attempt });
      this.keepCompleted(job.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (job.attempt < job.attempts && !this.closed) {
        this.logger.warn(`job ${job.name} ${job.id} failed (attempt ${job.attempt}): ${message}`);
        this.schedule(
          { ...job, attempt: job.attempt + 1 },
          backoffDelay(this.backoffMs, job.attempt),
        );
      } else {
        this.logger.error(`job ${job.name} ${job.id} failed for good: ${message}`);
        this.failed.push({
          id: job.id,
          name: job.name,
          data: job.data,
          attempts: job.attempt,
          error: message,
          failedAt: new Date().toISOString(),
        });
        if (this.failed.length > this.retention.failedCount) {
          this.knownIds.delete(this.failed.shift()!.id);
        }
      }
    }
  }

  /** Remembers a completed job's id, forgetting those past the retention's age or count. */
  private keepCompleted(id: string): void {
    const now = Date.now();
    this.completed.push({ id, at: now });
    const { completedAgeMs, completedCount } = this.retention;
    while (
      this.completed.length > 0 &&
      (this.completed.length > completedCount || now - this.completed[0].at > completedAgeMs)
    ) {
      this.knownIds.delete(this.completed.shift()!.id);
    }
  }
}
