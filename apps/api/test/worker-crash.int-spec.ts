import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { QUEUE_NAME } from '../src/modules/jobs/bullmq-queue';
import { ReminderScanJob } from '../src/modules/reminders/jobs/reminder-scan.job';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import {
  daysIn,
  startSmtpServer,
  zoneWhereHourIs,
  type TestSmtpServer,
} from './background-factories';
import { createWorkspace, uniqueEmail } from './factories';
import { createClient, createProject } from './project-factories';
import { startTestApp, testDb, TEST_JWT_SECRET, type TestApp } from './test-app';
import { waitFor } from './wait';

const ROOT = resolve(__dirname, '../../..');
const WORKER = join(ROOT, 'dist/api/apps/api/src/worker.js');
const TASKS = 500;
/** Lock of the worker's jobs: a killed worker's jobs run again this soon after. */
const JOB_LOCK_MS = 2000;
/** Jobs a worker runs at once (the default). */
const JOB_CONCURRENCY = 5;

/** The Subject header of a raw message, folded lines joined. */
function subjectOf(raw: string): string {
  const match = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw);
  return match ? match[1].replace(/\r?\n[ \t]/g, ' ') : '';
}

/** The newest modification time of the TypeScript files under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

/** Compiles the domain library and the API when their output is older than their sources. */
function buildIfStale(): void {
  const builds = [
    {
      sources: [join(ROOT, 'libs/domain/src')],
      output: join(ROOT, 'libs/domain/dist/index.js'),
      project: 'libs/domain/tsconfig.lib.json',
    },
    {
      sources: [join(ROOT, 'apps/api/src'), join(ROOT, 'migrations')],
      output: WORKER,
      project: 'apps/api/tsconfig.app.json',
    },
  ];
  for (const { sources, output, project } of builds) {
    if (Math.max(...sources.map(newestSource)) <= builtAt(output)) continue;
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    // type errors elsewhere do not stop the emit; a missing output does
    if (builtAt(output) < started) {
      throw new Error(`could not build ${project}:\n${result.stdout}${result.stderr}`);
    }
  }
}

