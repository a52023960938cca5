import { Logger } from '@nestjs/common';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import IORedis from 'ioredis';
import {
  DEFAULT_ATTEMPTS,
  JobQueue,
  type EnqueueOptions,
  type FailedJob,
  type JobHandler,
  type QueueHealth,
} from './job-queue';

export const QUEUE_NAME = 'relais';
/** How long enqueue and health wait for a connection that is still being made. */
const READY_TIMEOUT_MS = 1000;

/** BullMQ on Redis: jobs survive restarts and are shared by every API and worker process. */
export class BullMqQueue extends JobQueue {
  readonly driver = 'bullmq' as const;
  private readonly logger = new Logger('BullMqQueue');
  private readonly handlers = new Map<string, JobHandler>();
  private readonly queue: Queue;
  private readonly connection: IORedis;
  private worker?: Worker;
  private workerConnection?: IORedis;
  private readonly schedules = new Map<string, { everyMs: number; data: unknown }>();
  /** The schedules being written to Redis, so close() can wait for them. */
  private applying: Promise<void> = Promise.resolve();
  /** Redis may have lost or never received the schedules: write them on every (re)connection. */
  private readonly onReady = () => this.applySchedules();

  constructor(
    redisUrl: string,
    private readonly prefix: string,
    private readonly backoffMs: number,
    private readonly runWorkers: boolean,
    private readonly concurrency = 5,
    /**
     * How long a worker holds a job without renewing its lock; a worker that died loses its
     * jobs' locks after this long, and another worker runs them again (BullMQ's stalled jobs).
     */
    private readonly lockMs = 30_000,
  ) {
    super();
    // commands fail fast while Redis is down, so requests that enqueue answer instead of hanging
    this.connection = new IORedis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.connection.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
    this.queue = new Queue(QUEUE_NAME, {
      connection: this.connection as ConnectionOptions,
      prefix,
    });
    this.queue.on('error', (error) => this.logger.warn(`queue: ${error.message}`));
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler);
  }

  async enqueue<T>(name: string, data: T, options: EnqueueOptions = {}): Promise<void> {
    // BullMQ waits for a first connection forever: without this, enqueue hangs while Redis is down
    await this.ready();
    await this.queue.add(name, data, {
      jobId: options.jobId,
      delay: options.delayMs,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: 'exponential', delay: this.backoffMs },
      removeOnComplete: { age: 24 * 3600, count: 10000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
  }

  repeat<T>(name: string, everyMs: number, data?: T): void {
    this.schedules.set(name, { everyMs, data: data ?? {} });
    if (this.worker) this.applySchedules();
  }

  /** Writes the schedules as BullMQ job schedulers; logs, never throws (Redis may be away). */
  private applySchedules(): void {
    this.applying = this.applying.then(async () => {
      try {
        if (this.schedules.size === 0) return;
        await this.ready();
        for (const [name, { everyMs, data }] of this.schedules) {
          // BullMQ job ids may not contain ":"
          const id = `schedule-${name}`;
          if (everyMs > 0) {
            await this.queue.upsertJobScheduler(
              id,
              { every: everyMs },
              {
                name,
                data,
                opts: {
                  attempts: 1,
                  removeOnComplete: { count: 100 },
                  removeOnFail: { age: 7 * 24 * 3600 },
                },
              },
            );
          } else {
            await this.queue.removeJobScheduler(id);
          }
        }
      } catch (error) {
        this.logger.warn(`could not schedule repeated jobs: ${(error as Error).message}`);
      }
    });
  }

  async health(): Promise<QueueHealth> {
    try {
      await this.ready();
      const pong = await Promise.race([
        this.connection.ping(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), 1000).unref(),
        ),
      ]);
      return pong === 'PONG'
        ? { status: 'up', driver: this.driver }
        : { status: 'down', driver: this.driver, error: String(pong) };
    } catch (error) {
      return { status: 'down', driver: this.driver, error: (error as Error).message };
    }
  }

  /**
   * Resolves once the connection is ready: at once when it is, on the first connection otherwise
   * (right after start-up). Rejects on the next connection error, or after READY_TIMEOUT_MS.
   */
  private ready(): Promise<void> {
    const connection = this.connection;
    if (connection.status === 'ready') return Promise.resolve();
    if (connection.status === 'end') return Promise.reject(new Error('Redis connection is closed'));
    return new Promise<void>((resolve, reject) => {
      const onReady = () => settle();
      const onError = (error: Error) => settle(error);
      const onEnd = () => settle(new Error('Redis connection is closed'));
      const timer = setTimeout(
        () => settle(new Error(`Redis not ready after ${READY_TIMEOUT_MS} ms`)),
        READY_TIMEOUT_MS,
      );
      timer.unref();
      function settle(error?: Error): void {
        clearTimeout(timer);
        connection.off('ready', onReady).off('error', onError).off('end', onEnd);
        if (error) reject(error);
        else resolve();
      }
      connection.once('ready', onReady).once('error', onError).once('end', onEnd);
    });
  }

  async failedJobs(limit: number): Promise<FailedJob[]> {
    // like enqueue: reject while Redis is down instead of waiting for it
    await this.ready();
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((job) => ({
      id: job.id ?? '',
      name: job.name,
      data: job.data,
      attempts: job.attemptsMade,
      error: job.failedReason,
      failedAt: new Date(job.finishedOn ?? job.timestamp).toISOString(),
    }));
  }

  async start(): Promise<void> {
    if (!this.runWorkers || this.worker) return;
    // a worker needs its own blocking connection, with unlimited retries as BullMQ requires
    this.workerConnection = this.connection.duplicate({
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
    });
    this.workerConnection.on('error', (error) =>
      this.logger.warn(`Redis (worker): ${error.message}`),
    );
    this.worker = new Worker(
      QUEUE_NAME,
      async (job) => {
        const handler = this.handlers.get(job.name);
        if (!handler) throw new Error(`no handler registered for job "${job.name}"`);
        await handler(job.data, { jobId: job.id ?? '', attempt: job.attemptsMade + 1 });
      },
      {
        connection: this.workerConnection as ConnectionOptions,
        prefix: this.prefix,
        concurrency: this.concurrency,
        lockDuration: this.lockMs,
        stalledInterval: this.lockMs,
      },
    );
    this.worker.on('failed', (job, error) =>
      this.logger.warn(
        `job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
      ),
    );
    this.worker.on('error', (error) => this.logger.warn(`worker: ${error.message}`));
    this.connection.on('ready', this.onReady);
    this.applySchedules();
  }

  async close(): Promise<void> {
    this.connection.off('ready', this.onReady);
    await this.applying;
    // close() waits for the jobs in progress to finish; without Redis, none can, and BullMQ would
    // wait for a connection forever
    await this.worker?.close(this.workerConnection?.status !== 'ready');
    await this.queue.close();
    // connections we created are ours to close; BullMQ leaves shared ones open
    this.workerConnection?.disconnect();
    this.connection.disconnect();
  }
}
