#!/usr/bin/env node
// `npm run bench`: builds the API, seeds a scratch PostgreSQL database, starts Relais and the raw
// baseline side by side, measures each scenario with autocannon on loopback, profiles the API,
// measures the embedded default (PGlite), prints a table and writes bench/results.md.
// See bench/README.md for the scenarios and the flags.

import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { dataSizes, passwordHash, runSeed, seedSizes } from './seed.mjs';
import { startCaptureProxy, toWaves } from './sql-capture-proxy.mjs';
import { formatSummary, summarize } from './profile-summary.mjs';

// Node's fetch, named for ESLint
const { fetch } = globalThis;
const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const pg = require('pg');

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const WORK = join(BENCH, '.work');
// under a dist/ folder: ignored by git and ESLint like every build
const BUILD = join(BENCH, 'dist', 'api');
const API_SRC = join(BUILD, 'apps/api/src');
const JWT_SECRET = 'relais-bench-jwt-secret-not-for-production-0123456789';
const OPEN = 'todo,in_progress,in_review';
const BIG_TABLES = [
  'tasks',
  'time_entries',
  'projects',
  'project_members',
  'memberships',
  'users',
  'clients',
  'audit_events',
];

// ---------------------------------------------------------------------------------------------
// options

const HELP = `npm run bench -- [flags]

  --scale=N            seed size, 1 = 10k workspaces, 50k users, 1M tasks, 1M time entries (default 1, or BENCH_SCALE)
  --duration=S         measured seconds per run (default 30)
  --warmup=S           warm-up seconds before each measured run (default 5)
  --connections=N      autocannon connections (default 50)
  --scenarios=LIST     which of 1,2,3,4,5,express,profile to run (default all)
  --profile=LIST       scenarios to CPU-profile the API under, of 1,2,3,4 (default 1)
  --profile-duration=S seconds of each CPU profile (default min(duration, 15))
  --pglite-scale=N     seed size of the PGlite scenario (default 0.01)
  --keep               keep the scratch database and PGlite folder, and reuse them next time
  --reseed             rebuild the scratch database even if a kept one matches
  --skip-build         use the API already built in bench/dist/api
  --db=NAME            scratch database (default relais_bench)
  --pg=URL             server, without database (default postgres://postgres@127.0.0.1:5432)
  --port=N             first of the six ports used (default 3900)
  --seed-only          build and seed, then stop (implies --keep)`;

function parseArgs(argv) {
  const out = {};
  for (const arg of argv) {
    if (arg === '-h' || arg === '--help') out.help = true;
    else if (arg.startsWith('--')) {
      const [key, ...rest] = arg.slice(2).split('=');
      out[key] = rest.length ? rest.join('=') : true;
    } else throw new Error(`unknown argument ${arg}`);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const known = new Set([
  'scale',
  'duration',
  'warmup',
  'connections',
  'scenarios',
  'profile-duration',
  'pglite-scale',
  'keep',
  'reseed',
  'skip-build',
  'db',
  'pg',
  'port',
  'seed-only',
  'help',
  'profile',
]);
for (const key of Object.keys(args)) {
  if (!known.has(key)) {
    console.error(`unknown flag --${key}\n\n${HELP}`);
    process.exit(2);
  }
}
const num = (value, fallback) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`not a positive number: ${value}`);
  return n;
};
const opts = {
  scale: num(args.scale ?? process.env.BENCH_SCALE, 1),
  duration: num(args.duration, 30),
  warmup: args.warmup === '0' ? 0 : num(args.warmup, 5),
  connections: num(args.connections, 50),
  scenarios: new Set(String(args.scenarios ?? '1,2,3,4,5,express,profile').split(',')),
  pgliteScale: num(args['pglite-scale'], 0.01),
  keep: Boolean(args.keep || args['seed-only']),
  reseed: Boolean(args.reseed),
  build: !args['skip-build'],
  db: String(args.db ?? 'relais_bench'),
  pg: String(args.pg ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, ''),
  port: num(args.port, 3900),
  seedOnly: Boolean(args['seed-only']),
  profile: String(args.profile ?? '1')
    .split(',')
    .filter(Boolean),
};
opts.profileDuration = num(args['profile-duration'], Math.min(opts.duration, 15));
if (!/^[a-z_][a-z0-9_]*$/.test(opts.db)) throw new Error(`--db must be a plain name: ${opts.db}`);
// six ports from --port: Relais (Fastify, as in production), the baseline, Relais on the Express
// bootstrap, the capture instance, the profiled instance, the PGlite instance
const PORTS = {
  api: opts.port,
  baseline: opts.port + 1,
  express: opts.port + 2,
  capture: opts.port + 3,
  profile: opts.port + 4,
  pglite: opts.port + 5,
};
const DB_URL = `${opts.pg}/${opts.db}`;

// ---------------------------------------------------------------------------------------------
// small helpers

const log = (...parts) => console.log(...parts);
const step = (title) => log(`\n== ${title}`);
const fmt = (n, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits);

/** The environment of a child: ours with `extra` over it; an undefined value unsets. */
function childEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

