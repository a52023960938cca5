import type { Role } from '@relais/domain';
import type request from 'supertest';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { createUser, createWorkspace } from './factories';
import {
  actors,
  createClient,
  MISSING_ID,
  OUTSIDERS,
  ROLES_IN_ORDER,
  type Actor,
} from './operations-factories';
import { startTestApp, type TestApp } from './test-app';

const READERS = ['founder', 'ops_director'] as const satisfies readonly Role[];
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface EventBody {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
  createdAt: string;
}

function fieldsOf(body: { fields?: { field: string }[] }): string[] {
  return (body.fields ?? []).map((f) => f.field).sort();
}

/** The raw bytes of a response, whatever its type. */
function bytes(req: request.Test): request.Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

describe('audit log API', () => {
  let t: TestApp;
  let api: ReturnType<typeof actors>;

  beforeAll(async () => {
    t = await startTestApp();
    api = actors(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function world() {
    const ws = await createWorkspace(t.dataSource, { timeZone: 'Europe/Paris' });
    const founder = await api.join(ws, 'founder', { owner: true });
    const base = `/api/workspaces/${ws.id}/audit-events`;
    return { ws, founder, url: base, csvUrl: `${base}/export.csv` };
  }
  type World = Awaited<ReturnType<typeof world>>;

  async function memberOf(w: World, role: Role): Promise<Actor> {
    return role === 'founder' ? w.founder : api.join(w.ws, role);
  }

  /** An audit event at a given instant, as a mutation would have written it. */
  async function event(
    ws: Pick<WorkspaceEntity, 'id'>,
    values: {
      at: string;
      actorId?: string | null;
      action?: string;
      entityType?: string;
      entityId?: string;
      changes?: object;
    },
  ): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO audit_events (workspace_id, actor_id, action, entity_type, entity_id, changes, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        ws.id,
        values.actorId ?? null,
        values.action ?? 'task.updated',
        values.entityType ?? 'task',
        values.entityId ?? MISSING_ID,
        JSON.stringify(values.changes ?? {}),
        values.at,
      ],
    );
    return row.id;
  }

  describe('access to every route', () => {
    const ROUTES = [
      { name: 'GET /audit-events', path: (w: World) => w.url },
      { name: 'GET /audit-events/export.csv', path: (w: World) => w.csvUrl },
    ];

    it.each(ROUTES)('$name requires authentication', async (route) => {
      const w = await world();
      await api.as(null).get(route.path(w)).expect(401);
    });

    it.each(ROUTES.flatMap((route) => OUTSIDERS.map((o) => [route.name, o, route] as const)))(
      '%s answers 404 to %s',
      async (_name, outsider, route) => {
        const w = await world();
        await api
          .as(await api.outsider(outsider))
          .get(route.path(w))
          .expect(404);
      },
    );

    it.each(
      ROUTES.flatMap((route) => ROLES_IN_ORDER.map((role) => [route.name, role, route] as const)),
    )('%s as a %s', async (_name, role, route) => {
      const w = await world();
      const actor = await memberOf(w, role);
      await api
        .as(actor)
        .get(route.path(w))
        .expect((READERS as readonly Role[]).includes(role) ? 200 : 403);
    });

    it.each(ROUTES)(
      '$name is refused to a founder limited to some clients (events carry no client)',
      async (route) => {
        const w = await world();
        const client = await createClient(t.dataSource, w.ws);
        const portal = await api.join(w.ws, 'founder', { clientIds: [client.id] });
        await api.as(portal).get(route.path(w)).expect(403);
      },
    );

    it('answers 400 to a workspace id that is not a UUID', async () => {
      const w = await world();
      const res = await api.as(w.founder).get('/api/workspaces/nope/audit-events').expect(400);
      expect(fieldsOf(res.body)).toEqual(['ws']);
    });
  });

  describe('GET /audit-events', () => {
    it('lists who changed what, newest first, with the names of the actors', async () => {
      const w = await world();
      const ops = await api.join(w.ws, 'ops_director');
      const older = await event(w.ws, {
        at: '2026-03-02T09:00:00Z',
        actorId: w.founder.user.id,
        action: 'client.created',
        entityType: 'client',
        entityId: MISSING_ID,
        changes: { name: { before: null, after: 'Éclat' } },
      });
      const newer = await event(w.ws, { at: '2026-03-03T09:00:00Z', actorId: ops.user.id });
      const system = await event(w.ws, { at: '2026-03-01T09:00:00Z', actorId: null });
      await event(await createWorkspace(t.dataSource), { at: '2026-03-04T09:00:00Z' });

      const res = await api.as(ops).get(w.url).expect(200);
      expect(res.body).toEqual({
        items: [
          expect.objectContaining({ id: newer, actorId: ops.user.id, actorName: ops.user.name }),
          {
            id: older,
            actorId: w.founder.user.id,
            actorName: w.founder.user.name,
            action: 'client.created',
            entityType: 'client',
            entityId: MISSING_ID,
            changes: { name: { before: null, after: 'Éclat' } },
            createdAt: '2026-03-02T09:00:00.000Z',
          },
          expect.objectContaining({ id: system, actorId: null, actorName: null }),
        ],
        nextCursor: null,
      });
    });

    it('records what the API itself changes', async () => {
      const w = await world();
      const res = await api
        .as(w.founder)
        .post(`/api/workspaces/${w.ws.id}/decisions`, { title: 'Audit me', domain: 'strategy' })
        .expect(201);
      const log = await api.as(w.founder).get(`${w.url}?entityType=decision`).expect(200);
      expect(log.body.items).toEqual([
        expect.objectContaining({
          action: 'decision.proposed',
          entityId: res.body.id,
          actorId: w.founder.user.id,
          actorName: w.founder.user.name,
        }),
      ]);
    });

    it('filters by person, record type and period (dates in the workspace time zone)', async () => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      // 00:30 in Paris on March 1st, and 23:30 on February 28th
      const earlyMarch = await event(w.ws, { at: '2026-02-28T23:30:00Z', actorId: obm.user.id });
      const lateFebruary = await event(w.ws, { at: '2026-02-28T22:30:00Z', actorId: obm.user.id });
      const project = await event(w.ws, {
        at: '2026-03-10T12:00:00Z',
        actorId: obm.user.id,
        entityType: 'project',
      });
      const founders = await event(w.ws, {
        at: '2026-03-15T12:00:00Z',
        actorId: w.founder.user.id,
      });
      const ids = async (query: string) =>
        (await api.as(w.founder).get(`${w.url}?${query}`).expect(200)).body.items.map(
          (e: EventBody) => e.id,
        );

      expect(await ids(`actorId=${obm.user.id}`)).toEqual([project, earlyMarch, lateFebruary]);
      expect(await ids('entityType=project')).toEqual([project]);
      expect(await ids(`actorId=${obm.user.id}&entityType=task`)).toEqual([
        earlyMarch,
        lateFebruary,
      ]);
      expect(await ids('from=2026-03-01')).toEqual([founders, project, earlyMarch]);
      expect(await ids('to=2026-03-01')).toEqual([lateFebruary]);
      expect(await ids('from=2026-03-01&to=2026-03-15')).toEqual([project, earlyMarch]);
      expect(
        await ids(
          `from=${encodeURIComponent('2026-03-10T13:00:00+01:00')}&to=${encodeURIComponent('2026-03-15T12:00:00Z')}`,
        ),
      ).toEqual([project]);
    });

    it('pages newest first without losing events written in the same instant', async () => {
      const w = await world();
      const same = '2026-03-05T10:00:00.123456Z';
      const made = [
        await event(w.ws, { at: '2026-03-06T10:00:00Z' }),
        ...(await Promise.all([1, 2, 3, 4].map(() => event(w.ws, { at: same })))),
        await event(w.ws, { at: '2026-03-05T10:00:00.123Z' }),
        await event(w.ws, { at: '2026-03-04T10:00:00Z' }),
      ];
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = await api.as(w.founder).get(`${w.url}${query}`).expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((e: EventBody) => e.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(made.length);
      expect(new Set(seen)).toEqual(new Set(made));
      expect(seen[0]).toBe(made[0]);
      expect(seen.slice(1, 5).sort()).toEqual(made.slice(1, 5).sort());
      expect(seen.slice(5)).toEqual([made[5], made[6]]);
    });

    it.each([
      ['actorId=someone', 'actorId'],
      ['entityType=Task%3BDROP', 'entityType'],
      ['from=2026-02-30', 'from'],
      ['from=2026-03-01T10:00:00', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-03-02&to=2026-03-01', 'to'],
      ['from=2026-03-01&to=2026-03-01', 'to'],
      ['limit=201', 'limit'],
      ['cursor=abc', 'cursor'],
      ['separator=comma', 'separator'],
    ])('answers 400 to ?%s', async (query, field) => {
      const w = await world();
      const res = await api.as(w.founder).get(`${w.url}?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });
  });

  describe('GET /audit-events/export.csv', () => {
    it('streams the filtered events as CSV with a BOM, comma separated by default', async () => {
      const w = await world();
      const tricky = await createUser(t.dataSource, { name: '=HYPERLINK("x"), "Jo"' });
      await event(w.ws, {
        at: '2026-03-02T09:00:00Z',
        actorId: w.founder.user.id,
        action: 'client.created',
        entityType: 'client',
        changes: { name: { before: null, after: 'Éclat; Nord\nSud' } },
      });
      await event(w.ws, { at: '2026-03-03T09:00:00Z', actorId: tricky.id });
      await event(w.ws, { at: '2026-02-01T09:00:00Z' });

      const res = await bytes(api.as(w.founder).get(`${w.csvUrl}?from=2026-03-01`)).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="audit-log.csv"');
      const body = res.body as Buffer;
      expect(body.subarray(0, 3)).toEqual(BOM);
      const text = body.subarray(3).toString('utf8');
      // jsonb keeps object keys shortest first: "after" comes before "before"
      expect(text.split('\r\n')).toEqual([
        'createdAt,actorId,actorName,action,entityType,entityId,changes',
        `2026-03-03T09:00:00.000Z,${tricky.id},"'=HYPERLINK(""x""), ""Jo""",task.updated,task,${MISSING_ID},{}`,
        `2026-03-02T09:00:00.000Z,${w.founder.user.id},${w.founder.user.name},client.created,client,${MISSING_ID},"{""name"":{""after"":""Éclat; Nord\\nSud"",""before"":null}}"`,
        '',
      ]);
    });

    it('separates with semicolons on request', async () => {
      const w = await world();
      await event(w.ws, {
        at: '2026-03-02T09:00:00Z',
        actorId: w.founder.user.id,
        changes: { title: { before: 'a,b', after: 'c;d' } },
      });
      const res = await bytes(api.as(w.founder).get(`${w.csvUrl}?separator=semicolon`)).expect(200);
      const lines = (res.body as Buffer).subarray(3).toString('utf8').split('\r\n');
      expect(lines[0]).toBe('createdAt;actorId;actorName;action;entityType;entityId;changes');
      expect(lines[1]).toBe(
        `2026-03-02T09:00:00.000Z;${w.founder.user.id};${w.founder.user.name};task.updated;task;${MISSING_ID};"{""title"":{""after"":""c;d"",""before"":""a,b""}}"`,
      );
    });

    it('exports every event exactly once, however many batches it takes', async () => {
      const w = await world();
      await t.dataSource.query(
        `INSERT INTO audit_events (workspace_id, action, entity_type, entity_id, created_at)
         SELECT $1, 'task.updated', 'task', gen_random_uuid(),
                '2026-03-01T00:00:00Z'::timestamptz + (g % 7) * interval '1 microsecond'
           FROM generate_series(1, 1203) g`,
        [w.ws.id],
      );
      const res = await bytes(api.as(w.founder).get(`${w.csvUrl}?entityType=task`)).expect(200);
      const rows = (res.body as Buffer).subarray(3).toString('utf8').trimEnd().split('\r\n');
      expect(rows).toHaveLength(1 + 1203);
      expect(new Set(rows.slice(1).map((row) => row.split(',')[5])).size).toBe(1203);
    });

    it.each([
      ['separator=tab', 'separator'],
      ['limit=10', 'limit'],
      ['from=2026-03-02&to=2026-03-01', 'to'],
    ])('answers 400 to ?%s before streaming anything', async (query, field) => {
      const w = await world();
      const res = await api.as(w.founder).get(`${w.csvUrl}?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });
  });
});
