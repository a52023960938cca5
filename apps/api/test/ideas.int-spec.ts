import type { Role } from '@relais/domain';
import { IdeaEntity } from '../src/modules/ideas/idea.entity';
import { ProjectEntity } from '../src/modules/projects/project.entity';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import { createWorkspace } from './factories';
import {
  actors,
  addProjectMember,
  auditOf,
  createClient,
  createIdea,
  MISSING_ID,
  OUTSIDERS,
  ROLES_IN_ORDER,
  type Actor,
} from './operations-factories';
import { startTestApp, type TestApp } from './test-app';

function fieldsOf(body: { fields?: { field: string }[] }): string[] {
  return (body.fields ?? []).map((f) => f.field).sort();
}

describe('ideas API', () => {
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
    const ws = await createWorkspace(t.dataSource);
    const founder = await api.join(ws, 'founder', { owner: true });
    const client = await createClient(t.dataSource, ws, { name: 'Boutique Éclat' });
    const other = await createClient(t.dataSource, ws, { name: 'Atelier Nord' });
    return { ws, founder, client, other, url: `/api/workspaces/${ws.id}/ideas` };
  }
  type World = Awaited<ReturnType<typeof world>>;

  async function memberOf(w: World, role: Role): Promise<Actor> {
    return role === 'founder' ? w.founder : api.join(w.ws, role);
  }

  describe('access to every route', () => {
    interface RouteCase {
      name: string;
      method: 'get' | 'post';
      allowed: readonly Role[];
      status: number;
      prepare(w: World): Promise<{ path: string; body?: object }>;
    }

    const idea = (w: World) => createIdea(t.dataSource, w.ws, { authorId: w.founder.user.id });

    const ROUTES: RouteCase[] = [
      {
        name: 'GET /ideas',
        method: 'get',
        allowed: ['founder', 'ops_director', 'obm'],
        status: 200,
        prepare: async (w) => ({ path: w.url }),
      },
      {
        name: 'POST /ideas',
        method: 'post',
        allowed: ['founder', 'ops_director'],
        status: 201,
        prepare: async (w) => ({ path: w.url, body: { title: 'Podcast' } }),
      },
      {
        name: 'GET /ideas/:id',
        method: 'get',
        allowed: ['founder', 'ops_director', 'obm'],
        status: 200,
        prepare: async (w) => ({ path: `${w.url}/${(await idea(w)).id}` }),
      },
      {
        name: 'POST /ideas/:id/triage',
        method: 'post',
        allowed: ['founder', 'ops_director', 'obm'],
        status: 200,
        prepare: async (w) => ({
          path: `${w.url}/${(await idea(w)).id}/triage`,
          body: { outcome: 'parked' },
        }),
      },
      {
        name: 'POST /ideas/:id/convert',
        method: 'post',
        allowed: ['founder', 'ops_director', 'obm'],
        status: 201,
        prepare: async (w) => ({
          path: `${w.url}/${(await idea(w)).id}/convert`,
          body: { clientId: w.client.id },
        }),
      },
    ];

    const call = (actor: Actor | null, route: RouteCase, path: string, body?: object) =>
      route.method === 'get' ? api.as(actor).get(path) : api.as(actor).post(path, body);

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

    it('answers 404 to an idea of another workspace, 400 to a malformed id', async () => {
      const w = await world();
      const foreign = await createIdea(t.dataSource, await createWorkspace(t.dataSource));
      await api.as(w.founder).get(`${w.url}/${foreign.id}`).expect(404);
      await api.as(w.founder).get(`${w.url}/${MISSING_ID}`).expect(404);
      await api
        .as(w.founder)
        .post(`${w.url}/${foreign.id}/triage`, { outcome: 'accepted' })
        .expect(404);
      await api
        .as(w.founder)
        .post(`${w.url}/${foreign.id}/convert`, { clientId: w.client.id })
        .expect(404);
      const res = await api.as(w.founder).get(`${w.url}/nope`).expect(400);
      expect(fieldsOf(res.body)).toEqual(['id']);
    });
  });

  describe('the inbox', () => {
    it('takes an idea in seconds and lists the inbox newest first, by status', async () => {
      const w = await world();
      const res = await api
        .as(w.founder)
        .post(w.url, { title: ' Lancer un podcast ', notes: 'Un épisode par mois' })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        workspaceId: w.ws.id,
        title: 'Lancer un podcast',
        notes: 'Un épisode par mois',
        authorId: w.founder.user.id,
        status: 'inbox',
        triageNote: null,
        triagedById: null,
        triagedAt: null,
        projectId: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const [event] = await auditOf(t.dataSource, res.body.id);
      expect(event).toMatchObject({ action: 'idea.created', actor_id: w.founder.user.id });

      const parked = await createIdea(t.dataSource, w.ws, { status: 'parked' });
      const latest = await api.as(w.founder).post(w.url, { title: 'Newsletter' }).expect(201);

      const obm = await api.join(w.ws, 'obm');
      const all = await api.as(obm).get(w.url).expect(200);
      expect(all.body.items.map((i: { id: string }) => i.id)).toEqual([
        latest.body.id,
        parked.id,
        res.body.id,
      ]);
      const inbox = await api.as(obm).get(`${w.url}?status=inbox&limit=1`).expect(200);
      expect(inbox.body.items.map((i: { id: string }) => i.id)).toEqual([latest.body.id]);
      const next = await api
        .as(obm)
        .get(`${w.url}?status=inbox&limit=1&cursor=${inbox.body.nextCursor}`)
        .expect(200);
      expect(next.body).toMatchObject({ items: [{ id: res.body.id }], nextCursor: null });
      await api.as(obm).get(`${w.url}?status=done`).expect(400);
    });

    it.each([[{}], [{ title: '  ' }], [{ title: 'x'.repeat(201) }], [{ title: 'x', notes: null }]])(
      'answers 400 to %j',
      async (input) => {
        const w = await world();
        await api.as(w.founder).post(w.url, input).expect(400);
      },
    );

    it('shows a member limited to some clients only the ideas she wrote', async () => {
      const w = await world();
      const portal = await api.join(w.ws, 'founder', { clientIds: [w.client.id] });
      const hers = await createIdea(t.dataSource, w.ws, { authorId: portal.user.id });
      const others = await createIdea(t.dataSource, w.ws, { authorId: w.founder.user.id });
      const res = await api.as(portal).get(w.url).expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([hers.id]);
      await api.as(portal).get(`${w.url}/${others.id}`).expect(404);
    });
  });

  describe('POST /ideas/:id/triage', () => {
    it.each([
      ['accepted', undefined],
      ['parked', 'Plus tard'],
      ['declined', 'Hors sujet'],
    ] as const)('records %s with its note, by whom and when', async (outcome, note) => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      const idea = await createIdea(t.dataSource, w.ws, { authorId: w.founder.user.id });
      const res = await api
        .as(obm)
        .post(`${w.url}/${idea.id}/triage`, { outcome, note })
        .expect(200);
      expect(res.body).toMatchObject({
        status: outcome,
        triageNote: note ?? null,
        triagedById: obm.user.id,
      });
      expect(Date.parse(res.body.triagedAt)).toBeGreaterThan(Date.now() - 60_000);
      const [event] = await auditOf(t.dataSource, idea.id);
      expect(event).toMatchObject({ action: 'idea.triaged', actor_id: obm.user.id });
      expect(event.changes.status).toEqual({ before: 'inbox', after: outcome });
    });

    it('needs a word to decline', async () => {
      const w = await world();
      const idea = await createIdea(t.dataSource, w.ws);
      for (const body of [{ outcome: 'declined' }, { outcome: 'declined', note: ' ' }]) {
        const res = await api.as(w.founder).post(`${w.url}/${idea.id}/triage`, body).expect(400);
        expect(fieldsOf(res.body)).toEqual(['note']);
      }
      const res = await api
        .as(w.founder)
        .post(`${w.url}/${idea.id}/triage`, { outcome: 'inbox' })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['outcome']);
    });

    it('leaves an idea that became a project as it is', async () => {
      const w = await world();
      const converted = await api
        .as(w.founder)
        .post(`${w.url}/${(await createIdea(t.dataSource, w.ws)).id}/convert`, {
          clientId: w.client.id,
        })
        .expect(201);
      await api
        .as(w.founder)
        .post(`${w.url}/${converted.body.idea.id}/triage`, { outcome: 'parked' })
        .expect(409);
    });
  });

  describe('POST /ideas/:id/convert', () => {
    it("turns a founder's idea into a planned project with its first tasks, linked back", async () => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      const va = await api.join(w.ws, 'va', { clientIds: [w.client.id] });
      const idea = await createIdea(t.dataSource, w.ws, {
        authorId: w.founder.user.id,
        title: 'Lancer un podcast',
        notes: 'Un épisode par mois, invité client',
      });

      const res = await api
        .as(obm)
        .post(`${w.url}/${idea.id}/convert`, {
          clientId: w.client.id,
          tasks: [
            { title: 'Choisir le nom', assigneeId: va.user.id, dueDate: '2026-05-04' },
            { title: 'Acheter le micro' },
          ],
        })
        .expect(201);

      expect(res.body.idea).toMatchObject({
        id: idea.id,
        status: 'accepted',
        projectId: res.body.project.id,
        triagedById: obm.user.id,
      });
      expect(res.body.project).toEqual({
        id: expect.any(String),
        clientId: w.client.id,
        name: 'Lancer un podcast',
        status: 'planned',
      });
      const project = await t.dataSource
        .getRepository(ProjectEntity)
        .findOneByOrFail({ id: res.body.project.id });
      expect(project).toMatchObject({
        workspaceId: w.ws.id,
        clientId: w.client.id,
        description: 'Un épisode par mois, invité client',
        ownerId: obm.user.id,
        status: 'planned',
      });
      const tasks = await t.dataSource
        .getRepository(TaskEntity)
        .find({ where: { projectId: project.id }, order: { position: 'ASC' } });
      expect(tasks).toEqual([
        expect.objectContaining({
          workspaceId: w.ws.id,
          clientId: w.client.id,
          title: 'Choisir le nom',
          assigneeId: va.user.id,
          dueDate: '2026-05-04',
          status: 'todo',
          priority: 'normal',
          position: 1000,
          createdById: obm.user.id,
          version: 1,
          checklist: [],
        }),
        expect.objectContaining({
          title: 'Acheter le micro',
          assigneeId: null,
          position: 2000,
          status: 'todo',
          createdById: obm.user.id,
          version: 1,
        }),
      ]);
      expect(res.body.tasks.map((task: { id: string }) => task.id)).toEqual(
        tasks.map((task) => task.id),
      );

      expect((await auditOf(t.dataSource, idea.id)).map((e) => e.action)).toEqual([
        'idea.converted',
      ]);
      expect((await auditOf(t.dataSource, project.id)).map((e) => e.action)).toEqual([
        'project.created',
      ]);
      for (const task of tasks) {
        expect(await auditOf(t.dataSource, task.id)).toEqual([
          expect.objectContaining({ action: 'task.created', actor_id: obm.user.id }),
        ]);
      }

      // once is enough
      await api.as(obm).post(`${w.url}/${idea.id}/convert`, { clientId: w.client.id }).expect(409);
    });

    it('names the project as asked and converts an accepted idea', async () => {
      const w = await world();
      const idea = await createIdea(t.dataSource, w.ws, {
        status: 'accepted',
        triagedById: w.founder.user.id,
      });
      const res = await api
        .as(w.founder)
        .post(`${w.url}/${idea.id}/convert`, { clientId: w.client.id, projectName: ' Podcast ' })
        .expect(201);
      expect(res.body.project.name).toBe('Podcast');
      expect(res.body.tasks).toEqual([]);
    });

    it.each(['parked', 'declined'] as const)('refuses a %s idea (409)', async (status) => {
      const w = await world();
      const idea = await createIdea(t.dataSource, w.ws, { status });
      await api
        .as(w.founder)
        .post(`${w.url}/${idea.id}/convert`, { clientId: w.client.id })
        .expect(409);
    });

    it('writes nothing when an assignee does not work for the client', async () => {
      const w = await world();
      const inScope = await api.join(w.ws, 'va', { clientIds: [w.client.id] });
      const outOfScope = await api.join(w.ws, 'va', { clientIds: [w.other.id] });
      const inactive = await api.join(w.ws, 'va', { active: false });
      const stranger = await api.outsider('a member of another workspace');
      const idea = await createIdea(t.dataSource, w.ws);

      const res = await api
        .as(w.founder)
        .post(`${w.url}/${idea.id}/convert`, {
          clientId: w.client.id,
          tasks: [
            { title: 'ok', assigneeId: inScope.user.id },
            { title: 'out of scope', assigneeId: outOfScope.user.id },
            { title: 'inactive', assigneeId: inactive.user.id },
            { title: 'stranger', assigneeId: stranger.user.id },
          ],
        })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual([
        'tasks.1.assigneeId',
        'tasks.2.assigneeId',
        'tasks.3.assigneeId',
      ]);

      expect(
        await t.dataSource.getRepository(ProjectEntity).countBy({ workspaceId: w.ws.id }),
      ).toBe(0);
      expect(await t.dataSource.getRepository(TaskEntity).countBy({ workspaceId: w.ws.id })).toBe(
        0,
      );
      expect(
        await t.dataSource.getRepository(IdeaEntity).findOneByOrFail({ id: idea.id }),
      ).toMatchObject({
        status: 'inbox',
        projectId: null,
      });
      const [{ count }] = await t.dataSource.query(
        'SELECT count(*)::int AS count FROM audit_events WHERE workspace_id = $1',
        [w.ws.id],
      );
      expect(count).toBe(0);
    });

    it('answers 400 to a client of another workspace, outside the scope, or archived', async () => {
      const w = await world();
      const foreign = await createClient(t.dataSource, await createWorkspace(t.dataSource));
      const archived = await createClient(t.dataSource, w.ws, { archivedAt: new Date() });
      const scopedObm = await api.join(w.ws, 'obm', { clientIds: [w.client.id] });
      const mine = await createIdea(t.dataSource, w.ws, { authorId: scopedObm.user.id });
      for (const [actor, idea, clientId] of [
        [w.founder, await createIdea(t.dataSource, w.ws), foreign.id],
        [w.founder, await createIdea(t.dataSource, w.ws), archived.id],
        [scopedObm, mine, w.other.id],
      ] as const) {
        const res = await api
          .as(actor)
          .post(`${w.url}/${idea.id}/convert`, { clientId })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['clientId']);
      }
    });

    it.each([
      [{}, ['clientId']],
      [{ clientId: 'nope' }, ['clientId']],
      [{ clientId: MISSING_ID, tasks: [{ title: '' }] }, ['tasks.0.title']],
      [
        { clientId: MISSING_ID, tasks: [{ title: 'x', dueDate: '2026-02-30' }] },
        ['tasks.0.dueDate'],
      ],
      [{ clientId: MISSING_ID, tasks: [{ title: 'x', assigneeId: 'me' }] }, ['tasks.0.assigneeId']],
      [{ clientId: MISSING_ID, tasks: [{ title: 'x', status: 'done' }] }, ['tasks.0.status']],
      [
        { clientId: MISSING_ID, tasks: Array.from({ length: 51 }, () => ({ title: 'x' })) },
        ['tasks'],
      ],
      [{ clientId: MISSING_ID, projectName: 'x'.repeat(161) }, ['projectName']],
    ])('answers 400 to %j', async (input, fields) => {
      const w = await world();
      const idea = await createIdea(t.dataSource, w.ws);
      const res = await api.as(w.founder).post(`${w.url}/${idea.id}/convert`, input).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });

  describe("a project's page links back to its idea", () => {
    async function converted(w: World, by: Actor) {
      const idea = await createIdea(t.dataSource, w.ws, {
        authorId: w.founder.user.id,
        title: 'Ouvrir un atelier',
      });
      const res = await api
        .as(by)
        .post(`${w.url}/${idea.id}/convert`, { clientId: w.client.id })
        .expect(201);
      return {
        idea,
        projectUrl: `/api/workspaces/${w.ws.id}/projects/${res.body.project.id as string}`,
      };
    }

    it('shows the idea a converted project came from, to every role that sees ideas', async () => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      const { idea, projectUrl } = await converted(w, obm);
      for (const actor of [w.founder, obm, await api.join(w.ws, 'ops_director')]) {
        const res = await api.as(actor).get(projectUrl).expect(200);
        expect(res.body.sourceIdea).toEqual({ id: idea.id, title: 'Ouvrir un atelier' });
      }
      // an edit answers with the same page, link included
      const edited = await api.as(obm).patch(projectUrl, { name: 'Atelier' }).expect(200);
      expect(edited.body).toMatchObject({ name: 'Atelier', sourceIdea: { id: idea.id } });
      // the list does not carry it
      const list = await api.as(obm).get(`/api/workspaces/${w.ws.id}/projects`).expect(200);
      expect(list.body.items[0]).not.toHaveProperty('sourceIdea');
    });

    it('has no idea for a project made directly', async () => {
      const w = await world();
      const created = await api
        .as(w.founder)
        .post(`/api/workspaces/${w.ws.id}/projects`, { clientId: w.client.id, name: 'Direct' })
        .expect(201);
      expect(created.body.sourceIdea).toBeNull();
      // another project's idea is not this one's
      await converted(w, w.founder);
      const res = await api
        .as(w.founder)
        .get(`/api/workspaces/${w.ws.id}/projects/${created.body.id as string}`)
        .expect(200);
      expect(res.body).toMatchObject({ id: created.body.id, sourceIdea: null });
    });

    it('gives a VA on the project no idea: VAs may not see ideas', async () => {
      const w = await world();
      const { projectUrl } = await converted(w, w.founder);
      // unscoped, so only the role keeps the idea from her
      const va = await api.join(w.ws, 'va');
      const projectId = projectUrl.split('/').pop() ?? '';
      await addProjectMember(t.dataSource, { id: projectId }, va.user);
      const res = await api.as(va).get(projectUrl).expect(200);
      expect(res.body).toMatchObject({ id: projectId, sourceIdea: null });
    });

    it('gives a member limited to some clients only an idea she wrote, as the inbox does', async () => {
      const w = await world();
      const { projectUrl } = await converted(w, w.founder);
      const scoped = await api.join(w.ws, 'obm', { clientIds: [w.client.id] });
      const res = await api.as(scoped).get(projectUrl).expect(200);
      expect(res.body.sourceIdea).toBeNull();

      const hers = await createIdea(t.dataSource, w.ws, { authorId: scoped.user.id });
      const made = await api
        .as(scoped)
        .post(`${w.url}/${hers.id}/convert`, { clientId: w.client.id })
        .expect(201);
      const mine = await api
        .as(scoped)
        .get(`/api/workspaces/${w.ws.id}/projects/${made.body.project.id as string}`)
        .expect(200);
      expect(mine.body.sourceIdea).toEqual({ id: hers.id, title: hers.title });
    });
  });
});