function sh(command, commandArgs, { env, cwd = ROOT } = {}) {
  return execFileSync(command, commandArgs, {
    cwd,
    env: childEnv(env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function b64url(value) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An access token as AuthService signs it (HS256, `{ sub, typ: 'access' }`). */
function mintToken(userId, ttlSeconds = 7200) {
  const now = Math.floor(Date.now() / 1000);
  const head = b64url({ alg: 'HS256', typ: 'JWT' });
  const body = b64url({ sub: userId, typ: 'access', iat: now, exp: now + ttlSeconds });
  const signature = createHmac('sha256', JWT_SECRET).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

async function http(port, method, path, { token, body } = {}) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, text, json };
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// processes: every child is started here, stopped by its pid, and stopped on exit

const children = new Set();

async function startProcess(name, command, commandArgs, { env, ready, ipc = false }) {
  mkdirSync(WORK, { recursive: true });
  const logFile = join(WORK, `${name}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(command, commandArgs, {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ipc ? ['ignore', fd, fd, 'ipc'] : ['ignore', fd, fd],
  });
  child.benchName = name;
  child.logFile = logFile;
  children.add(child);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
    children.delete(child);
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) {
      throw new Error(
        `${name} exited (${exited.code ?? exited.signal}) before it was ready:\n${tail(logFile)}`,
      );
    }
    try {
      const response = await fetch(ready);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} not ready after 120 s:\n${tail(logFile)}`);
    await sleep(200);
  }
  return child;
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timeout = sleep(10_000).then(() => 'timeout');
  if ((await Promise.race([done, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await done;
  }
}

function killChildrenNow() {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}
process.on('exit', killChildrenNow);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killChildrenNow();
    process.exit(130);
  });
}

function apiEnv(extra) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    JWT_SECRET,
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    // jobs run in workers, as in a deployment: the scans (reminders, digests, recurring tasks)
    // would otherwise start with the process and compete with the measurement
    RUN_WORKERS: 'false',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    // in-process jobs and logged emails, whatever the caller's shell has
    REDIS_URL: undefined,
    SMTP_URL: undefined,
    ...extra,
  };
}

/** The pool size the API gives TypeORM on a real PostgreSQL, read from its source. */
function apiPoolSize() {
  const source = readFileSync(join(ROOT, 'apps/api/src/database/data-source-options.ts'), 'utf8');
  const match = /url:\s*target\.url,\s*extra:\s*\{\s*max:\s*(\d+)/.exec(source);
  return match ? Number(match[1]) : 20;
}

// ---------------------------------------------------------------------------------------------
// load generation

/**
 * One autocannon run. `request` is a fixed request or `{ setupRequest, onResponse }` for dynamic
 * ones. Latencies of 2xx responses are kept to compute exact percentiles (autocannon has no p95).
 */
async function cannon({ port, request, duration, connections = opts.connections }) {
  const latencies = [];
  const statuses = {};
  const samples = [];
  const userOnResponse = request.onResponse;
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: [
      {
        ...request,
        onResponse(status, body, context, headers) {
          if ((status < 200 || status >= 300) && samples.length < 3) {
            samples.push(`${status} ${body.slice(0, 300)}`);
          }
          userOnResponse?.(status, body, context, headers);
        },
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, responseTime) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 200 && status < 300) latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (p) =>
    latencies.length
      ? latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]
      : null;
  const non2xx = Object.entries(statuses).filter(([s]) => Number(s) < 200 || Number(s) >= 300);
  return {
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: latencies.at(-1) ?? null,
    non2xx: Object.fromEntries(non2xx),
    errors: result.errors,
    timeouts: result.timeouts,
    samples,
    duration: result.duration,
  };
}

/** Warm-up then measured run; failures (non-2xx, socket errors) are returned, not thrown. */
/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
const CLOCK_TICKS = (() => {
  try {
    return Number(sh('getconf', ['CLK_TCK']).trim()) || 100;
  } catch {
    return 100;
  }
})();
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command name: state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * Warm-up then measured run; failures (non-2xx, socket errors) are returned, not thrown. With
 * the server's `pid`, also the CPU time the server process spent per request: a figure that,
 * unlike req/s, hardly moves when other processes load the machine.
 */
async function measure(label, port, makeRequest, { duration = opts.duration, pid } = {}) {
  if (opts.warmup > 0) await cannon({ port, request: await makeRequest(), duration: opts.warmup });
  const request = await makeRequest();
  const cpuBefore = pid ? cpuMs(pid) : null;
  const result = await cannon({ port, request, duration });
  const cpuAfter = pid ? cpuMs(pid) : null;
  const responses = result.requests + Object.values(result.non2xx).reduce((a, b) => a + b, 0);
  result.cpuPerRequest =
    cpuBefore !== null && cpuAfter !== null && responses > 0
      ? (cpuAfter - cpuBefore) / responses
      : null;
  const failed = Object.keys(result.non2xx).length > 0 || result.errors > 0;
  result.failure = failed
    ? `${label}: ${Object.entries(result.non2xx)
        .map(([s, n]) => `${n}× HTTP ${s}`)
        .concat(
          result.errors ? [`${result.errors} socket errors (${result.timeouts} timeouts)`] : [],
        )
        .join(', ')}${result.samples.length ? ` — e.g. ${result.samples[0]}` : ''}`
    : null;
  log(
    `  ${label.padEnd(26)} ${fmt(result.rps, 0).padStart(6)} req/s  p50 ${fmt(result.p50)}  p95 ${fmt(
      result.p95,
    )}  p99 ${fmt(result.p99)} ms  CPU ${fmt(result.cpuPerRequest, 2)} ms/req${
      failed ? `  FAILED: ${result.failure}` : ''
    }`,
  );
  return result;
}

const getRequest = (path, token) => () => ({
  method: 'GET',
  path,
  headers: { authorization: `Bearer ${token}` },
});

/**
 * PATCH requests over a pool of tasks: each request takes a task no other connection holds,
 * toggles its status (todo ⇄ in_progress) at the version last seen, and the response gives the
 * next version back to the pool. Versions are re-read from the database before each run, so
 * every request passes the version check (a 409 fails the run).
 */
function patchRequests(pool, tokens) {
  return async () => {
    // requests still in flight when the previous run stopped must land before versions are read
    await sleep(2000);
    await withClient(DB_URL, async (client) => {
      const { rows } = await client.query(
        'SELECT id, version, status FROM tasks WHERE id = ANY($1::uuid[])',
        [pool.map((t) => t.id)],
      );
      const current = new Map(rows.map((r) => [r.id, r]));
      for (const task of pool) Object.assign(task, current.get(task.id));
    });
    const free = [...pool];
    return {
      method: 'PATCH',
      path: '/',
      setupRequest(request, context) {
        const task = free.shift();
        context.task = task;
        return {
          ...request,
          method: 'PATCH',
          path: `/api/workspaces/${task.workspace_id}/tasks/${task.id}`,
          headers: {
            authorization: `Bearer ${tokens.get(task.assignee_id)}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            status: task.status === 'todo' ? 'in_progress' : 'todo',
            version: task.version,
          }),
        };
      },
      onResponse(status, body, context) {
        const task = context.task;
        if (!task) return;
        if (status === 200) {
          const updated = JSON.parse(body);
          task.version = updated.version;
          task.status = updated.status;
        }
        free.push(task);
      },
    };
  };
}

// ---------------------------------------------------------------------------------------------
// the steps

function build() {
  step('Build');
  const domainSrc = join(ROOT, 'libs/domain/src');
  const domainDist = join(ROOT, 'libs/domain/dist/index.js');
  const stale = () =>
    sh('find', [domainSrc, '-name', '*.ts', '!', '-name', '*.spec.ts', '-newer', domainDist]).trim()
      .length > 0;
  if (!existsSync(domainDist) || stale()) {
    log('  libs/domain (its dist is missing or older than its sources)');
    sh('npx', ['tsc', '-p', 'libs/domain/tsconfig.lib.json']);
  }
  log(`  apps/api → ${relative(ROOT, BUILD)} (a private build: others may be rebuilding dist/)`);
  try {
    sh('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json', '--outDir', BUILD]);
  } catch (error) {
    throw new Error(`the API does not compile:\n${error.stdout}${error.stderr}`);
  }
}

function systemInfo() {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = sh('git', ['rev-parse', '--short', 'HEAD']).trim();
    const dirty = sh('git', ['status', '--porcelain']).split('\n').filter(Boolean).length;
    if (dirty) commit += ` (+ ${dirty} uncommitted changes)`;
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    loadStart: os.loadavg()[0],
    os: `${os.type()} ${os.release()}`,
    commit,
  };
}

/** The scratch database, seeded (or reused when kept from a run at the same scale). */
async function prepareDatabase() {
  step(`Database ${opts.db} at scale ${opts.scale}`);
  const admin = `${opts.pg}/postgres`;
  const exists = await withClient(
    admin,
    async (c) =>
      (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.db])).rowCount > 0,
  );
  const migrate = () =>
    sh('node', [join(API_SRC, 'cli/migrate.js'), 'up'], {
      env: { DATABASE_URL: DB_URL, JWT_SECRET },
    }).trim();
  if (exists && !opts.reseed) {
    const fixtures = await withClient(DB_URL, async (c) => {
      try {
        const { rows } = await c.query(`SELECT value FROM bench_meta WHERE key = 'fixtures'`);
        return rows[0]?.value ?? null;
      } catch {
        return null;
      }
    });
    if (fixtures && fixtures.scale === opts.scale) {
      log(`  reusing the kept database (${migrate()})`);
      return { fixtures, reused: true, seconds: 0 };
    }
  }
  const started = Date.now();
  await withClient(admin, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${opts.db} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${opts.db}`);
  });
  log(`  created; migrations: ${migrate()}`);
  const hash = await passwordHash();
  const s = seedSizes(opts.scale);
  log(
    `  seeding ${s.workspaces} workspaces, ${s.users} users, ${s.tasks} tasks, ${s.timeEntries} time entries…`,
  );
  const { fixtures } = await withClient(DB_URL, (c) =>
    runSeed({ query: (sql) => c.query(sql), scale: opts.scale, hash, log }),
  );
  const seconds = (Date.now() - started) / 1000;
  log(`  seeded in ${fmt(seconds)} s`);
  return { fixtures, reused: false, seconds };
}

async function dropDatabase() {
  await withClient(`${opts.pg}/postgres`, (c) =>
    c.query(`DROP DATABASE IF EXISTS ${opts.db} WITH (FORCE)`),
  );
}

/** Which statements each route sends, learnt through the capture proxy. */
async function captureStatements(requests) {
  step('Statements per request (API through a capture proxy)');
  const proxy = await startCaptureProxy({ listenPort: 0 });
  const proxiedUrl = `postgres://postgres@127.0.0.1:${proxy.port}/${opts.db}`;
  const captured = {};
  let api = null;
  try {
    api = await startProcess('api-capture', 'node', [join(API_SRC, 'main.js')], {
      env: apiEnv({ DATABASE_URL: proxiedUrl, PORT: String(PORTS.capture) }),
      ready: `http://127.0.0.1:${PORTS.capture}/api/health`,
    });
    for (const [key, { method, path, token, body }] of Object.entries(requests)) {
      // warm caches, lazy code paths and the pool (so parallel statements get a connection each
      // at once), then the request recorded
      if (method === 'GET') {
        await Promise.all(
          Array.from({ length: 8 }, () => http(PORTS.capture, method, path, { token })),
        );
      } else {
        await http(PORTS.capture, method, path, {
          token,
          body: typeof body === 'function' ? await body() : body,
        });
      }
      await sleep(100);
      proxy.take();
      const response = await http(PORTS.capture, method, path, {
        token,
        body: typeof body === 'function' ? await body() : body,
      });
      await sleep(100);
      const statements = proxy.take();
      captured[key] = { status: response.status, text: response.text, statements };
      log(
        `  ${key.padEnd(10)} HTTP ${response.status}: ${statements.length} statements, ${toWaves(statements).length} round trips`,
      );
    }
  } finally {
    await stopProcess(api);
    await proxy.close();
  }
  writeFileSync(join(WORK, 'captured-statements.json'), JSON.stringify(captured, null, 2));
  return captured;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the SELECTs a request ran, with sequential scans flagged. */
async function explain(statements) {
  const plans = [];
  await withClient(DB_URL, async (client) => {
    for (const s of statements) {
      if (!/^\s*(SELECT|WITH)\b/i.test(s.sql)) continue;
      const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]);
      plans.push({
        sql: s.sql.replace(/\s+/g, ' ').trim(),
        params: s.params,
        plan,
        seqScans,
        bigSeqScans: seqScans.filter((t) => BIG_TABLES.includes(t)),
      });
    }
  });
  return plans;
}

async function profileScenario(scenario, makeRequest, env) {
  step(`CPU profile of the API under scenario ${scenario} (${opts.profileDuration} s)`);
  const file = join(WORK, `api-scenario-${scenario}.cpuprofile`);
  rmSync(file, { force: true });
  const api = await startProcess(
    'api-profile',
    'node',
    ['-r', join(BENCH, 'cpu-profile.cjs'), join(API_SRC, 'main.js')],
    {
      env: { ...env, PORT: String(PORTS.profile), BENCH_CPU_PROFILE: file },
      ready: `http://127.0.0.1:${PORTS.profile}/api/health`,
      ipc: true,
    },
  );
  const ask = (message) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the profiler did not answer '${message}'`)),
        30_000,
      );
      api.once('message', (answer) => {
        clearTimeout(timer);
        if (String(answer).startsWith('error')) reject(new Error(String(answer)));
        else resolve(answer);
      });
      api.send(message);
    });
  try {
    if (opts.warmup > 0)
      await cannon({ port: PORTS.profile, request: await makeRequest(), duration: opts.warmup });
    const request = await makeRequest();
    await ask('start');
    const result = await cannon({ port: PORTS.profile, request, duration: opts.profileDuration });
    await ask('stop');
    log(`  under the profiler: ${fmt(result.rps, 0)} req/s, p99 ${fmt(result.p99)} ms`);
    const summary = summarize(JSON.parse(readFileSync(file, 'utf8')), { top: 25 });
    log(formatSummary(summary, { topOrigins: 12 }).replace(/^/gm, '  '));
    return { scenario, file: relative(ROOT, file), summary };
  } finally {
    await stopProcess(api);
  }
}

async function pgliteScenario(env) {
  step(`Scenario 5: the embedded default (PGlite), scale ${opts.pgliteScale}`);
  const dir = join(WORK, 'pglite');
  const pgdata = join(dir, 'pgdata');
  const metaFile = join(dir, 'bench-fixtures.json');
  let fixtures = null;
  if (opts.keep && !opts.reseed && existsSync(metaFile)) {
    const kept = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (kept.scale === opts.pgliteScale) fixtures = kept;
  }
  const pgliteEnv = { ...env, DATABASE_URL: undefined, RELAIS_DATA_DIR: dir, SEED_DEMO: 'false' };
  let version = null;
  let sizes = null;
  let seconds = 0;
  const { PGlite } = await import('@electric-sql/pglite');
  if (!fixtures) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const started = Date.now();
    log(
      `  migrations: ${sh('node', [join(API_SRC, 'cli/migrate.js'), 'up'], { env: pgliteEnv }).trim()}`,
    );
    const db = await PGlite.create(pgdata);
    try {
      ({ fixtures } = await runSeed({
        query: (sql) => db.query(sql),
        scale: opts.pgliteScale,
        hash: await passwordHash(),
        maintenanceWorkMem: '64MB',
      }));
    } finally {
      await db.close();
    }
    writeFileSync(metaFile, JSON.stringify(fixtures));
    seconds = (Date.now() - started) / 1000;
    log(`  seeded in ${fmt(seconds)} s`);
  }
  {
    const db = await PGlite.create(pgdata);
    try {
      version = (await db.query('SELECT version() AS v')).rows[0].v;
      sizes = await dataSizes((sql) => db.query(sql));
    } finally {
      await db.close();
    }
  }
  const api = await startProcess('api-pglite', 'node', [join(API_SRC, 'main.js')], {
    env: { ...pgliteEnv, PORT: String(PORTS.pglite) },
    ready: `http://127.0.0.1:${PORTS.pglite}/api/health`,
  });
  try {
    const login = await http(PORTS.pglite, 'POST', '/api/auth/login', {
      body: { email: fixtures.va.email, password: fixtures.password },
    });
    if (login.status !== 200)
      throw new Error(`PGlite: the VA cannot sign in: ${login.status} ${login.text}`);
    const token = login.json.accessToken;
    const path = `/api/me/tasks?status=${OPEN}&limit=200`;
    const check = await http(PORTS.pglite, 'GET', path, { token });
    log(`  check: HTTP ${check.status}, ${check.json?.items?.length ?? 0} tasks`);
    // PGlite runs inside the API process: its CPU per request includes the database's
    const result = await measure('Relais on PGlite', PORTS.pglite, getRequest(path, token), {
      pid: api.pid,
    });
    return { result, version, sizes, seconds, scale: opts.pgliteScale };
  } finally {
    await stopProcess(api);
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// report

function goalRows(results) {
  const rows = [];
  const row = (scenario, relais, base, ratio, goal, met, note = '') =>
    rows.push({ scenario, relais, base, ratio, goal, met, note });
  const r = results;
  if (r.s1) {
    const ratio = r.s1.relais.rps / r.s1.base.rps;
    row(
      '1. GET /api/me/tasks (VA, 3 ws, 200 open)',
      r.s1.relais,
      r.s1.base,
      `${fmt(ratio, 2)}× req/s`,
      'p99 ≤ 50 ms, ≥ 0.5× baseline req/s',
      !r.s1.failed && r.s1.relais.p99 <= 50 && ratio >= 0.5,
    );
  }
  if (r.express) {
    // Express ÷ Fastify: below 1, production's Fastify is the faster
    const ratio = r.express.relais.rps / r.express.base.rps;
    row(
      '1c. same on Express (baseline: 1, Fastify)',
      r.express.relais,
      r.express.base,
      `${fmt(ratio, 2)}× req/s`,
      'informational: Fastify faster than Express',
      !r.express.failed && ratio < 1,
    );
  }
  if (r.s2) {
    const ratio = r.s2.relais.p99 / r.s2.base.p99;
    row(
      '2. PATCH task status (version check, audit)',
      r.s2.relais,
      r.s2.base,
      `${fmt(ratio, 2)}× p99`,
      'p99 ≤ 100 ms, ≤ 3× baseline p99',
      !r.s2.failed && r.s2.relais.p99 <= 100 && ratio <= 3,
    );
  }
  if (r.s3) {
    const ratio = r.s3.relais.p95 / r.s3.base.p95;
    row(
      `3. GET dashboard (${r.s3.tasks.toLocaleString('en')} tasks)`,
      r.s3.relais,
      r.s3.base,
      `${fmt(ratio, 2)}× p95`,
      'p95 ≤ 100 ms, ≤ 3× raw SQL p95, no seq scan',
      !r.s3.failed && r.s3.relais.p95 <= 100 && ratio <= 3 && r.s3.bigSeqScans.length === 0,
      r.s3.bigSeqScans.length ? `seq scan on ${r.s3.bigSeqScans.join(', ')}` : '',
    );
  }
  if (r.s4) {
    const ratio = r.s4.relais.rps / r.s4.base.rps;
    row(
      '4. GET /api/me (framework overhead)',
      r.s4.relais,
      r.s4.base,
      `${fmt(ratio, 2)}× req/s`,
      'none (informational)',
      null,
    );
  }
  if (r.s5) {
    const ratio = r.s1 ? r.s5.relais.rps / r.s1.relais.rps : null;
    row(
      '5. scenario 1 on PGlite (baseline: Relais on PostgreSQL)',
      r.s5.relais,
      r.s1?.relais ?? null,
      ratio === null ? '—' : `${fmt(ratio, 2)}× req/s`,
      'none (informational)',
      null,
    );
  }
  return rows;
}

function tableLines(rows, { markdown }) {
  const header = [
    'scenario',
    'Relais req/s',
    'p50',
    'p95',
    'p99',
    'CPU ms/req',
    'baseline req/s',
    'p50',
    'p95',
    'p99',
    'CPU ms/req',
    'ratio',
    'CPU ratio',
    'goal',
    'met',
  ];
  const cpuRatio = (x) =>
    x.relais?.cpuPerRequest && x.base?.cpuPerRequest
      ? `${fmt(x.relais.cpuPerRequest / x.base.cpuPerRequest, 2)}×`
      : '—';
  const cells = rows.map((x) => [
    x.scenario,
    fmt(x.relais?.rps, 0),
    fmt(x.relais?.p50),
    fmt(x.relais?.p95),
    fmt(x.relais?.p99),
    fmt(x.relais?.cpuPerRequest, 2),
    fmt(x.base?.rps, 0),
    fmt(x.base?.p50),
    fmt(x.base?.p95),
    fmt(x.base?.p99),
    fmt(x.base?.cpuPerRequest, 2),
    x.ratio,
    cpuRatio(x),
    x.goal + (x.note ? ` (${x.note})` : ''),
    x.met === null ? '—' : x.met ? 'yes' : 'NO',
  ]);
  const left = (i) => i === 0 || i >= 11;
  if (markdown) {
    return [
      `| ${header.join(' | ')} |`,
      `|${header.map((_, i) => (left(i) ? '---' : '---:')).join('|')}|`,
      ...cells.map((c) => `| ${c.join(' | ')} |`),
    ];
  }
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c.map((v, i) => (left(i) ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function writeResults({
  info,
  pgVersion,
  db,
  sizes,
  rows,
  results,
  captured,
  plans,
  profiles,
  failures,
  skipped,
}) {
  const out = [];
  out.push('# Benchmark results', '');
  out.push(
    `Written by \`npm run bench\` (bench/run.mjs) on ${info.date}. What each scenario measures, and how: [README.md](README.md).`,
    '',
  );
  out.push('| | |', '|---|---|');
  out.push(`| commit | ${info.commit} |`);
  out.push(`| CPU | ${info.cpu}, ${info.cores} cores, ${info.memory} |`);
  out.push(`| Node.js | ${info.node} on ${info.os} |`);
  out.push(
    `| machine load | 1-minute load average ${fmt(info.loadStart)} at the start, ${fmt(os.loadavg()[0])} at the end, on ${info.cores} cores (other processes share the machine) |`,
  );
  out.push(`| PostgreSQL | ${pgVersion} |`);
  if (results.s5) out.push(`| PGlite | ${results.s5.version} |`);
  out.push(
    `| load | autocannon, ${opts.connections} connections on loopback, ${opts.warmup} s warm-up then ${opts.duration} s per run |`,
  );
  out.push(`| pools | API (TypeORM) and baseline (pg) both ${apiPoolSize()} connections |`);
  out.push(
    `| seed | scale ${opts.scale}${db.reused ? ' (kept database reused)' : `, built in ${fmt(db.seconds)} s`} |`,
  );
  out.push('');
  out.push('## Results', '');
  out.push(
    'Latencies in milliseconds. Ratio: Relais ÷ baseline (1c: Express ÷ Fastify; 5: PGlite ÷ PostgreSQL). CPU ms/req: CPU time of the server process (user + system) per response during the measured run; PostgreSQL’s own CPU is not in it (except on PGlite, which runs inside the API).',
    '',
  );
  out.push(...tableLines(rows, { markdown: true }), '');
  if (failures.length) {
    out.push('**The run failed:**', '');
    for (const f of failures) out.push(`- ${f}`);
    out.push('');
  }
  if (skipped.length) {
    out.push('**Not measured:**', '');
    for (const s of skipped) out.push(`- ${s}`);
    out.push('');
  }
  out.push('## Data', '');
  out.push('| table | rows | size (with indexes) |', '|---|---:|---:|');
  for (const s of sizes)
    out.push(`| ${s.table} | ${s.rows.toLocaleString('en')} | ${mb(s.bytes)} |`);
  out.push('');
  const f = db.fixtures;
  out.push(
    `Fixtures: the VA (\`${f.va.email}\`) is a VA in 3 workspaces (one limited to a client) with ${f.sizes.vaOpenTasks} open and ${
      f.sizes.vaTasks - f.sizes.vaOpenTasks
    } done tasks; the dashboard workspace has ${f.sizes.bigTasks.toLocaleString('en')} tasks, 200 projects and 40 members, read by its founder.`,
    '',
  );
  if (results.s5) {
    out.push(
      `PGlite (scenario 5): scale ${results.s5.scale}: ${results.s5.sizes
        .filter((s) => ['workspaces', 'users', 'tasks', 'time_entries'].includes(s.table))
        .map((s) => `${s.rows.toLocaleString('en')} ${s.table}`)
        .join(', ')}.`,
      '',
    );
  }
  if (captured) {
    out.push('## Statements per request', '');
    out.push(
      'Captured on the wire between the API and PostgreSQL (bench/sql-capture-proxy.mjs). A round trip is a statement or a group of statements sent in parallel.',
      '',
    );
    out.push(
      '| request | Relais statements | Relais round trips | baseline statements |',
      '|---|---:|---:|---:|',
    );
    const baseline = {
      meTasks: '1',
      patch: '5 (BEGIN, membership, UPDATE … RETURNING, audit INSERT, COMMIT)',
      dashboard: 'the same as Relais (replayed)',
      me: '2',
    };
    for (const [key, c] of Object.entries(captured)) {
      out.push(
        `| ${key} (HTTP ${c.status}) | ${c.statements.length} | ${toWaves(c.statements).length} | ${baseline[key] ?? ''} |`,
      );
    }
    out.push('');
    for (const [key, c] of Object.entries(captured)) {
      out.push(`<details><summary>${key}: the statements</summary>`, '', '```sql');
      for (const s of c.statements) out.push(`${s.sql.replace(/\s+/g, ' ').trim()};`);
      out.push('```', '', '</details>', '');
    }
  }
  if (plans) {
    out.push('## Query plans', '');
    const all = Object.entries(plans).flatMap(([key, list]) => list.map((p) => ({ key, ...p })));
    const flagged = all.filter((p) => p.bigSeqScans.length);
    out.push(
      flagged.length
        ? `Sequential scans on big tables: ${flagged.map((p) => `${p.key} (${p.bigSeqScans.join(', ')})`).join('; ')}.`
        : 'No sequential scan on the big tables in any captured SELECT.',
      '',
    );
    for (const p of plans.dashboard ?? []) {
      out.push('```sql', p.sql, '```');
      out.push(`parameters: \`${JSON.stringify(p.params)}\``, '', '```', p.plan, '```', '');
    }
    for (const [key, list] of Object.entries(plans)) {
      if (key === 'dashboard') continue;
      out.push(`<details><summary>${key}: plans</summary>`, '');
      for (const p of list) out.push('```sql', p.sql, '```', '```', p.plan, '```', '');
      out.push('</details>', '');
    }
  }
  for (const profile of profiles) {
    out.push(`## CPU profile of the API under scenario ${profile.scenario}`, '');
    out.push(`\`${profile.file}\` (open it in Chrome DevTools or speedscope; not committed).`, '');
    out.push('```', formatSummary(profile.summary, { topOrigins: 15 }), '```', '');
  }
  const file = join(BENCH, 'results.md');
  writeFileSync(file, out.join('\n'));
  try {
    // the repository's Markdown style (tables aligned)
    sh('npx', ['prettier', '--write', file]);
  } catch {
    // formatting is a nicety
  }
}

// ---------------------------------------------------------------------------------------------
// main

async function main() {
  const started = Date.now();
  const info = systemInfo();
  log(
    `Relais benchmark — ${info.cpu}, ${info.cores} cores, Node ${info.node}, commit ${info.commit}, load average ${fmt(info.loadStart)}`,
  );
  mkdirSync(WORK, { recursive: true });
  if (opts.build) build();
  else if (!existsSync(join(API_SRC, 'main.js')))
    throw new Error('no build in bench/dist/api: drop --skip-build');

  const pgVersion = await withClient(
    `${opts.pg}/postgres`,
    async (c) => (await c.query('SHOW server_version')).rows[0].server_version,
  );
  const db = await prepareDatabase();
  const fixtures = db.fixtures;
  if (opts.seedOnly) {
    log(`\nSeeded ${opts.db}; kept. Next: npm run bench -- --scale=${opts.scale} --keep`);
    return 0;
  }
  const sizes = await withClient(DB_URL, (c) => dataSizes((sql) => c.query(sql)));
  log(`  ${sizes.map((s) => `${s.table} ${s.rows.toLocaleString('en')}`).join(', ')}`);
  const bigTasks = fixtures.sizes.bigTasks;

  const failures = [];
  const skipped = [];
  const results = {};
  const poolSize = apiPoolSize();
  const env = apiEnv({ DATABASE_URL: DB_URL });

  // tokens signed like AuthService's; the VA also signs in for real below (the seed's argon2id
  // hash), and scenarios 1, 4 and 5 use that token
  const vaToken = mintToken(fixtures.va.id);
  const founderToken = mintToken(fixtures.big.founderId);
  const patchPool = await withClient(
    DB_URL,
    async (c) =>
      (
        await c.query(
          `SELECT id, workspace_id, assignee_id, version, status FROM tasks
          WHERE workspace_id <> $1 AND assignee_id IS NOT NULL AND assignee_id <> $2
            AND status IN ('todo', 'in_progress')
          ORDER BY id LIMIT $3`,
          [fixtures.big.workspaceId, fixtures.va.id, Math.max(2000, opts.connections * 20)],
        )
      ).rows,
  );
  const patchTokens = new Map(patchPool.map((t) => [t.assignee_id, mintToken(t.assignee_id)]));
  const want = (s) => opts.scenarios.has(s);

  const captureRequests = {
    meTasks: { method: 'GET', path: `/api/me/tasks?status=${OPEN}&limit=200`, token: vaToken },
    patch: {
      method: 'PATCH',
      path: `/api/workspaces/${patchPool[0].workspace_id}/tasks/${patchPool[0].id}`,
      token: patchTokens.get(patchPool[0].assignee_id),
      body: async () => {
        const { rows } = await withClient(DB_URL, (c) =>
          c.query('SELECT version, status FROM tasks WHERE id = $1', [patchPool[0].id]),
        );
        return {
          status: rows[0].status === 'todo' ? 'in_progress' : 'todo',
          version: rows[0].version,
        };
      },
    },
    dashboard: {
      method: 'GET',
      path: `/api/workspaces/${fixtures.big.workspaceId}/dashboard`,
      token: founderToken,
    },
    me: { method: 'GET', path: '/api/me', token: vaToken },
  };
  const captured = await captureStatements(captureRequests);
  const dashboardOk = captured.dashboard.status === 200;
  const dashboardFile = join(WORK, 'dashboard-sql.json');
  writeFileSync(
    dashboardFile,
    JSON.stringify({
      userId: fixtures.big.founderId,
      workspaceId: fixtures.big.workspaceId,
      waves: toWaves(captured.dashboard.statements).map((wave) =>
        wave.map(({ sql, params }) => ({ sql, params })),
      ),
    }),
  );

  step('Query plans (EXPLAIN ANALYZE, BUFFERS)');
  const plans = {};
  for (const [key, c] of Object.entries(captured)) plans[key] = await explain(c.statements);
  for (const p of plans.dashboard) {
    log(`\n  ${p.sql.slice(0, 160)}${p.sql.length > 160 ? '…' : ''}`);
    log(p.plan.replace(/^/gm, '    '));
  }
  for (const [key, list] of Object.entries(plans)) {
    for (const p of list) {
      if (p.bigSeqScans.length)
        log(`  ! ${key}: sequential scan on ${p.bigSeqScans.join(', ')}: ${p.sql.slice(0, 120)}…`);
    }
  }
  const dashboardSeqScans = [...new Set(plans.dashboard.flatMap((p) => p.bigSeqScans))];

  step('Servers');
  const api = await startProcess('api', 'node', [join(API_SRC, 'main.js')], {
    env: { ...env, PORT: String(PORTS.api) },
    ready: `http://127.0.0.1:${PORTS.api}/api/health`,
  });
  const baseline = await startProcess('baseline', 'node', [join(BENCH, 'baseline-server.mjs')], {
    env: {
      PORT: String(PORTS.baseline),
      DATABASE_URL: DB_URL,
      JWT_SECRET,
      POOL_MAX: String(poolSize),
      BENCH_DASHBOARD_SQL: dashboardFile,
    },
    ready: `http://127.0.0.1:${PORTS.baseline}/health`,
  });
  log(`  Relais (Fastify) on :${PORTS.api}, baseline on :${PORTS.baseline}, pools of ${poolSize}`);

  // the password fixture: a real sign-in
  const login = await http(PORTS.api, 'POST', '/api/auth/login', {
    body: { email: fixtures.va.email, password: fixtures.password },
  });
  if (login.status !== 200) throw new Error(`the VA cannot sign in: ${login.status} ${login.text}`);
  const realVaToken = login.json.accessToken;

  /** One request to both; a Relais route that fails is reported, not measured. */
  async function preflight(label, method, path, token) {
    const [relais, base] = await Promise.all([
      http(PORTS.api, method, path, { token }),
      http(PORTS.baseline, method, path, { token }),
    ]);
    if (relais.status !== 200) {
      skipped.push(
        `${label}: Relais answers HTTP ${relais.status} to ${method} ${path}: ${relais.text.slice(0, 200)}`,
      );
      log(`  ! ${skipped.at(-1)}`);
      return null;
    }
    if (base.status !== 200)
      throw new Error(`baseline ${method} ${path}: ${base.status} ${base.text}`);
    return { relais: relais.json, base: base.json };
  }

  async function pair(key, label, makeBase, makeRelais, extra = {}) {
    const base = await measure(`baseline`, PORTS.baseline, makeBase, { pid: baseline.pid });
    const relais = await measure(`Relais (Fastify)`, PORTS.api, makeRelais, { pid: api.pid });
    for (const r of [base, relais]) if (r.failure) failures.push(`${label} — ${r.failure}`);
    results[key] = { base, relais, failed: Boolean(base.failure || relais.failure), ...extra };
    return results[key];
  }

  try {
    if (want('1') || want('express')) {
      step('Scenario 1: GET /api/me/tasks for the VA (3 workspaces, 200 open tasks)');
      const path = `/api/me/tasks?status=${OPEN}&limit=200`;
      const check = await preflight('Scenario 1', 'GET', path, realVaToken);
      if (check) {
        const ids = (page) => page.items.map((t) => t.id).join();
        const workspaces = new Set(check.relais.items.map((t) => t.workspaceId)).size;
        log(
          `  check: ${check.relais.items.length} tasks in ${workspaces} workspaces; baseline returns the same tasks: ${ids(check.relais) === ids(check.base) ? 'yes' : 'NO'}`,
        );
        if (ids(check.relais) !== ids(check.base))
          failures.push('Scenario 1: the baseline does not return the same tasks as Relais');
        const request = getRequest(path, realVaToken);
        const s1 = await pair('s1', 'Scenario 1', request, request);
        if (want('express')) {
          // the adapter compared: the same app on Nest's Express adapter, as production ran it
          // before the switch to Fastify (bench/express-main.mjs)
          const label = 'Relais (Express)';
          let server = null;
          try {
            server = await startProcess('api-express', 'node', [join(BENCH, 'express-main.mjs')], {
              env: { ...env, BENCH_API_DIST: BUILD, PORT: String(PORTS.express) },
              ready: `http://127.0.0.1:${PORTS.express}/api/health`,
            });
            const vcheck = await http(PORTS.express, 'GET', path, { token: realVaToken });
            if (vcheck.status !== 200 || ids(vcheck.json) !== ids(check.relais)) {
              throw new Error(`it answers ${vcheck.status}: ${vcheck.text.slice(0, 200)}`);
            }
            const v = await measure(label, PORTS.express, request, { pid: server.pid });
            if (v.failure) failures.push(`Scenario 1, ${label} — ${v.failure}`);
            results.express = { relais: v, base: s1.relais, failed: Boolean(v.failure) };
          } catch (error) {
            skipped.push(`${label}: ${error.message.split('\n')[0]}`);
            log(`  ! ${skipped.at(-1)}`);
          } finally {
            await stopProcess(server);
          }
        }
      }
    }

    if (want('2')) {
      step(
        `Scenario 2: PATCH a task's status (pool of ${patchPool.length} tasks, each PATCH by its assignee)`,
      );
      const t = patchPool[0];
      const [{ version, status }] = (
        await withClient(DB_URL, (c) =>
          c.query('SELECT version, status FROM tasks WHERE id = $1', [t.id]),
        )
      ).rows;
      const probe = await http(
        PORTS.api,
        'PATCH',
        `/api/workspaces/${t.workspace_id}/tasks/${t.id}`,
        {
          token: patchTokens.get(t.assignee_id),
          body: { status: status === 'todo' ? 'in_progress' : 'todo', version },
        },
      );
      if (probe.status !== 200) {
        skipped.push(
          `Scenario 2: Relais answers HTTP ${probe.status} to PATCH: ${probe.text.slice(0, 200)}`,
        );
        log(`  ! ${skipped.at(-1)}`);
      } else {
        const stale = await http(
          PORTS.api,
          'PATCH',
          `/api/workspaces/${t.workspace_id}/tasks/${t.id}`,
          {
            token: patchTokens.get(t.assignee_id),
            body: { status, version },
          },
        );
        log(`  check: a stale version gets HTTP ${stale.status} (409 expected)`);
        await pair(
          's2',
          'Scenario 2',
          patchRequests(patchPool, patchTokens),
          patchRequests(patchPool, patchTokens),
        );
      }
    }

    if (want('3')) {
      step(
        `Scenario 3: GET the dashboard of the workspace with ${fixtures.sizes.bigTasks.toLocaleString('en')} tasks`,
      );
      if (!dashboardOk) {
        skipped.push(
          `Scenario 3: Relais answers HTTP ${captured.dashboard.status} to the dashboard: ${captured.dashboard.text.slice(0, 200)}`,
        );
        log(`  ! ${skipped.at(-1)}`);
      } else {
        const path = `/api/workspaces/${fixtures.big.workspaceId}/dashboard`;
        const check = await preflight('Scenario 3', 'GET', path, founderToken);
        if (check) {
          log(
            `  baseline: the API's ${captured.dashboard.statements.length} statements replayed in ${toWaves(captured.dashboard.statements).length} round trips`,
          );
          const request = getRequest(path, founderToken);
          await pair('s3', 'Scenario 3', request, request, {
            bigSeqScans: dashboardSeqScans,
            tasks: bigTasks,
          });
        }
      }
    }

    if (want('4')) {
      step('Scenario 4: GET /api/me, a trivial authenticated route (framework overhead)');
      const check = await preflight('Scenario 4', 'GET', '/api/me', realVaToken);
      if (check) {
        const request = getRequest('/api/me', realVaToken);
        await pair('s4', 'Scenario 4', request, request);
      }
    }
  } finally {
    await stopProcess(api);
    await stopProcess(baseline);
  }

  const profiles = [];
  if (want('profile')) {
    const profiled = {
      1: () => getRequest(`/api/me/tasks?status=${OPEN}&limit=200`, realVaToken)(),
      2: patchRequests(patchPool, patchTokens),
      3: () => getRequest(`/api/workspaces/${fixtures.big.workspaceId}/dashboard`, founderToken)(),
      4: () => getRequest('/api/me', realVaToken)(),
    };
    for (const scenario of opts.profile) {
      if (!profiled[scenario]) continue;
      try {
        profiles.push(await profileScenario(scenario, profiled[scenario], env));
      } catch (error) {
        skipped.push(`CPU profile under scenario ${scenario}: ${error.message.split('\n')[0]}`);
      }
    }
  }

  if (want('5')) {
    try {
      const s5 = await pgliteScenario(apiEnv({}));
      results.s5 = { relais: s5.result, version: s5.version, sizes: s5.sizes, scale: s5.scale };
      if (s5.result.failure) failures.push(`Scenario 5 (PGlite) — ${s5.result.failure}`);
    } catch (error) {
      skipped.push(`Scenario 5 (PGlite): ${error.message.split('\n')[0]}`);
      log(`  ! ${skipped.at(-1)}`);
    }
  }

  if (!opts.keep) {
    await dropDatabase();
    log(`\n  dropped ${opts.db} (keep it for the next run with --keep)`);
  }

  const rows = goalRows(results);
  step(`Results (${opts.connections} connections, ${opts.duration} s, latencies in ms)`);
  log(tableLines(rows, { markdown: false }).join('\n'));
  for (const f of failures) log(`FAILED: ${f}`);
  for (const s of skipped) log(`NOT MEASURED: ${s}`);
  writeResults({
    info,
    pgVersion,
    db,
    sizes,
    rows,
    results,
    captured,
    plans,
    profiles,
    failures,
    skipped,
  });
  log(`\nWrote bench/results.md in ${fmt((Date.now() - started) / 60000)} min.`);
  return failures.length ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch(async (error) => {
    console.error(`\nbenchmark failed: ${error.message}`);
    for (const child of [...children]) await stopProcess(child);
    if (!opts.keep) await dropDatabase().catch(() => {});
    process.exit(1);
  });
