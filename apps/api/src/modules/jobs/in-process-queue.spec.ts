import { Logger } from '@nestjs/common';
import { InProcessQueue } from './in-process-queue';

describe('InProcessQueue.repeat', () => {
  beforeAll(() => Logger.overrideLogger(false));

  async function until(check: () => boolean): Promise<void> {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  }

  it('runs a repeated job once at start, then on its interval, with its data, until closed', async () => {
    const queue = new InProcessQueue(10, true);
    const runs: unknown[] = [];
    queue.register('scan', async (data) => void runs.push(data));
    queue.repeat('scan', 30, { scope: 'all' });
    expect(runs).toEqual([]);

    await queue.start();
    await until(() => runs.length >= 3);
    await queue.close();
    const atClose = runs.length;
    await new Promise((r) => setTimeout(r, 80));

    expect(atClose).toBeGreaterThanOrEqual(3);
    expect(runs).toHaveLength(atClose);
    expect(new Set(runs.map((data) => JSON.stringify(data)))).toEqual(
      new Set([JSON.stringify({ scope: 'all' })]),
    );
  });

  it('replaces a schedule, and removes it with 0', async () => {
    const queue = new InProcessQueue(10, true);
    let runs = 0;
    queue.register('scan', async () => void runs++);
    await queue.start();
    queue.repeat('scan', 20);
    await until(() => runs >= 2);
    queue.repeat('scan', 0);
    // a run already queued still happens; none after it
    await new Promise((r) => setTimeout(r, 10));
    const atRemoval = runs;
    await new Promise((r) => setTimeout(r, 80));
    expect(runs).toBe(atRemoval);
    await queue.close();
  });

  it('runs nothing in a process without workers', async () => {
    const queue = new InProcessQueue(10, false);
    let runs = 0;
    queue.register('scan', async () => void runs++);
    queue.repeat('scan', 10);
    await queue.start();
    await new Promise((r) => setTimeout(r, 50));
    expect(runs).toBe(0);
    await queue.close();
  });
});

describe('InProcessQueue retention', () => {
  beforeAll(() => Logger.overrideLogger(false));

  async function drained(queue: InProcessQueue, runs: () => number, expected: number) {
    for (let i = 0; i < 200 && runs() < expected; i++) await new Promise((r) => setTimeout(r, 5));
    expect(runs()).toBe(expected);
    await new Promise((r) => setTimeout(r, 10));
  }

  it('keeps the newest completed ids taken and forgets those beyond the count', async () => {
    const retention = { completedAgeMs: 60_000, completedCount: 2, failedCount: 10 };
    const queue = new InProcessQueue(1, true, retention);
    const runs: string[] = [];
    queue.register('note', async (data: { id: string }) => void runs.push(data.id));
    await queue.start();
    for (const id of ['a', 'b', 'c']) await queue.enqueue('note', { id }, { jobId: id });
    await drained(queue, () => runs.length, 3);

    // 'a' was forgotten (3 completed, 2 kept): it runs again; 'c' is still known: it does not
    await queue.enqueue('note', { id: 'a' }, { jobId: 'a' });
    await queue.enqueue('note', { id: 'c' }, { jobId: 'c' });
    await drained(queue, () => runs.length, 4);
    expect(runs).toEqual(['a', 'b', 'c', 'a']);
    await queue.close();
  });

  it('forgets completed ids older than the age', async () => {
    const retention = { completedAgeMs: 0, completedCount: 100, failedCount: 10 };
    const queue = new InProcessQueue(1, true, retention);
    let runs = 0;
    queue.register('note', async () => void runs++);
    await queue.start();
    await queue.enqueue('note', {}, { jobId: 'once' });
    await drained(queue, () => runs, 1);
    await new Promise((r) => setTimeout(r, 5));
    // the next completion sweeps the expired one
    await queue.enqueue('note', {}, { jobId: 'other' });
    await drained(queue, () => runs, 2);
    await queue.enqueue('note', {}, { jobId: 'once' });
    await drained(queue, () => runs, 3);
    await queue.close();
  });

  it('keeps only the newest failed jobs, and their ids taken', async () => {
    const retention = { completedAgeMs: 60_000, completedCount: 10, failedCount: 1 };
    const queue = new InProcessQueue(1, true, retention);
    let runs = 0;
    queue.register('broken', async () => {
      runs++;
      throw new Error('no');
    });
    await queue.start();
    await queue.enqueue('broken', {}, { jobId: 'x', attempts: 1 });
    await drained(queue, () => runs, 1);
    await queue.enqueue('broken', {}, { jobId: 'y', attempts: 1 });
    await drained(queue, () => runs, 2);
    expect((await queue.failedJobs(10)).map((job) => job.id)).toEqual(['y']);
    await queue.enqueue('broken', {}, { jobId: 'y', attempts: 1 });
    await queue.enqueue('broken', {}, { jobId: 'x', attempts: 1 });
    await drained(queue, () => runs, 3);
    await queue.close();
  });
});
