// Seed generator: a realistic volume of Relais data written with set-based SQL
// (INSERT … SELECT generate_series), on PostgreSQL (node-postgres) or PGlite.
//
// Ids are derived from numbers (md5 shaped as a v4 UUID), so every row can name its parents
// without lookups. Secondary indexes of the two big tables are dropped during the load and
// rebuilt after it, foreign-key triggers are off for the session (the data is consistent by
// construction), then VACUUM ANALYZE.
//
//   node bench/seed.mjs --scale=0.05 [--db=relais_bench] [--keep]   (stand-alone, real PostgreSQL)

import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);

export const BENCH_PASSWORD = 'relais-bench-password';
/** The app's own argon2id parameters (apps/api/src/modules/auth/password-hasher.ts). */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Row counts for a scale; 1 is 10k workspaces, 50k users, 1M tasks, 1M time entries. */
export function seedSizes(scale) {
  const workspaces = Math.max(10, Math.round(10_000 * scale));
  const users = Math.max(60, Math.round(50_000 * scale));
  const bigTasks = Math.max(1_000, Math.round(100_000 * scale));
  const vaTasks = 300; // 200 open + 100 done
  const tasks = Math.max(bigTasks + vaTasks + 1_000, Math.round(1_000_000 * scale));
  const timeEntries = Math.max(1_000, Math.round(1_000_000 * scale));
  return {
    workspaces,
    users,
    clients: workspaces * 3,
    projects: workspaces * 8 + 200,
    tasks,
    timeEntries,
    bigTasks,
    vaTasks,
    vaOpenTasks: 200,
    regularTasks: tasks - bigTasks - vaTasks,
  };
}

/** One argon2id hash of the known password, computed once and given to every user. */
export async function passwordHash() {
  const argon2 = require('argon2');
  return argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, ...ARGON2_OPTIONS });
}

/** The deterministic id of the n-th record of a kind, in the SQL below and in JavaScript. */
const ID_SQL = (kind, n) =>
  `overlay(overlay(md5('${kind}' || (${n})::text) placing '4' from 13) placing '8' from 17)::uuid`;

export function benchId(kind, n) {
  const { createHash } = require('node:crypto');
  const h = createHash('md5').update(`${kind}${n}`).digest('hex');
  const v = h.slice(0, 12) + '4' + h.slice(13, 16) + '8' + h.slice(17);
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
}

/**
 * The statements of the seed, in order. Fixtures:
 * - workspace 1 ("Big Agency") holds `bigTasks` tasks (100k at scale 1) over 200 extra projects,
 *   40 members; its founder (user 1) reads the dashboard;
 * - the VA ("va@bench.relais.test", the last user) is a VA in workspaces W, W-1 and W-2 (the
 *   last one limited to one client) with 200 open and 100 done tasks assigned;
 * - every other task belongs to workspaces 2..W, 5 home members each (founder, OBM, 3 VAs),
 *   plus VAs who also work in another workspace.
 */
