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
