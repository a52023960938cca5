// The raw baseline: node:http + a pg Pool doing the same SQL work as Relais for each scenario,
// without Nest, Fastify, TypeORM or class-validator. Each handler verifies the access token
// (HS256 with node:crypto), runs the equivalent queries and serialises JSON.
//
// env: PORT, HOST, DATABASE_URL, JWT_SECRET, POOL_MAX (the API's pool size),
//      BENCH_DASHBOARD_SQL (JSON file of the statements the API ran for one dashboard request).

import { Buffer } from 'node:buffer';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pg = require('pg');

// as TypeORM hands them over: dates as 'YYYY-MM-DD', timestamps as Date
pg.types.setTypeParser(1082, (value) => value);

const SECRET = process.env.JWT_SECRET;
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_MAX ?? 20),
});
const STATUSES = ['todo', 'in_progress', 'in_review', 'done'];

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The caller's user id from `Authorization: Bearer <HS256 JWT>`, or a 401. */
function authenticate(req) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  const parts = token.split('.');
  if (parts.length !== 3) throw new HttpError(401, 'A valid access token is required');
  const [head, body, signature] = parts;
  try {
    if (JSON.parse(Buffer.from(head, 'base64url').toString()).alg !== 'HS256') throw new Error();
    const expected = createHmac('sha256', SECRET).update(`${head}.${body}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error();
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') throw new Error();
    if (typeof payload.exp === 'number' && payload.exp * 1000 <= Date.now()) throw new Error();
    return payload.sub;
  } catch {
    throw new HttpError(401, 'A valid access token is required');
  }
}

const iso = (value) => (value ? value.toISOString() : null);

function toTask(r) {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    projectId: r.project_id,
    clientId: r.client_id,
    title: r.title,
    description: r.description,
    status: r.status,
    priority: r.priority,
    assigneeId: r.assignee_id,
    createdById: r.created_by_id,
    dueDate: r.due_date,
    estimateMinutes: r.estimate_minutes,
    completedAt: iso(r.completed_at),
    position: r.position,
    checklist: r.checklist.map(({ id, title, done }) => ({ id, title, done })),
    recurrence: r.recurrence,
    processId: r.process_id,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** GET /api/me: the user (primary key) and their active memberships, as the API does. */
async function me(userId) {
  const { rows: users } = await pool.query(
    'SELECT id, email, name, created_at FROM users WHERE id = $1',
    [userId],
  );
  if (users.length === 0) throw new HttpError(404, 'This account no longer exists');
  const { rows } = await pool.query(
    `SELECT m.workspace_id, w.name AS workspace_name, m.role, m.owner, m.client_ids
       FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
      WHERE m.user_id = $1 AND m.active
      ORDER BY w.name, w.id`,
    [userId],
  );
  const u = users[0];
  return {
    user: { id: u.id, email: u.email, name: u.name, createdAt: iso(u.created_at) },
    memberships: rows.map((r) => ({
      workspaceId: r.workspace_id,
      workspaceName: r.workspace_name,
      role: r.role,
      owner: r.owner,
      clientIds: r.client_ids,
    })),
  };
}

/** GET /api/me/tasks?status=&limit=: the same query as MeTasksService, first page. */
async function myTasks(userId, params) {
  const limit = params.has('limit') ? Number(params.get('limit')) : 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new HttpError(400, 'limit');
  const statuses = params
    .getAll('status')
    .flatMap((s) => s.split(','))
    .filter(Boolean);
  if (statuses.some((s) => !STATUSES.includes(s))) throw new HttpError(400, 'status');
  const { rows } = await pool.query(
    `SELECT t.*, w.name AS workspace_name, c.name AS client_name, p.name AS project_name
       FROM tasks t
       JOIN memberships m ON m.workspace_id = t.workspace_id AND m.user_id = $1 AND m.active
       JOIN workspaces w ON w.id = t.workspace_id
       JOIN projects p ON p.id = t.project_id
       JOIN clients c ON c.id = t.client_id
      WHERE t.assignee_id = $1
        AND (cardinality(m.client_ids) = 0 OR t.client_id = ANY(m.client_ids))
        AND ($2::varchar[] IS NULL OR t.status = ANY($2::varchar[]))
      ORDER BY t.due_date ASC NULLS LAST, t.id ASC
      LIMIT $3`,
    [userId, statuses.length ? statuses : null, limit + 1],
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      ...toTask(r),
      workspaceName: r.workspace_name,
      clientName: r.client_name,
      projectName: r.project_name,
    })),
    nextCursor: more
      ? Buffer.from(JSON.stringify([last.due_date, last.id])).toString('base64url')
      : null,
  };
}

/**
 * PATCH /api/workspaces/:ws/tasks/:id {status, version}: in one transaction, the membership
 * (404 when none), a conditional UPDATE at the version read that also enforces the role (a VA
 * only her own tasks), the client scope and the card's new place at the end of its column (the
 * max position read through tasks_board_idx, whose first column is the workspace), then the
 * audit event. 409 when the version is stale.
 */
async function patchTask(userId, workspaceId, taskId, input) {
  if (!input || typeof input !== 'object') throw new HttpError(400, 'body');
  const { status, version, ...rest } = input;
  if (Object.keys(rest).length > 0) throw new HttpError(400, 'unknown fields');
  if (!STATUSES.includes(status) || !Number.isInteger(version) || version < 1) {
    throw new HttpError(400, 'status, version');
  }
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: members } = await client.query(
      `SELECT role, client_ids FROM memberships WHERE workspace_id = $1 AND user_id = $2 AND active`,
      [workspaceId, userId],
    );
    if (members.length === 0) throw new HttpError(404, 'Workspace not found');
    const member = members[0];
    const { rows } = await client.query(
      `WITH before AS (
         SELECT id, status, position, completed_at FROM tasks
          WHERE id = $1 AND workspace_id = $2 FOR UPDATE)
       UPDATE tasks t
          SET status = $3,
              completed_at = CASE WHEN $3 = 'done' THEN now()
                                  WHEN before.status = 'done' THEN NULL ELSE t.completed_at END,
              position = (SELECT COALESCE(MAX(x.position), 0) + 1000 FROM tasks x
                           WHERE x.workspace_id = t.workspace_id AND x.project_id = t.project_id
                             AND x.status = $3),
              version = t.version + 1,
              updated_at = now()
         FROM before
        WHERE t.id = before.id AND t.version = $4 AND t.status <> $3
          AND ($5::boolean OR t.assignee_id = $6)
          AND (cardinality($7::uuid[]) = 0 OR t.client_id = ANY($7::uuid[]))
       RETURNING t.*, before.status AS before_status, before.position AS before_position,
                 before.completed_at AS before_completed_at`,
      [taskId, workspaceId, status, version, member.role !== 'va', userId, member.client_ids],
    );
    if (rows.length === 0) {
      const { rows: current } = await client.query(
        'SELECT version FROM tasks WHERE id = $1 AND workspace_id = $2',
        [taskId, workspaceId],
      );
      if (current.length === 0) throw new HttpError(404, 'Task not found');
      if (current[0].version !== version) throw new HttpError(409, 'stale version');
      throw new HttpError(403, 'You may not change this task');
    }
    const row = rows[0];
    const changes = {
      status: { before: row.before_status, after: row.status },
      position: { before: row.before_position, after: row.position },
    };
    if (iso(row.before_completed_at) !== iso(row.completed_at)) {
      changes.completedAt = { before: iso(row.before_completed_at), after: iso(row.completed_at) };
    }
    await client.query(
      `INSERT INTO audit_events (workspace_id, actor_id, action, entity_type, entity_id, changes)
       VALUES ($1, $2, 'task.updated', 'task', $3, $4)`,
      [workspaceId, userId, taskId, changes],
    );
    await client.query('COMMIT');
    return toTask(row);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * GET /api/workspaces/:ws/dashboard: the very statements the API ran for one dashboard request
 * (captured on the wire by run.mjs), in the same waves (the membership check, then the KPI
 * queries in parallel), with the caller's and the workspace's ids put back in.
 */
const dashboardSql = process.env.BENCH_DASHBOARD_SQL
  ? JSON.parse(readFileSync(process.env.BENCH_DASHBOARD_SQL, 'utf8'))
  : null;

async function dashboard(userId, workspaceId) {
  if (!dashboardSql) throw new HttpError(500, 'no captured dashboard SQL');
  const substitute = (value) =>
    value === dashboardSql.userId
      ? userId
      : value === dashboardSql.workspaceId
        ? workspaceId
        : value;
  const results = [];
  for (const [index, wave] of dashboardSql.waves.entries()) {
    const outputs = await Promise.all(
      wave.map((s) => pool.query(s.sql, s.params.map(substitute)).then((r) => r.rows)),
    );
    if (index === 0 && outputs[0].length === 0) throw new HttpError(404, 'Workspace not found');
    results.push(...outputs);
  }
  return { results };
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new HttpError(400, 'The request body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

const WS_TASK = /^\/api\/workspaces\/([0-9a-f-]{36})\/tasks\/([0-9a-f-]{36})$/i;
const WS_DASHBOARD = /^\/api\/workspaces\/([0-9a-f-]{36})\/dashboard$/i;

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    const path = url.pathname;
    if (path === '/health') return send(res, 200, { ok: true });
    const userId = authenticate(req);
    let match;
    if (req.method === 'GET' && path === '/api/me') return send(res, 200, await me(userId));
    if (req.method === 'GET' && path === '/api/me/tasks') {
      return send(res, 200, await myTasks(userId, url.searchParams));
    }
    if (req.method === 'PATCH' && (match = WS_TASK.exec(path))) {
      const input = await readJson(req);
      return send(
        res,
        200,
        await patchTask(userId, match[1].toLowerCase(), match[2].toLowerCase(), input),
      );
    }
    if (req.method === 'GET' && (match = WS_DASHBOARD.exec(path))) {
      return send(res, 200, await dashboard(userId, match[1].toLowerCase()));
    }
    throw new HttpError(404, 'Not found');
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    if (status === 500) console.error(error);
    send(res, status, { statusCode: status, message: error.message });
  }
});

server.listen(Number(process.env.PORT ?? 3902), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`baseline listening on ${server.address().port}`);
});

const stop = () => {
  server.close(() => pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