export function seedStatements({ scale, hash, maintenanceWorkMem = '512MB' }) {
  const s = seedSizes(scale);
  const W = s.workspaces;
  const U = s.users;
  const UREG = U - 1; // the last user is the fixture VA
  const R = s.regularTasks;
  const TB = s.bigTasks;
  const id = ID_SQL;
  const ws = (w) => id('w', w);
  // home member k (1 founder, 2 OBM, 3-5 VAs) of workspace w
  const home = (w, k) => id('u', `(((${w}) - 1) * 5 + (${k}) - 1) % ${UREG} + 1`);
  const VA = id('u', U);
  const BIG = ws(1);
  const quote = (text) => `'${String(text).replace(/'/g, "''")}'`;
  const DESCRIPTION = quote(
    'Follow the SOP linked to this task, update the client tracker and note anything unusual in the comments before checking it off.',
  );
  const bigMembers = `(SELECT array_agg(user_id ORDER BY user_id) AS a FROM memberships WHERE workspace_id = ${BIG})`;

  return [
    ['session', `SET synchronous_commit = off`],
    ['session', `SET session_replication_role = replica`],
    ['session', `SET maintenance_work_mem = '${maintenanceWorkMem}'`],
    ['session', `SELECT setseed(0.42)`],
    [
      'users',
      `INSERT INTO users (id, email, name, password_hash, created_at, updated_at)
       SELECT ${id('u', 'n')},
              CASE WHEN n = ${U} THEN 'va@bench.relais.test' ELSE 'user' || n || '@bench.relais.test' END,
              CASE WHEN n = ${U} THEN 'Bench VA' ELSE 'User ' || n END,
              ${quote(hash)}, now() - (n % 700) * interval '1 day', now()
         FROM generate_series(1, ${U}) n`,
    ],
    [
      'workspaces',
      `INSERT INTO workspaces (id, name, time_zone, currency, created_at, updated_at)
       SELECT ${ws('n')}, CASE WHEN n = 1 THEN 'Big Agency' ELSE 'Workspace ' || n END,
              CASE WHEN n = 1 THEN 'Europe/Paris'
                   ELSE (ARRAY['Europe/Paris','America/New_York','Europe/London','America/Montreal'])[1 + n % 4] END,
              'EUR', now() - (n % 900) * interval '1 day', now()
         FROM generate_series(1, ${W}) n`,
    ],
    [
      'clients',
      `INSERT INTO clients (id, workspace_id, name, engagement, hourly_rate_cents, monthly_amount_cents,
                            monthly_hours_budget, commission_percent, created_at, updated_at)
       SELECT ${id('c', '(w - 1) * 3 + k')}, ${ws('w')}, 'Client ' || w || '-' || k,
              (ARRAY['hourly','retainer','fixed_plus_commission'])[k],
              CASE WHEN k = 1 THEN 3500 END, CASE WHEN k > 1 THEN 150000 END,
              (20 + 10 * k)::numeric, CASE WHEN k = 3 THEN 10 END, now(), now()
         FROM generate_series(1, ${W}) w, generate_series(1, 3) k`,
    ],
    [
      'projects',
      `INSERT INTO projects (id, workspace_id, client_id, name, description, owner_id, status,
                             start_date, due_date, completed_at, created_at, updated_at)
       SELECT ${id('p', '(w - 1) * 8 + j')}, ${ws('w')}, ${id('c', '(w - 1) * 3 + (j - 1) % 3 + 1')},
              'Project ' || w || '-' || j, '', ${home('w', 2)},
              CASE WHEN j <= 5 THEN 'active' WHEN j = 6 THEN 'planned' WHEN j = 7 THEN 'done' ELSE 'on_hold' END,
              current_date - 120, current_date + (j * 11 - 40),
              CASE WHEN j = 7 THEN now() - ((w + j) % 60) * interval '1 day' END, now(), now()
         FROM generate_series(1, ${W}) w, generate_series(1, 8) j`,
    ],
    [
      'projects',
      `INSERT INTO projects (id, workspace_id, client_id, name, description, owner_id, status,
                             start_date, due_date, completed_at, created_at, updated_at)
       SELECT ${id('pb', 'n')}, ${BIG}, ${id('c', '1 + n % 3')}, 'Big project ' || n, '', ${home(1, 2)},
              CASE WHEN n % 5 < 3 THEN 'done' ELSE 'active' END,
              current_date - 400, current_date - 200 + n,
              CASE WHEN n % 5 < 3 THEN now() - (n * 17 % 365) * interval '1 day' END, now(), now()
         FROM generate_series(1, 200) n`,
    ],
    [
      'memberships',
      `INSERT INTO memberships (workspace_id, user_id, role, owner, client_ids, job_title,
                                weekly_capacity_hours, hourly_cost_cents, active)
       SELECT ${ws('w')}, ${home('w', 'k')},
              (ARRAY['founder','obm','va','va','va'])[k], k = 1, '{}'::uuid[],
              (ARRAY['Founder','Online business manager','Virtual assistant','Virtual assistant','Virtual assistant'])[k],
              (ARRAY[40, 35, 20, 25, 30])[k], (ARRAY[NULL, 4500, 2500, 2800, 3000])[k], true
         FROM generate_series(1, ${W}) w, generate_series(1, 5) k
       ON CONFLICT (workspace_id, user_id) DO NOTHING`,
    ],
    [
      'memberships',
      // VAs who also work for another team; 35 of them in the big workspace
      `INSERT INTO memberships (workspace_id, user_id, role, owner, client_ids, job_title,
                                weekly_capacity_hours, hourly_cost_cents, active)
       SELECT ${ws('w')}, ${home(`2 + (w - 2 + 97) % ${W - 1}`, 3)}, 'va', false, '{}'::uuid[], 'Virtual assistant', 10, 2500, true
         FROM generate_series(2, ${W}) w
       UNION ALL
       SELECT ${BIG}, ${home(`2 + (i * 13) % ${W - 1}`, 4)}, 'va', false, '{}'::uuid[], 'Virtual assistant', 20, 2600, true
         FROM generate_series(1, 35) i
       ON CONFLICT (workspace_id, user_id) DO NOTHING`,
    ],
    [
      'memberships',
      `INSERT INTO memberships (workspace_id, user_id, role, owner, client_ids, job_title,
                                weekly_capacity_hours, hourly_cost_cents, active)
       SELECT ${ws('w')}, ${VA}, 'va', false,
              CASE WHEN w = ${W - 2} THEN ARRAY[${id('c', `(${W - 2} - 1) * 3 + 1`)}] ELSE '{}'::uuid[] END,
              'Virtual assistant', 15, 2500, true
         FROM generate_series(${W - 2}, ${W}) w`,
    ],
    [
      'project_members',
      `INSERT INTO project_members (project_id, user_id)
       SELECT ${id('p', '(w - 1) * 8 + j')}, ${home('w', 'k')}
         FROM generate_series(1, ${W}) w, generate_series(1, 8) j,
              LATERAL (VALUES (2), (3 + j % 3)) v(k)
       ON CONFLICT DO NOTHING`,
    ],
    [
      'project_members',
      `INSERT INTO project_members (project_id, user_id)
       SELECT ${id('pb', 'n')}, m.a[1 + (n * x) % cardinality(m.a)]
         FROM generate_series(1, 200) n, (VALUES (1), (7)) v(x), ${bigMembers} m
       UNION ALL
       SELECT ${id('p', '(w - 1) * 8 + j')}, ${VA}
         FROM generate_series(${W - 2}, ${W}) w, (VALUES (1), (4)) v(j)
       ON CONFLICT DO NOTHING`,
    ],
    ...['tasks', 'time_entries'].map((table) => ['drop-indexes', table]),
    [
      'tasks',
      `INSERT INTO tasks (id, workspace_id, project_id, client_id, title, description, status, priority,
                          assignee_id, created_by_id, due_date, estimate_minutes, completed_at, position,
                          checklist, version, created_at, updated_at)
       SELECT ${id('t', 'n')}, ${ws('w')}, ${id('p', '(w - 1) * 8 + j')}, ${id('c', '(w - 1) * 3 + (j - 1) % 3 + 1')},
              'Task ' || n, ${DESCRIPTION}, st,
              (ARRAY['normal','normal','normal','normal','normal','normal','high','high','low','urgent'])[1 + n % 10],
              CASE WHEN n % 10 = 0 THEN NULL ELSE ${home('w', '2 + n % 4')} END, ${home('w', 2)},
              CASE WHEN r2 < 0.2 THEN NULL ELSE current_date + (floor(r2 * 240)::int - 180) END,
              CASE WHEN r2 < 0.3 THEN NULL ELSE 15 * (1 + floor(r2 * 16)::int) END,
              CASE WHEN st = 'done' THEN now() - r3 * interval '365 days' END,
              n * 10, '[]', 1, now() - r3 * interval '365 days' - interval '5 days', now() - r3 * interval '365 days'
         FROM (SELECT n, w, j, r2, r3,
                      CASE WHEN r1 < 0.55 THEN 'done' WHEN r1 < 0.70 THEN 'todo'
                           WHEN r1 < 0.85 THEN 'in_progress' ELSE 'in_review' END AS st
                 FROM (SELECT n, 2 + (n - 1) % ${W - 1} AS w, 1 + ((n - 1) / ${W - 1}) % 8 AS j,
                              random() AS r1, random() AS r2, random() AS r3
                         FROM generate_series(1, ${R}) n) a) b`,
    ],
    [
      'tasks',
      `INSERT INTO tasks (id, workspace_id, project_id, client_id, title, description, status, priority,
                          assignee_id, created_by_id, due_date, estimate_minutes, completed_at, position,
                          checklist, version, created_at, updated_at)
       SELECT ${id('tb', 'n')}, ${BIG}, ${id('pb', 'pn')}, ${id('c', '1 + pn % 3')},
              'Big task ' || n, ${DESCRIPTION}, st,
              (ARRAY['normal','normal','normal','normal','normal','normal','high','high','low','urgent'])[1 + n % 10],
              CASE WHEN n % 20 = 0 THEN NULL ELSE m.a[1 + n % cardinality(m.a)] END, ${home(1, 2)},
              CASE WHEN r2 < 0.2 THEN NULL ELSE current_date + (floor(r2 * 240)::int - 180) END,
              CASE WHEN r2 < 0.3 THEN NULL ELSE 15 * (1 + floor(r2 * 16)::int) END,
              CASE WHEN st = 'done' THEN now() - r3 * interval '365 days' END,
              n * 10, '[]', 1, now() - r3 * interval '365 days' - interval '5 days', now() - r3 * interval '365 days'
         FROM (SELECT n, 1 + (n - 1) % 200 AS pn, r2, r3,
                      CASE WHEN r1 < 0.55 THEN 'done' WHEN r1 < 0.70 THEN 'todo'
                           WHEN r1 < 0.85 THEN 'in_progress' ELSE 'in_review' END AS st
                 FROM (SELECT n, random() AS r1, random() AS r2, random() AS r3
                         FROM generate_series(1, ${TB}) n) a) b, ${bigMembers} m`,
    ],
    [
      'tasks',
      // the VA's 300 tasks: 200 open, 100 done, in the two projects she belongs to in each workspace
      `INSERT INTO tasks (id, workspace_id, project_id, client_id, title, description, status, priority,
                          assignee_id, created_by_id, due_date, estimate_minutes, completed_at, position,
                          checklist, version, created_at, updated_at)
       SELECT ${id('tv', 'v')}, ${ws('vw')}, ${id('p', '(vw - 1) * 8 + CASE WHEN v % 2 = 0 THEN 1 ELSE 4 END')},
              ${id('c', '(vw - 1) * 3 + 1')}, 'VA task ' || v, ${DESCRIPTION},
              CASE WHEN v > 200 THEN 'done' ELSE (ARRAY['todo','in_progress','in_review'])[1 + (v / 3) % 3] END,
              (ARRAY['normal','high','low','urgent'])[1 + v % 4],
              ${VA}, CASE WHEN v % 7 = 0 THEN ${VA} ELSE ${home('vw', 2)} END,
              CASE WHEN v % 10 = 0 THEN NULL ELSE current_date + (v % 45 - 10) END,
              30 + 15 * (v % 7),
              CASE WHEN v > 200 THEN now() - (v % 60) * interval '1 day' END,
              v * 1000,
              jsonb_build_array(
                jsonb_build_object('id', ${id('ck', 'v * 10 + 1')}, 'title', 'Open the SOP', 'done', true),
                jsonb_build_object('id', ${id('ck', 'v * 10 + 2')}, 'title', 'Do the work', 'done', false),
                jsonb_build_object('id', ${id('ck', 'v * 10 + 3')}, 'title', 'Tell the client', 'done', false)),
              1, now() - interval '70 days', now() - (v % 30) * interval '1 day'
         FROM (SELECT v, ${W} - v % 3 AS vw FROM generate_series(1, 300) v) x`,
    ],
    [
      'time_entries',
      `INSERT INTO time_entries (workspace_id, user_id, task_id, project_id, client_id, started_at, ended_at,
                                 minutes, billable, note, approved_at, approved_by_id, created_at, updated_at)
       SELECT t.workspace_id, coalesce(t.assignee_id, t.created_by_id), t.id, t.project_id, t.client_id,
              e.started_at, e.started_at + e.minutes * interval '1 minute', e.minutes,
              e.r < 0.8, '', CASE WHEN e.r < 0.5 THEN e.started_at + interval '3 days' END,
              CASE WHEN e.r < 0.5 THEN t.created_by_id END, e.started_at, e.started_at
         FROM (SELECT CASE WHEN n % 10 = 0 THEN ${id('tb', `1 + (n::bigint * 7919) % ${TB}`)}
                           ELSE ${id('t', `1 + (n::bigint * 104729) % ${R}`)} END AS task_id,
                      now() - random() * interval '180 days' AS started_at,
                      15 + floor(random() * 226)::int AS minutes, random() AS r
                 FROM generate_series(1, ${s.timeEntries}) n) e
         JOIN tasks t ON t.id = e.task_id`,
    ],
    ...['tasks', 'time_entries'].map((table) => ['create-indexes', table]),
    ['session', `SET session_replication_role = origin`],
    ['vacuum', `VACUUM ANALYZE`],
    ['meta', `CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value jsonb NOT NULL)`],
  ];
}

