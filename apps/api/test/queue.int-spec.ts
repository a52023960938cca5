import { Logger } from '@nestjs/common';
import IORedis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { BullMqQueue } from '../src/modules/jobs/bullmq-queue';
import { InProcessQueue } from '../src/modules/jobs/in-process-queue';
import type { JobContext, JobQueue } from '../src/modules/jobs/job-queue';
import { testDb } from './test-app';
import { waitFor } from './wait';

/**
 * The JobQueue contract, checked on the driver of the run: BullMQ on the real Redis for
 * TEST_DB=postgres, the in-process queue for TEST_DB=pglite. Every test builds its own queue.
 */
const driver = testDb() === 'postgres' ? 'bullmq' : 'in-process';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function gapsBetween(times: number[]): number[] {
  return times.slice(1).map((time, i) => time - times[i]);
}

describe(`JobQueue contract (${driver} driver)`, () => {
  const open: JobQueue[] = [];
  const prefixes: string[] = [];

  /** A started queue with a fresh prefix, closed after the test. */
  async function startQueue(
    backoffMs: number,
    register: (queue: JobQueue) => void,
  ): Promise<JobQueue> {
    let queue: JobQueue;
    if (driver === 'bullmq') {
      const prefix = `test-queue-${randomUUID().slice(0, 8)}`;
      prefixes.push(prefix);
      queue = new BullMqQueue(redisUrl, prefix, backoffMs, true);
    } else {
      queue = new InProcessQueue(backoffMs, true);
    }
    open.push(queue);
    register(queue);
    await queue.start();
    return queue;
  }

  beforeAll(() => {
    // retries and final failures are expected here; their warnings would only bury the results
    Logger.overrideLogger(false);
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((queue) => queue.close()));
  });

  afterAll(async () => {
    if (prefixes.length === 0) return;
    const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
    try {
      for (const prefix of prefixes) {
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length > 0) await redis.del(...keys);
      }
    } finally {
      redis.disconnect();
    }
  });

  it('runs a job with its data', async () => {
    const runs: { data: unknown; context: JobContext }[] = [];
    const queue = await startQueue(20, (q) =>
      q.register('greet', async (data, context) => void runs.push({ data, context })),
    );
    await queue.enqueue('greet', { name: 'Camille', tags: ['a', 'b'] }, { jobId: 'greet-1' });
    await waitFor(() => runs.length === 1);
    expect(runs[0]).toEqual({
      data: { name: 'Camille', tags: ['a', 'b'] },
      context: { jobId: 'greet-1', attempt: 1 },
    });
  });

  it('runs a job enqueued twice with the same jobId once, before and after it ran', async () => {
    const runs: unknown[] = [];
    const sentinels: unknown[] = [];
    const queue = await startQueue(20, (q) => {
      q.register('once', async (data) => void runs.push(data));
      q.register('sentinel', async (data) => void sentinels.push(data));
    });
    await Promise.all([
      queue.enqueue('once', { n: 1 }, { jobId: 'same-id' }),
      queue.enqueue('once', { n: 2 }, { jobId: 'same-id' }),
    ]);
    await waitFor(() => runs.length >= 1);
    await queue.enqueue('once', { n: 3 }, { jobId: 'same-id' });
    // a job enqueued after the duplicates would have started after them: once it ran, they are gone
    await queue.enqueue('sentinel', 'done');
    await waitFor(() => sentinels.length === 1);
    expect(runs).toHaveLength(1);
    expect([{ n: 1 }, { n: 2 }]).toContainEqual(runs[0]);
  });

  it('retries a failing job with growing backoff until it succeeds', async () => {
    const backoffMs = 100;
    const startedAt: number[] = [];
    const attempts: number[] = [];
    let succeeded = false;
    const queue = await startQueue(backoffMs, (q) =>
      q.register('flaky', async (_data, { attempt }) => {
        startedAt.push(Date.now());
        attempts.push(attempt);
        if (attempt < 4) throw new Error(`failure ${attempt}`);
        succeeded = true;
      }),
    );
    await queue.enqueue('flaky', {}, { attempts: 5 });
    await waitFor(() => succeeded);
    expect(attempts).toEqual([1, 2, 3, 4]);
    const gaps = gapsBetween(startedAt);
    // base, 2×base, 4×base: each wait longer than the one before
    expect(gaps[1]).toBeGreaterThan(gaps[0]);
    expect(gaps[2]).toBeGreaterThan(gaps[1]);
    expect(await queue.failedJobs(10)).toEqual([]);
  });

  it('gives a job that keeps failing up after its attempts, with its error', async () => {
    let runs = 0;
    const queue = await startQueue(20, (q) =>
      q.register('doomed', async () => {
        runs++;
        throw new Error('mailbox on fire');
      }),
    );
    await queue.enqueue('doomed', { to: 'x@example.test' }, { jobId: 'doomed-1', attempts: 3 });
    const failed = await waitFor(async () => {
      const jobs = await queue.failedJobs(10);
      return jobs.length > 0 ? jobs : undefined;
    });
    expect(failed).toEqual([
      {
        id: 'doomed-1',
        name: 'doomed',
        data: { to: 'x@example.test' },
        attempts: 3,
        error: 'mailbox on fire',
        failedAt: expect.any(String),
      },
    ]);
    expect(Number.isNaN(Date.parse(failed[0].failedAt))).toBe(false);
    expect(runs).toBe(3);
  });

  it('does not run a delayed job before its delay, and runs it after', async () => {
    const delayMs = 400;
    const order: string[] = [];
    const ranAt = new Map<string, number>();
    const queue = await startQueue(20, (q) =>
      q.register('mark', async (label: string) => {
        order.push(label);
        ranAt.set(label, Date.now());
      }),
    );
    const enqueuedAt = Date.now();
    await queue.enqueue('mark', 'delayed', { delayMs });
    await queue.enqueue('mark', 'immediate');
    await waitFor(() => order.length === 2);
    expect(order).toEqual(['immediate', 'delayed']);
    // never early (a timer may round down by a millisecond or two)
    expect(ranAt.get('delayed')! - enqueuedAt).toBeGreaterThanOrEqual(delayMs - 5);
  });

  it('waits in close() for the job in progress to finish', async () => {
    const events: string[] = [];
    const started = deferred();
    const release = deferred();
    const queue = await startQueue(20, (q) =>
      q.register('slow', async () => {
        events.push('job started');
        started.resolve();
        await release.promise;
        // still working after close() was called
        await new Promise((r) => setTimeout(r, 50));
        events.push('job finished');
      }),
    );
    await queue.enqueue('slow', {});
    await started.promise;
    const closing = queue.close().then(() => events.push('queue closed'));
    events.push('close called');
    release.resolve();
    await closing;
    expect(events).toEqual(['job started', 'close called', 'job finished', 'queue closed']);
  });

  it('reports itself up', async () => {
    const queue = await startQueue(20, () => undefined);
    expect(await queue.health()).toEqual({ status: 'up', driver });
  });
});

// only BullMQ talks to a server that can be away
if (driver === 'bullmq') {
  describe('BullMqQueue without Redis (bullmq driver)', () => {
    // nothing listens on this port
    const deadUrl = 'redis://127.0.0.1:6390';

    function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
      });
      return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
    }

    let queue: BullMqQueue;

    beforeAll(() => {
      Logger.overrideLogger(false);
    });

    beforeEach(() => {
      queue = new BullMqQueue(deadUrl, `test-dead-${randomUUID().slice(0, 8)}`, 20, false);
    });

    afterEach(async () => {
      await withinMs(queue.close(), 5000);
    });

    it('reports health down, quickly', async () => {
      const health = await withinMs(queue.health(), 2000);
      expect(health).toMatchObject({ status: 'down', driver: 'bullmq' });
      expect(health.error).toEqual(expect.any(String));
    });

    it('rejects enqueue instead of hanging', async () => {
      const outcome = await withinMs(
        queue.enqueue('anything', {}).then(
          () => 'resolved',
          (error: Error) => `rejected: ${error.message}`,
        ),
        5000,
      );
      expect(outcome).toMatch(/^rejected: /);
    });
  });
}
