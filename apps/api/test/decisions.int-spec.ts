import type { Role } from '@relais/domain';
import type { DecisionEntity } from '../src/modules/decisions/decision.entity';
import { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { createWorkspace } from './factories';
import {
  actors,
  addProjectMember,
  auditOf,
  createClient,
  createDecision,
  createProject,
  createTask,
  linkDecision,
  MISSING_ID,
  OUTSIDERS,
  ROLES_IN_ORDER,
  type Actor,
} from './operations-factories';
import { startTestApp, type TestApp } from './test-app';

interface DecisionBody {
  id: string;
  clientId: string | null;
  status: string;
  domain: string;
  supersedesId: string | null;
  supersededById: string | null;
  links?: { entityType: string; entityId: string; title: string }[];
}

function fieldsOf(body: { fields?: { field: string }[] }): string[] {
  return (body.fields ?? []).map((f) => f.field).sort();
}

describe('decisions API', () => {
  let t: TestApp;
  let api: ReturnType<typeof actors>;

  beforeAll(async () => {
    t = await startTestApp();
    api = actors(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** A workspace with its owner (a founder), an active ops director and two clients. */
  async function world() {
    const ws = await createWorkspace(t.dataSource);
    const founder = await api.join(ws, 'founder', { owner: true });
    const ops = await api.join(ws, 'ops_director');
    const client = await createClient(t.dataSource, ws, { name: 'Boutique Éclat' });
    const other = await createClient(t.dataSource, ws, { name: 'Atelier Nord' });
    return { ws, founder, ops, client, other, url: `/api/workspaces/${ws.id}/decisions` };
  }
  type World = Awaited<ReturnType<typeof world>>;

  async function memberOf(w: World, role: Role): Promise<Actor> {
    if (role === 'founder') return w.founder;
    if (role === 'ops_director') return w.ops;
    return api.join(w.ws, role);
  }

  async function deactivate(ws: WorkspaceEntity, actor: Actor): Promise<void> {
    await t.dataSource
      .getRepository(MembershipEntity)
      .update({ workspaceId: ws.id, userId: actor.user.id }, { active: false });
  }

  describe('access to every route', () => {
    interface RouteCase {
      name: string;
      method: 'get' | 'post' | 'patch' | 'delete';
      /** Roles that succeed; every other role gets 403. */
      allowed: readonly Role[];
      status: number;
      prepare(w: World): Promise<{ path: string; body?: object }>;
    }

    const proposal = (w: World, domain: 'operations' | 'strategy' = 'strategy') =>
      createDecision(t.dataSource, w.ws, { domain, proposedById: w.founder.user.id });

    const ROUTES: RouteCase[] = [
      {
        name: 'GET /decisions',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: w.url }),
      },
      {
        name: 'POST /decisions',
        method: 'post',
        allowed: ['founder', 'ops_director', 'obm'],
        status: 201,
        prepare: async (w) => ({ path: w.url, body: { title: 'Outil', domain: 'operations' } }),
      },
      {
        name: 'GET /decisions/:id',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: `${w.url}/${(await proposal(w)).id}` }),
      },
      {
        // the founder proposed it: an OBM edits only her own proposals
        name: 'PATCH /decisions/:id',
        method: 'patch',
        allowed: ['founder', 'ops_director'],
        status: 200,
        prepare: async (w) => ({
          path: `${w.url}/${(await proposal(w)).id}`,
          body: { title: 'Renamed' },
        }),
      },
      {
        name: 'POST /decisions/:id/decide (strategy)',
        method: 'post',
        allowed: ['founder'],
        status: 200,
        prepare: async (w) => ({
          path: `${w.url}/${(await proposal(w, 'strategy')).id}/decide`,
          body: { outcome: 'decided', rationale: 'Yes' },
        }),
      },
      {
        name: 'POST /decisions/:id/decide (operations, active ops director)',
        method: 'post',
        allowed: ['ops_director'],
        status: 200,
        prepare: async (w) => ({
          path: `${w.url}/${(await proposal(w, 'operations')).id}/decide`,
          body: { outcome: 'decided' },
        }),
      },
      {
        name: 'POST /decisions/:id/links',
        method: 'post',
        allowed: ['founder', 'ops_director', 'obm'],
        status: 201,
        prepare: async (w) => ({
          path: `${w.url}/${(await proposal(w)).id}/links`,
          body: {
            entityType: 'project',
            entityId: (await createProject(t.dataSource, w.client)).id,
          },
        }),
      },
      {
        name: 'DELETE /decisions/:id/links/:entityType/:entityId',
        method: 'delete',
        allowed: ['founder', 'ops_director', 'obm'],
        status: 204,
        prepare: async (w) => {
          const decision = await proposal(w);
          const project = await createProject(t.dataSource, w.client);
          await linkDecision(t.dataSource, decision, 'project', project.id);
          return { path: `${w.url}/${decision.id}/links/project/${project.id}` };
        },
      },
    ];

    const call = (actor: Actor | null, route: RouteCase, path: string, body?: object) => {
      const as = api.as(actor);
      return route.method === 'get' || route.method === 'delete'
        ? as[route.method](path)
        : as[route.method](path, body);
    };

    it.each(ROUTES)('$name requires authentication', async (route) => {
      const w = await world();
      const { path, body } = await route.prepare(w);
      await call(null, route, path, body).expect(401);
    });

    it.each(ROUTES.flatMap((route) => OUTSIDERS.map((o) => [route.name, o, route] as const)))(
      '%s answers 404 to %s',
      async (_name, outsider, route) => {
        const w = await world();
        const { path, body } = await route.prepare(w);
        await call(await api.outsider(outsider), route, path, body).expect(404);
      },
    );

    it.each(
      ROUTES.flatMap((route) => ROLES_IN_ORDER.map((role) => [route.name, role, route] as const)),
    )('%s as a %s', async (_name, role, route) => {
      const w = await world();
      const actor = await memberOf(w, role);
      const { path, body } = await route.prepare(w);
      await call(actor, route, path, body).expect(
        route.allowed.includes(role) ? route.status : 403,
      );
    });

    it('answers 400 to ids that are not UUIDs', async () => {
      const w = await world();
      const decision = await proposal(w);
      const bad = await api.as(w.founder).get('/api/workspaces/nope/decisions').expect(400);
      expect(fieldsOf(bad.body)).toEqual(['ws']);
      expect(fieldsOf((await api.as(w.founder).get(`${w.url}/nope`).expect(400)).body)).toEqual([
        'id',
      ]);
      const link = await api
        .as(w.founder)
        .delete(`${w.url}/${decision.id}/links/client/${MISSING_ID}`)
        .expect(400);
      expect(fieldsOf(link.body)).toEqual(['entityType']);
      await api.as(w.founder).delete(`${w.url}/${decision.id}/links/task/nope`).expect(400);
    });

    it('answers 404 to a decision of another workspace', async () => {
      const w = await world();
      const elsewhere = await createDecision(t.dataSource, await createWorkspace(t.dataSource));
      await api.as(w.founder).get(`${w.url}/${elsewhere.id}`).expect(404);
      await api.as(w.founder).get(`${w.url}/${MISSING_ID}`).expect(404);
      await api
        .as(w.ops)
        .post(`${w.url}/${elsewhere.id}/decide`, { outcome: 'decided' })
        .expect(404);
    });
  });

  describe('GET /decisions', () => {
    it('lists newest first, filtered by status and domain, page by page', async () => {
      const w = await world();
      const made: DecisionEntity[] = [];
      for (const [domain, status] of [
        ['operations', 'proposed'],
        ['strategy', 'decided'],
        ['operations', 'decided'],
        ['operations', 'rejected'],
        ['strategy', 'proposed'],
      ] as const) {
        made.push(await createDecision(t.dataSource, w.ws, { domain, status }));
      }
      const newestFirst = [...made].reverse().map((d) => d.id);

      const all = await api.as(w.founder).get(w.url).expect(200);
      expect(all.body.items.map((d: DecisionBody) => d.id)).toEqual(newestFirst);

      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const page = await api.as(w.founder).get(`${w.url}${query}`).expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        ids.push(...page.body.items.map((d: DecisionBody) => d.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(ids).toEqual(newestFirst);

      const decided = await api.as(w.ops).get(`${w.url}?status=decided`).expect(200);
      expect(decided.body.items.map((d: DecisionBody) => d.id)).toEqual([made[2].id, made[1].id]);
      const ops = await api.as(w.ops).get(`${w.url}?domain=operations&status=proposed`).expect(200);
      expect(ops.body.items.map((d: DecisionBody) => d.id)).toEqual([made[0].id]);
    });

    it('keeps rows created within the same millisecond on the right page', async () => {
      const w = await world();
      const same = new Date('2026-03-01T10:00:00.123Z');
      const rows = await t.dataSource.query(
        `INSERT INTO decisions (workspace_id, title, domain, created_at)
         SELECT $1, 'd' || g, 'operations', $2::timestamptz + (g || ' microseconds')::interval
           FROM generate_series(1, 5) g RETURNING id`,
        [w.ws.id, same.toISOString()],
      );
      expect(rows).toHaveLength(5);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `?limit=1&cursor=${cursor}` : '?limit=1';
        const page = await api.as(w.founder).get(`${w.url}${query}`).expect(200);
        seen.push(...page.body.items.map((d: DecisionBody) => d.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
    });

    it.each([
      ['status=open', 'status'],
      ['domain=finance', 'domain'],
      ['limit=0', 'limit'],
      ['cursor=forged', 'cursor'],
      [
        `cursor=${Buffer.from(JSON.stringify(['yesterday', MISSING_ID])).toString('base64url')}`,
        'cursor',
      ],
    ])('answers 400 to ?%s', async (query, field) => {
      const w = await world();
      const res = await api.as(w.founder).get(`${w.url}?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });

    it.each(['founder', 'obm', 'va'] as const)(
      "shows a client-scoped %s only her clients' decisions, never business-wide ones",
      async (role) => {
        const w = await world();
        const scoped = await api.join(w.ws, role, { clientIds: [w.client.id] });
        const mine = await createDecision(t.dataSource, w.ws, { clientId: w.client.id });
        const theirs = await createDecision(t.dataSource, w.ws, { clientId: w.other.id });
        const businessWide = await createDecision(t.dataSource, w.ws, { clientId: null });

        const res = await api.as(scoped).get(w.url).expect(200);
        expect(res.body.items.map((d: DecisionBody) => d.id)).toEqual([mine.id]);
        await api.as(scoped).get(`${w.url}/${mine.id}`).expect(200);
        await api.as(scoped).get(`${w.url}/${theirs.id}`).expect(404);
        await api.as(scoped).get(`${w.url}/${businessWide.id}`).expect(404);

        const unscoped = await api.as(w.founder).get(w.url).expect(200);
        expect(unscoped.body.items).toHaveLength(3);
      },
    );
  });

  describe('POST /decisions', () => {
    it('records a proposal by its proposer, and audits it', async () => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      const res = await api
        .as(obm)
        .post(w.url, {
          title: '  Passer à un outil de tickets ',
          context: 'Le support déborde.',
          domain: 'operations',
          options: [' Zendesk ', 'Freshdesk'],
          clientId: w.client.id.toUpperCase(),
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        workspaceId: w.ws.id,
        clientId: w.client.id,
        title: 'Passer à un outil de tickets',
        context: 'Le support déborde.',
        options: ['Zendesk', 'Freshdesk'],
        domain: 'operations',
        status: 'proposed',
        proposedById: obm.user.id,
        decidedById: null,
        decidedAt: null,
        rationale: null,
        supersedesId: null,
        supersededById: null,
        links: [],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const [event] = await auditOf(t.dataSource, res.body.id);
      expect(event).toMatchObject({ action: 'decision.proposed', actor_id: obm.user.id });
      expect(event.changes.title).toEqual({ before: null, after: 'Passer à un outil de tickets' });
    });

    it.each([
      [{ domain: 'operations' }, ['title']],
      [{ title: '', domain: 'operations' }, ['title']],
      [{ title: 'x', domain: 'finance' }, ['domain']],
      [{ title: 'x', domain: 'operations', options: [''] }, ['options']],
      [{ title: 'x', domain: 'operations', clientId: 'nope' }, ['clientId']],
      [{ title: 'x', domain: 'operations', status: 'decided' }, ['status']],
      [{ title: 'x', domain: 'operations', context: null }, ['context']],
    ])('answers 400 to %j', async (body, fields) => {
      const w = await world();
      const res = await api.as(w.founder).post(w.url, body).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });

    it('answers 400 to a client of another workspace, out of scope, or archived', async () => {
      const w = await world();
      const foreign = await createClient(t.dataSource, await createWorkspace(t.dataSource));
      const archived = await createClient(t.dataSource, w.ws, { archivedAt: new Date() });
      const scoped = await api.join(w.ws, 'obm', { clientIds: [w.client.id] });
      for (const [actor, clientId] of [
        [w.founder, foreign.id],
        [w.founder, archived.id],
        [scoped, w.other.id],
      ] as const) {
        const res = await api
          .as(actor)
          .post(w.url, { title: 'x', domain: 'operations', clientId })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['clientId']);
      }
    });

    it('requires a client of a member limited to some clients (else she could not see it)', async () => {
      const w = await world();
      const scoped = await api.join(w.ws, 'obm', { clientIds: [w.client.id] });
      const res = await api
        .as(scoped)
        .post(w.url, { title: 'x', domain: 'operations' })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['clientId']);
      await api
        .as(scoped)
        .post(w.url, { title: 'x', domain: 'operations', clientId: w.client.id })
        .expect(201);
    });

    it('supersedes only a decided decision of the same domain that you can see', async () => {
      const w = await world();
      const proposed = await createDecision(t.dataSource, w.ws, { domain: 'operations' });
      const rejected = await createDecision(t.dataSource, w.ws, { status: 'rejected' });
      const strategy = await createDecision(t.dataSource, w.ws, {
        domain: 'strategy',
        status: 'decided',
      });
      const foreign = await createDecision(t.dataSource, await createWorkspace(t.dataSource), {
        status: 'decided',
      });
      for (const supersedesId of [proposed.id, rejected.id, strategy.id, foreign.id, MISSING_ID]) {
        const res = await api
          .as(w.founder)
          .post(w.url, { title: 'x', domain: 'operations', supersedesId })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['supersedesId']);
      }
    });
  });

  describe('deciding', () => {
    it('lets the ops director decide an operations decision that the founder cannot', async () => {
      const w = await world();
      const decision = await createDecision(t.dataSource, w.ws, { domain: 'operations' });
      const url = `${w.url}/${decision.id}/decide`;

      const refused = await api.as(w.founder).post(url, { outcome: 'decided' }).expect(403);
      expect(refused.body.message).toMatch(/ops director/);
      const res = await api
        .as(w.ops)
        .post(url, { outcome: 'decided', rationale: 'On y va' })
        .expect(200);
      expect(res.body).toMatchObject({
        status: 'decided',
        decidedById: w.ops.user.id,
        rationale: 'On y va',
      });
      expect(Date.parse(res.body.decidedAt)).toBeGreaterThan(Date.now() - 60_000);
      const events = await auditOf(t.dataSource, decision.id);
      expect(events.map((e) => e.action)).toEqual(['decision.decided']);
      expect(events[0].changes.status).toEqual({ before: 'proposed', after: 'decided' });
    });

    it('lets the founder decide operations while the workspace has no active ops director', async () => {
      const w = await world();
      await deactivate(w.ws, w.ops);
      const decision = await createDecision(t.dataSource, w.ws, { domain: 'operations' });
      const res = await api
        .as(w.founder)
        .post(`${w.url}/${decision.id}/decide`, { outcome: 'decided' })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'decided', decidedById: w.founder.user.id });
    });

    it('keeps strategy to the founder, whether or not there is an ops director', async () => {
      const w = await world();
      const decision = await createDecision(t.dataSource, w.ws, { domain: 'strategy' });
      const url = `${w.url}/${decision.id}/decide`;
      await api.as(w.ops).post(url, { outcome: 'decided' }).expect(403);
      await deactivate(w.ws, w.ops);
      const obm = await api.join(w.ws, 'obm');
      await api.as(obm).post(url, { outcome: 'decided' }).expect(403);
      await api.as(w.founder).post(url, { outcome: 'decided' }).expect(200);
    });

    it('requires a rationale to reject', async () => {
      const w = await world();
      const decision = await createDecision(t.dataSource, w.ws, { domain: 'operations' });
      const url = `${w.url}/${decision.id}/decide`;
      for (const body of [
        { outcome: 'rejected' },
        { outcome: 'rejected', rationale: '   ' },
        { outcome: 'maybe', rationale: 'x' },
      ]) {
        const res = await api.as(w.ops).post(url, body).expect(400);
        expect(fieldsOf(res.body)).toEqual([body.outcome === 'maybe' ? 'outcome' : 'rationale']);
      }
      const res = await api
        .as(w.ops)
        .post(url, { outcome: 'rejected', rationale: 'Trop cher' })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'rejected', rationale: 'Trop cher' });
    });

    it.each(['decided', 'rejected'] as const)(
      'never changes a %s record: deciding or editing it again is a conflict',
      async (status) => {
        const w = await world();
        const decision = await createDecision(t.dataSource, w.ws, {
          status,
          rationale: 'done',
          decidedById: w.ops.user.id,
        });
        const url = `${w.url}/${decision.id}`;
        await api.as(w.ops).post(`${url}/decide`, { outcome: 'decided' }).expect(409);
        await api.as(w.ops).patch(url, { title: 'Rewritten' }).expect(409);
        await api.as(w.founder).patch(url, { context: 'Rewritten' }).expect(409);
        const after = await api.as(w.ops).get(url).expect(200);
        expect(after.body).toMatchObject({ title: decision.title, status, rationale: 'done' });
        expect(await auditOf(t.dataSource, decision.id)).toEqual([]);
      },
    );
  });

  describe('PATCH /decisions/:id', () => {
    it('lets an OBM edit her own proposal, not a colleague’s', async () => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      const colleague = await api.join(w.ws, 'obm');
      const created = await api
        .as(obm)
        .post(w.url, { title: 'Draft', domain: 'operations' })
        .expect(201);
      const url = `${w.url}/${created.body.id}`;
      await api.as(colleague).patch(url, { title: 'Mine now' }).expect(403);
      const res = await api
        .as(obm)
        .patch(url, { title: 'Final', options: ['A', 'B'], domain: 'strategy' })
        .expect(200);
      expect(res.body).toMatchObject({ title: 'Final', options: ['A', 'B'], domain: 'strategy' });
      const events = await auditOf(t.dataSource, created.body.id);
      expect(events.map((e) => e.action)).toEqual(['decision.proposed', 'decision.updated']);
      expect(Object.keys(events[1].changes).sort()).toEqual(['domain', 'options', 'title']);
    });

    it('answers 400 to a null title and writes nothing when nothing changes', async () => {
      const w = await world();
      const decision = await createDecision(t.dataSource, w.ws, { title: 'Same' });
      const url = `${w.url}/${decision.id}`;
      await api.as(w.founder).patch(url, { title: null }).expect(400);
      await api.as(w.founder).patch(url, { title: 'Same' }).expect(200);
      expect(await auditOf(t.dataSource, decision.id)).toEqual([]);
    });
  });

  describe('superseding', () => {
    it('links the new decision and the one it replaces, once decided', async () => {
      const w = await world();
      const old = await createDecision(t.dataSource, w.ws, { status: 'decided' });
      const created = await api
        .as(w.founder)
        .post(w.url, { title: 'New rule', domain: 'operations', supersedesId: old.id })
        .expect(201);
      expect(created.body.supersedesId).toBe(old.id);
      // a proposal replaces nothing yet
      expect(
        (await api.as(w.founder).get(`${w.url}/${old.id}`).expect(200)).body.supersededById,
      ).toBeNull();

      await api
        .as(w.ops)
        .post(`${w.url}/${created.body.id}/decide`, { outcome: 'decided' })
        .expect(200);

      const oldNow = await api.as(w.founder).get(`${w.url}/${old.id}`).expect(200);
      expect(oldNow.body).toMatchObject({ status: 'decided', supersededById: created.body.id });
      const list = await api.as(w.founder).get(`${w.url}?status=decided`).expect(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({
          id: created.body.id,
          supersedesId: old.id,
          supersededById: null,
        }),
        expect.objectContaining({ id: old.id, supersededById: created.body.id }),
      ]);

      // a decision is replaced once
      const again = await api
        .as(w.founder)
        .post(w.url, { title: 'Another', domain: 'operations', supersedesId: old.id })
        .expect(409);
      expect(again.body.message).toMatch(/superseded/);
    });

    it('refuses to decide the second of two competing replacements', async () => {
      const w = await world();
      const old = await createDecision(t.dataSource, w.ws, { status: 'decided' });
      const first = await createDecision(t.dataSource, w.ws, { supersedesId: old.id });
      const second = await createDecision(t.dataSource, w.ws, { supersedesId: old.id });
      await api.as(w.ops).post(`${w.url}/${first.id}/decide`, { outcome: 'decided' }).expect(200);
      await api.as(w.ops).post(`${w.url}/${second.id}/decide`, { outcome: 'decided' }).expect(409);
      // rejecting it is still possible
      await api
        .as(w.ops)
        .post(`${w.url}/${second.id}/decide`, { outcome: 'rejected', rationale: 'Replaced' })
        .expect(200);
    });
  });

  describe('links', () => {
    async function linked(w: World) {
      const decision = await createDecision(t.dataSource, w.ws);
      const project = await createProject(t.dataSource, w.client, { name: 'Migration support' });
      const task = await createTask(t.dataSource, project, { title: 'Choisir l’outil' });
      return { decision, project, task, url: `${w.url}/${decision.id}` };
    }

    it('links projects and tasks, shows them with their names, and unlinks them', async () => {
      const w = await world();
      const { decision, project, task, url } = await linked(w);
      const link = await api
        .as(w.ops)
        .post(`${url}/links`, { entityType: 'project', entityId: project.id })
        .expect(201);
      expect(link.body).toEqual({
        entityType: 'project',
        entityId: project.id,
        title: 'Migration support',
      });
      await api
        .as(w.ops)
        .post(`${url}/links`, { entityType: 'task', entityId: task.id.toUpperCase() })
        .expect(201);
      await api
        .as(w.ops)
        .post(`${url}/links`, { entityType: 'task', entityId: task.id })
        .expect(409);

      const detail = await api.as(w.founder).get(url).expect(200);
      expect(detail.body.links).toEqual([
        { entityType: 'project', entityId: project.id, title: 'Migration support' },
        { entityType: 'task', entityId: task.id, title: 'Choisir l’outil' },
      ]);

      await api.as(w.ops).delete(`${url}/links/task/${task.id}`).expect(204);
      await api.as(w.ops).delete(`${url}/links/task/${task.id}`).expect(404);
      const after = await api.as(w.founder).get(url).expect(200);
      expect(after.body.links.map((l: { entityId: string }) => l.entityId)).toEqual([project.id]);
      const events = await auditOf(t.dataSource, decision.id);
      expect(events.map((e) => e.action).sort()).toEqual([
        'decision.linked',
        'decision.linked',
        'decision.unlinked',
      ]);
    });

    it('links a decided decision too: links are not part of the decided record', async () => {
      const w = await world();
      const decision = await createDecision(t.dataSource, w.ws, { status: 'decided' });
      const project = await createProject(t.dataSource, w.client);
      await api
        .as(w.founder)
        .post(`${w.url}/${decision.id}/links`, { entityType: 'project', entityId: project.id })
        .expect(201);
    });

    it('answers 404 to a target outside the workspace or the caller’s scope', async () => {
      const w = await world();
      const { url } = await linked(w);
      const foreignClient = await createClient(t.dataSource, await createWorkspace(t.dataSource));
      const foreign = await createProject(t.dataSource, foreignClient);
      const foreignTask = await createTask(t.dataSource, foreign);
      await api
        .as(w.founder)
        .post(`${url}/links`, { entityType: 'project', entityId: foreign.id })
        .expect(404);
      await api
        .as(w.founder)
        .post(`${url}/links`, { entityType: 'task', entityId: foreignTask.id })
        .expect(404);
      await api
        .as(w.founder)
        .post(`${url}/links`, { entityType: 'task', entityId: foreign.id })
        .expect(404);

      const scoped = await api.join(w.ws, 'obm', { clientIds: [w.client.id] });
      const mine = await createDecision(t.dataSource, w.ws, { clientId: w.client.id });
      const otherProject = await createProject(t.dataSource, w.other);
      await api
        .as(scoped)
        .post(`${w.url}/${mine.id}/links`, { entityType: 'project', entityId: otherProject.id })
        .expect(404);
    });

    it("answers 400 to a target of another client than the decision's", async () => {
      const w = await world();
      const decision = await createDecision(t.dataSource, w.ws, { clientId: w.client.id });
      const otherProject = await createProject(t.dataSource, w.other);
      const res = await api
        .as(w.founder)
        .post(`${w.url}/${decision.id}/links`, { entityType: 'project', entityId: otherProject.id })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['entityId']);
    });

    it('shows a VA only the links to projects and tasks she may view', async () => {
      const w = await world();
      const va = await api.join(w.ws, 'va');
      const { decision, project, task, url } = await linked(w);
      const hers = await createProject(t.dataSource, w.client, { name: 'Hers' });
      await addProjectMember(t.dataSource, hers, va.user);
      await linkDecision(t.dataSource, decision, 'project', project.id);
      await linkDecision(t.dataSource, decision, 'task', task.id);
      await linkDecision(t.dataSource, decision, 'project', hers.id);
      const res = await api.as(va).get(url).expect(200);
      expect(res.body.links).toEqual([{ entityType: 'project', entityId: hers.id, title: 'Hers' }]);
    });
  });
});