/** What the benchmark needs to know about the seeded data. */
export function seedFixtures(scale) {
  const s = seedSizes(scale);
  const W = s.workspaces;
  return {
    scale,
    sizes: s,
    password: BENCH_PASSWORD,
    va: {
      id: benchId('u', s.users),
      email: 'va@bench.relais.test',
      workspaceIds: [W, W - 1, W - 2].map((w) => benchId('w', w)),
    },
    big: {
      workspaceId: benchId('w', 1),
      founderId: benchId('u', 1),
      founderEmail: 'user1@bench.relais.test',
    },
  };
}

/**
 * Runs the seed through `query(sql)` (node-postgres client or PGlite). Index statements are
 * generated from the catalogue, so indexes added by later migrations are dropped and rebuilt too.
 */
export async function runSeed({ query, scale, hash, log = () => {}, maintenanceWorkMem }) {
  const savedIndexes = new Map();
  const timings = [];
  for (const [label, sql] of seedStatements({ scale, hash, maintenanceWorkMem })) {
    const started = performance.now();
    if (label === 'drop-indexes') {
      const { rows } = await query(
        `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
           FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
          WHERE i.indrelid = '${sql}'::regclass
            AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
      );
      savedIndexes.set(sql, rows);
      for (const row of rows) await query(`DROP INDEX "${row.name}"`);
    } else if (label === 'create-indexes') {
      for (const row of savedIndexes.get(sql) ?? []) await query(row.def);
    } else {
      await query(sql);
    }
    const ms = performance.now() - started;
    const name = label === 'drop-indexes' || label === 'create-indexes' ? `${label} ${sql}` : label;
    timings.push([name, ms]);
    if (ms > 500) log(`  ${name}: ${(ms / 1000).toFixed(1)} s`);
  }
  const fixtures = seedFixtures(scale);
  await query(
    `INSERT INTO bench_meta (key, value) VALUES ('fixtures', '${JSON.stringify(fixtures).replace(/'/g, "''")}'::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  return { fixtures, timings };
}

/** Row counts and on-disk sizes of the seeded tables. */
export async function dataSizes(query) {
  const tables = [
    'users',
    'workspaces',
    'memberships',
    'clients',
    'projects',
    'project_members',
    'tasks',
    'time_entries',
    'audit_events',
  ];
  const out = [];
  for (const table of tables) {
    const { rows } = await query(
      `SELECT count(*)::int AS rows, pg_total_relation_size('${table}')::bigint AS bytes FROM ${table}`,
    );
    out.push({ table, rows: Number(rows[0].rows), bytes: Number(rows[0].bytes) });
  }
  return out;
}

// stand-alone: seed a database on the local PostgreSQL (the migrations must have run)
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = Object.fromEntries(
    process.argv.slice(2).map((a) => {
      const [k, v] = a.replace(/^--/, '').split('=');
      return [k, v ?? 'true'];
    }),
  );
  const { Client } = require('pg');
  const scale = Number(args.scale ?? 1);
  const url = args.url ?? `postgres://postgres@127.0.0.1:5432/${args.db ?? 'relais_bench'}`;
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  await runSeed({
    query: (sql) => client.query(sql),
    scale,
    hash: await passwordHash(),
    log: console.log,
  });
  console.log(`seeded ${url} at scale ${scale} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.table(await dataSizes((sql) => client.query(sql)));
  await client.end();
}