// a separate worker process needs Redis and a database both processes share: PostgreSQL only
if (testDb() === 'postgres') {
  describe('a worker killed in the middle of a batch of reminders', () => {
    const prefix = `test-crash-${randomUUID().slice(0, 8)}`;
    const workers: { process: ChildProcess; output: string[] }[] = [];
    let smtp: TestSmtpServer;
    let t: TestApp;
    let queue: Queue;
    const workspaces: string[] = [];

    beforeAll(async () => {
      buildIfStale();
      smtp = await startSmtpServer();
      // the API process only enqueues: the worker processes run the jobs
      t = await startTestApp({ RUN_WORKERS: 'false', QUEUE_PREFIX: prefix, SMTP_URL: smtp.url });
      queue = new Queue(QUEUE_NAME, { connection: { url: process.env.TEST_REDIS_URL }, prefix });
    }, 300_000);

    afterAll(async () => {
      for (const worker of workers) worker.process.kill('SIGKILL');
      await queue?.close();
      // 500 open tasks would weigh on the scans of the files after this one (shared database)
      for (const workspaceId of workspaces) {
        await t?.dataSource.query('DELETE FROM tasks WHERE workspace_id = $1', [workspaceId]);
        await t?.dataSource.query('DELETE FROM workspaces WHERE id = $1', [workspaceId]);
      }
      await t?.close();
      await smtp?.close();
      const redis = new IORedis(process.env.TEST_REDIS_URL!, { maxRetriesPerRequest: 1 });
      try {
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length > 0) await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    });

    /** `node dist/…/worker.js`, as production runs it, on the test's database, Redis and SMTP. */
    function startWorker(): { process: ChildProcess; exited: Promise<unknown> } {
      const child = spawn(process.execPath, [WORKER], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATABASE_URL: process.env.TEST_DATABASE_URL,
          REDIS_URL: process.env.TEST_REDIS_URL,
          QUEUE_PREFIX: prefix,
          SMTP_URL: smtp.url,
          JWT_SECRET: TEST_JWT_SECRET,
          SEED_DEMO: 'false',
          JOB_BACKOFF_MS: '50',
          JOB_LOCK_MS: String(JOB_LOCK_MS),
          JOB_CONCURRENCY: String(JOB_CONCURRENCY),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output: string[] = [];
      child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      workers.push({ process: child, output });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      return { process: child, exited };
    }

    /** 500 tasks due today, each assigned to a member of its own, in one insert each. */
    async function dueTodayTasks(): Promise<Map<string, string>> {
      const timeZone = zoneWhereHourIs(2, 20);
      const workspace = await createWorkspace(t.dataSource, { timeZone });
      workspaces.push(workspace.id);
      const client = await createClient(t.dataSource, workspace);
      const project = await createProject(t.dataSource, workspace, client);
      const users = Array.from({ length: TASKS }, (_, i) => ({
        email: uniqueEmail(`crash${i}`),
        name: `Assistante ${i}`,
        passwordHash: 'not-a-hash',
      }));
      const { identifiers } = await t.dataSource.getRepository(UserEntity).insert(users);
      const userIds = identifiers.map((row) => String(row.id));
      await t.dataSource
        .getRepository(MembershipEntity)
        .insert(
          userIds.map((userId) => ({ workspaceId: workspace.id, userId, role: 'va' as const })),
        );
      const today = daysIn(timeZone).today;
      await t.dataSource.getRepository(TaskEntity).insert(
        userIds.map((assigneeId, i) => ({
          workspaceId: workspace.id,
          projectId: project.id,
          clientId: client.id,
          title: `Relance ${i}`,
          assigneeId,
          dueDate: today,
          position: i,
        })),
      );
      return new Map(users.map((user, i) => [user.email, userIds[i]]));
    }

    it('writes every reminder exactly once and delivers each, once restarted', async () => {
      const assignees = await dueTodayTasks();
      const addresses = [...assignees.keys()];
      const delivered = () => addresses.filter((address) => smtp.to(address).length > 0).length;

      const first = startWorker();
      expect(await t.app.get(ReminderScanJob).handle()).toBeGreaterThanOrEqual(TASKS);
      // in the middle of the batch, whatever the worker is doing at that moment
      await waitFor(() => delivered() >= TASKS / 4, {
        what: 'a quarter of the reminders to be delivered',
        timeoutMs: 60_000,
      });
      first.process.kill('SIGKILL');
      await first.exited;
      const atKill = delivered();
      expect(atKill).toBeLessThan(TASKS);

      startWorker();
      await waitFor(() => delivered() === TASKS, {
        what: 'every reminder to be delivered after the restart',
        timeoutMs: 90_000,
        intervalMs: 100,
      });
      // the killed worker's jobs run again once their lock expires: wait until none is left
      await waitFor(
        async () => {
          const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'prioritized');
          return Object.values(counts).every((count) => count === 0);
        },
        { what: 'the queue to be drained', timeoutMs: 30_000, intervalMs: 200 },
      );

      // one reminder per task: a single distinct message in each mailbox
      const subjects = addresses.map(
        (address) => new Set(smtp.to(address).map((message) => subjectOf(message.raw))),
      );
      expect(subjects.filter((set) => set.size !== 1)).toEqual([]);
      // …each its own task's
      const all = new Set(subjects.flatMap((set) => [...set]));
      expect(all.size).toBe(TASKS);
      expect(all.has('')).toBe(false);
      // SMTP cannot make delivery exactly-once across a SIGKILL: a message the server accepted
      // just before the worker died, not yet marked sent, goes again (at least once). Only the
      // messages in flight at that moment may, at most one per concurrent job.
      const redelivered = addresses.filter((address) => smtp.to(address).length > 1);
      expect(redelivered.length).toBeLessThanOrEqual(JOB_CONCURRENCY);
      for (const address of redelivered) expect(smtp.to(address)).toHaveLength(2);
      const rows: { kind: string; status: string; count: string }[] = await t.dataSource.query(
        `SELECT e.kind, e.status, count(*) AS count FROM emails e
          WHERE e.to_address = ANY($1::text[]) GROUP BY e.kind, e.status`,
        [addresses],
      );
      expect(rows).toEqual([{ kind: 'due_soon', status: 'sent', count: String(TASKS) }]);
      const [{ count: reminders }]: { count: string }[] = await t.dataSource.query(
        `SELECT count(*) AS count FROM notifications WHERE kind = 'due_soon' AND user_id = ANY($1::uuid[])`,
        [[...assignees.values()]],
      );
      expect(Number(reminders)).toBe(TASKS);
    }, 240_000);
  });
} else {
  // embedded mode: no Redis, jobs run inside the API
  describe('the worker entry without Redis', () => {
    it('refuses to start, saying jobs then run inside the API', () => {
      buildIfStale();
      const result = spawnSync(process.execPath, [WORKER], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, NODE_ENV: 'test' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('The worker needs REDIS_URL');
    }, 300_000);
  });
}
