import type { Role } from '@relais/domain';
import { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import { createWorkspace } from './factories';
import {
  actors,
  auditOf,
  createProcess,
  MISSING_ID,
  OUTSIDERS,
  ROLES_IN_ORDER,
  type Actor,
} from './operations-factories';
import { startTestApp, type TestApp } from './test-app';

const WRITERS = ['founder', 'ops_director', 'obm'] as const satisfies readonly Role[];

function fieldsOf(body: { fields?: { field: string }[] }): string[] {
  return (body.fields ?? []).map((f) => f.field).sort();
}

describe('processes API', () => {
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
    const base = `/api/workspaces/${ws.id}`;
    return { ws, founder, url: `${base}/processes`, templatesUrl: `${base}/task-templates` };
  }
  type World = Awaited<ReturnType<typeof world>>;

  async function memberOf(w: World, role: Role): Promise<Actor> {
    return role === 'founder' ? w.founder : api.join(w.ws, role);
  }

  async function notificationsOf(userId: string) {
    return t.dataSource.query(
      'SELECT workspace_id, kind, title, body, link, data FROM notifications WHERE user_id = $1',
      [userId],
    ) as Promise<
      {
        workspace_id: string;
        kind: string;
        title: string;
        body: string;
        link: string;
        data: Record<string, string>;
      }[]
    >;
  }

  describe('access to every route', () => {
    interface RouteCase {
      name: string;
      method: 'get' | 'post' | 'patch';
      allowed: readonly Role[];
      status: number;
      prepare(w: World): Promise<{ path: string; body?: object }>;
    }

    const process = (w: World) => createProcess(t.dataSource, w.ws, { ownerId: w.founder.user.id });

    const ROUTES: RouteCase[] = [
      {
        name: 'GET /processes',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: w.url }),
      },
      {
        name: 'POST /processes',
        method: 'post',
        allowed: WRITERS,
        status: 201,
        prepare: async (w) => ({ path: w.url, body: { title: 'Onboarding', body: '- a' } }),
      },
      {
        name: 'GET /processes/:id',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: `${w.url}/${(await process(w)).id}` }),
      },
      {
        name: 'PATCH /processes/:id',
        method: 'patch',
        allowed: WRITERS,
        status: 200,
        prepare: async (w) => ({
          path: `${w.url}/${(await process(w)).id}`,
          body: { body: '- changed', version: 1 },
        }),
      },
      {
        name: 'GET /processes/:id/versions',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: `${w.url}/${(await process(w)).id}/versions` }),
      },
      {
        name: 'GET /processes/:id/versions/:version',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: `${w.url}/${(await process(w)).id}/versions/1` }),
      },
      {
        name: 'GET /processes/:id/diff',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: `${w.url}/${(await process(w)).id}/diff?from=1&to=1` }),
      },
      {
        name: 'POST /processes/:id/suggestions',
        method: 'post',
        allowed: ROLES_IN_ORDER,
        status: 201,
        prepare: async (w) => ({
          path: `${w.url}/${(await process(w)).id}/suggestions`,
          body: { body: 'Step 2 is out of date' },
        }),
      },
      {
        name: 'GET /processes/:id/suggestions',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: `${w.url}/${(await process(w)).id}/suggestions` }),
      },
      {
        name: 'POST /processes/:id/template',
        method: 'post',
        allowed: WRITERS,
        status: 201,
        prepare: async (w) => ({ path: `${w.url}/${(await process(w)).id}/template`, body: {} }),
      },
      {
        name: 'GET /task-templates',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => ({ path: w.templatesUrl }),
      },
      {
        name: 'GET /task-templates/:id',
        method: 'get',
        allowed: ROLES_IN_ORDER,
        status: 200,
        prepare: async (w) => {
          const made = await api
            .as(w.founder)
            .post(`${w.url}/${(await process(w)).id}/template`)
            .expect(201);
          return { path: `${w.templatesUrl}/${made.body.id}` };
        },
      },
    ];

    const call = (actor: Actor | null, route: RouteCase, path: string, body?: object) =>
      route.method === 'get' ? api.as(actor).get(path) : api.as(actor)[route.method](path, body);

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

    it('answers 404 to a process or template of another workspace', async () => {
      const w = await world();
      const elsewhere = await world();
      const foreign = await createProcess(t.dataSource, elsewhere.ws);
      const template = await api
        .as(elsewhere.founder)
        .post(`${elsewhere.url}/${foreign.id}/template`)
        .expect(201);
      for (const path of [
        `${w.url}/${foreign.id}`,
        `${w.url}/${foreign.id}/versions`,
        `${w.url}/${foreign.id}/versions/1`,
        `${w.url}/${foreign.id}/diff?from=1&to=1`,
        `${w.url}/${foreign.id}/suggestions`,
        `${w.url}/${MISSING_ID}`,
        `${w.templatesUrl}/${template.body.id}`,
      ]) {
        await api.as(w.founder).get(path).expect(404);
      }
      await api
        .as(w.founder)
        .patch(`${w.url}/${foreign.id}`, { title: 'Mine', version: 1 })
        .expect(404);
      await api.as(w.founder).post(`${w.url}/${foreign.id}/suggestions`, { body: 'x' }).expect(404);
      await api.as(w.founder).post(`${w.url}/${foreign.id}/template`).expect(404);
    });

    it.each([
      ['nope', 'id'],
      [`${MISSING_ID}/versions/abc`, 'version'],
      [`${MISSING_ID}/versions/0`, 'version'],
      [`${MISSING_ID}/versions/99999999999`, 'version'],
      [`${MISSING_ID}/diff?from=1`, 'to'],
      [`${MISSING_ID}/diff?from=x&to=1`, 'from'],
    ])('answers 400 to /processes/%s', async (path, field) => {
      const w = await world();
      const res = await api.as(w.founder).get(`${w.url}/${path}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });
  });

  describe('writing and versions', () => {
    it('creates version 1, owned by its author unless told, and audits it', async () => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      const res = await api
        .as(obm)
        .post(w.url, { title: ' Newsletter ', category: ' Marketing ', body: '# Étapes\n- a' })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        workspaceId: w.ws.id,
        title: 'Newsletter',
        category: 'Marketing',
        ownerId: obm.user.id,
        version: 1,
        body: '# Étapes\n- a',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const versions = await api.as(obm).get(`${w.url}/${res.body.id}/versions`).expect(200);
      expect(versions.body).toEqual({
        items: [
          {
            processId: res.body.id,
            version: 1,
            title: 'Newsletter',
            authorId: obm.user.id,
            createdAt: expect.any(String),
          },
        ],
        nextCursor: null,
      });
      const [event] = await auditOf(t.dataSource, res.body.id);
      expect(event).toMatchObject({ action: 'process.created', actor_id: obm.user.id });

      const unowned = await api
        .as(obm)
        .post(w.url, { title: 'Sans pilote', body: '', ownerId: null, category: '' })
        .expect(201);
      expect(unowned.body).toMatchObject({ ownerId: null, category: null, body: '' });
    });

    it.each([
      [{ body: 'x' }, ['title']],
      [{ title: 'x' }, ['body']],
      [{ title: 'x', body: 'x', ownerId: 'nope' }, ['ownerId']],
      [{ title: 'x', body: 'x', category: 'c'.repeat(81) }, ['category']],
      [{ title: 'x', body: 'x', version: 3 }, ['version']],
    ])('answers 400 to %j', async (input, fields) => {
      const w = await world();
      const res = await api.as(w.founder).post(w.url, input).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });

    it('answers 400 to an owner who is not an active member', async () => {
      const w = await world();
      const stranger = await api.outsider('a member of another workspace');
      const leaver = await api.join(w.ws, 'obm', { active: false });
      for (const ownerId of [stranger.user.id, leaver.user.id]) {
        const res = await api
          .as(w.founder)
          .post(w.url, { title: 'x', body: '', ownerId })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['ownerId']);
      }
    });

    it('keeps every saved version with its author and date, newest first', async () => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      const created = await api
        .as(w.founder)
        .post(w.url, { title: 'Facturation', body: '- ouvrir\n- vérifier' })
        .expect(201);
      const url = `${w.url}/${created.body.id}`;
      const second = await api
        .as(obm)
        .patch(url, { body: '- ouvrir\n- contrôler\n- envoyer', version: 1 })
        .expect(200);
      expect(second.body).toMatchObject({ version: 2, body: '- ouvrir\n- contrôler\n- envoyer' });
      const third = await api
        .as(w.founder)
        .patch(url, { title: 'Facturation mensuelle', category: 'Finance', version: 2 })
        .expect(200);
      expect(third.body).toMatchObject({ version: 3, title: 'Facturation mensuelle' });

      const versions = await api.as(obm).get(`${url}/versions`).expect(200);
      expect(
        versions.body.items.map((v: { version: number; authorId: string; title: string }) => [
          v.version,
          v.authorId,
          v.title,
        ]),
      ).toEqual([
        [3, w.founder.user.id, 'Facturation mensuelle'],
        [2, obm.user.id, 'Facturation'],
        [1, w.founder.user.id, 'Facturation'],
      ]);
      const page = await api.as(obm).get(`${url}/versions?limit=2`).expect(200);
      expect(page.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2]);
      const rest = await api
        .as(obm)
        .get(`${url}/versions?limit=2&cursor=${page.body.nextCursor}`)
        .expect(200);
      expect(rest.body).toMatchObject({ items: [{ version: 1 }], nextCursor: null });

      const v2 = await api.as(obm).get(`${url}/versions/2`).expect(200);
      expect(v2.body).toMatchObject({
        version: 2,
        authorId: obm.user.id,
        body: '- ouvrir\n- contrôler\n- envoyer',
      });
      await api.as(obm).get(`${url}/versions/4`).expect(404);

      const events = await auditOf(t.dataSource, created.body.id);
      expect(events.map((e) => e.action)).toEqual([
        'process.created',
        'process.updated',
        'process.updated',
      ]);
      expect(events[1].changes).toEqual({ version: { before: 1, after: 2 } });
      expect(events[2].changes).toMatchObject({
        title: { before: 'Facturation', after: 'Facturation mensuelle' },
        category: { before: null, after: 'Finance' },
      });
    });

    it('answers 409 to a stale version and saves nothing', async () => {
      const w = await world();
      const process = await createProcess(t.dataSource, w.ws, { body: 'v1' });
      const url = `${w.url}/${process.id}`;
      await api.as(w.founder).patch(url, { body: 'v2', version: 1 }).expect(200);
      const stale = await api.as(w.founder).patch(url, { body: 'v2 bis', version: 1 }).expect(409);
      expect(stale.body.message).toMatch(/version 2/);
      const current = await api.as(w.founder).get(url).expect(200);
      expect(current.body).toMatchObject({ body: 'v2', version: 2 });
    });

    it('saves no version when nothing changes', async () => {
      const w = await world();
      const process = await createProcess(t.dataSource, w.ws, { title: 'Same', body: 'same' });
      const url = `${w.url}/${process.id}`;
      const res = await api
        .as(w.founder)
        .patch(url, { title: 'Same', body: 'same', version: 1 })
        .expect(200);
      expect(res.body.version).toBe(1);
      const versions = await api.as(w.founder).get(`${url}/versions`).expect(200);
      expect(versions.body.items).toHaveLength(1);
    });

    it.each([
      [{ body: 'x' }, ['version']],
      [{ title: null, version: 1 }, ['title']],
      [{ body: null, version: 1 }, ['body']],
      [{ version: 0 }, ['version']],
    ])('answers 400 to PATCH %j', async (input, fields) => {
      const w = await world();
      const process = await createProcess(t.dataSource, w.ws);
      const res = await api.as(w.founder).patch(`${w.url}/${process.id}`, input).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });

  describe('GET /processes', () => {
    it('lists by title without bodies, by category and words, page by page', async () => {
      const w = await world();
      const va = await api.join(w.ws, 'va');
      const b = await createProcess(t.dataSource, w.ws, {
        title: 'B relance',
        category: 'Ventes',
        body: 'Envoyer 100% des relances',
      });
      const a = await createProcess(t.dataSource, w.ws, { title: 'A accueil', category: 'RH' });
      const c = await createProcess(t.dataSource, w.ws, {
        title: 'C clôture',
        category: 'Ventes',
        body: 'Relancer les impayés',
      });
      await createProcess(t.dataSource, w.ws, { title: 'D old', archivedAt: new Date() });

      const all = await api.as(va).get(w.url).expect(200);
      expect(all.body.items.map((p: { id: string }) => p.id)).toEqual([a.id, b.id, c.id]);
      expect(all.body.items[0]).not.toHaveProperty('body');

      const first = await api.as(va).get(`${w.url}?limit=2`).expect(200);
      const second = await api
        .as(va)
        .get(`${w.url}?limit=2&cursor=${first.body.nextCursor}`)
        .expect(200);
      expect([...first.body.items, ...second.body.items].map((p: { id: string }) => p.id)).toEqual([
        a.id,
        b.id,
        c.id,
      ]);
      expect(second.body.nextCursor).toBeNull();

      const sales = await api.as(va).get(`${w.url}?category=Ventes`).expect(200);
      expect(sales.body.items.map((p: { id: string }) => p.id)).toEqual([b.id, c.id]);
      const relance = await api.as(va).get(`${w.url}?q=relan`).expect(200);
      expect(relance.body.items.map((p: { id: string }) => p.id)).toEqual([b.id, c.id]);
      // wildcards are searched as text
      const percent = await api
        .as(va)
        .get(`${w.url}?q=${encodeURIComponent('100%')}`)
        .expect(200);
      expect(percent.body.items.map((p: { id: string }) => p.id)).toEqual([b.id]);
      const underscore = await api.as(va).get(`${w.url}?q=_`).expect(200);
      expect(underscore.body.items).toEqual([]);
    });
  });

  describe('GET /processes/:id/diff', () => {
    it('computes a line diff between two versions', async () => {
      const w = await world();
      const created = await api
        .as(w.founder)
        .post(w.url, { title: 'SOP', body: '# SOP\n- ouvrir\n- vérifier\n- fermer\n' })
        .expect(201);
      const url = `${w.url}/${created.body.id}`;
      await api
        .as(w.founder)
        .patch(url, { body: '# SOP\n- ouvrir\n- contrôler\n- fermer\n- archiver\n', version: 1 })
        .expect(200);

      const diff = await api.as(w.founder).get(`${url}/diff?from=1&to=2`).expect(200);
      expect(diff.body).toEqual([
        { type: 'same', text: '# SOP' },
        { type: 'same', text: '- ouvrir' },
        { type: 'removed', text: '- vérifier' },
        { type: 'added', text: '- contrôler' },
        { type: 'same', text: '- fermer' },
        { type: 'added', text: '- archiver' },
      ]);
      const back = await api.as(w.founder).get(`${url}/diff?from=2&to=1`).expect(200);
      expect(back.body.filter((l: { type: string }) => l.type === 'added')).toEqual([
        { type: 'added', text: '- vérifier' },
      ]);
      await api.as(w.founder).get(`${url}/diff?from=1&to=3`).expect(404);
    });
  });

  describe('suggestions', () => {
    it('lets a VA read a process and suggest a change, notifying its owner, but not write it', async () => {
      const w = await world();
      const owner = await api.join(w.ws, 'obm');
      const va = await api.join(w.ws, 'va');
      const process = await createProcess(t.dataSource, w.ws, {
        title: 'Publier la newsletter',
        ownerId: owner.user.id,
      });
      const url = `${w.url}/${process.id}`;
      await api.as(va).get(url).expect(200);
      await api.as(va).patch(url, { body: 'mine', version: 1 }).expect(403);

      const res = await api
        .as(va)
        .post(`${url}/suggestions`, { body: '  L’étape 2 a changé. ' })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        processId: process.id,
        authorId: va.user.id,
        body: 'L’étape 2 a changé.',
        resolvedAt: null,
        createdAt: expect.any(String),
      });
      expect(await notificationsOf(owner.user.id)).toEqual([
        {
          workspace_id: w.ws.id,
          kind: 'process_suggestion',
          title: 'Suggestion: Publier la newsletter',
          body: 'L’étape 2 a changé.',
          link: `/w/${w.ws.id}/processes/${process.id}`,
          data: { processId: process.id, suggestionId: res.body.id, authorId: va.user.id },
        },
      ]);
      const [event] = await auditOf(t.dataSource, res.body.id);
      expect(event).toMatchObject({ action: 'process_suggestion.created', actor_id: va.user.id });

      const second = await api.as(w.founder).post(`${url}/suggestions`, { body: 'Et la 3' });
      const list = await api.as(owner).get(`${url}/suggestions`).expect(200);
      expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([
        second.body.id,
        res.body.id,
      ]);
      const paged = await api.as(owner).get(`${url}/suggestions?limit=1`).expect(200);
      const next = await api
        .as(owner)
        .get(`${url}/suggestions?limit=1&cursor=${paged.body.nextCursor}`)
        .expect(200);
      expect(next.body).toMatchObject({ items: [{ id: res.body.id }], nextCursor: null });
    });

    it('notifies no one when the owner suggests, has left, or there is none', async () => {
      const w = await world();
      const owner = await api.join(w.ws, 'obm');
      const va = await api.join(w.ws, 'va');
      const mine = await createProcess(t.dataSource, w.ws, { ownerId: owner.user.id });
      await api.as(owner).post(`${w.url}/${mine.id}/suggestions`, { body: 'note' }).expect(201);
      const orphan = await createProcess(t.dataSource, w.ws, { ownerId: null });
      await api.as(va).post(`${w.url}/${orphan.id}/suggestions`, { body: 'note' }).expect(201);
      await t.dataSource
        .getRepository(MembershipEntity)
        .update({ workspaceId: w.ws.id, userId: owner.user.id }, { active: false });
      await api.as(va).post(`${w.url}/${mine.id}/suggestions`, { body: 'note' }).expect(201);
      expect(await notificationsOf(owner.user.id)).toEqual([]);
    });

    it.each([[{}], [{ body: '   ' }], [{ body: 'x'.repeat(5001) }]])(
      'answers 400 to %j',
      async (input) => {
        const w = await world();
        const process = await createProcess(t.dataSource, w.ws);
        const res = await api
          .as(w.founder)
          .post(`${w.url}/${process.id}/suggestions`, input)
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['body']);
      },
    );
  });

  describe('task templates', () => {
    it("makes a template whose checklist is the process's steps", async () => {
      const w = await world();
      const obm = await api.join(w.ws, 'obm');
      const process = await createProcess(t.dataSource, w.ws, {
        title: 'Onboarding client',
        body: [
          '# Onboarding',
          'Avant le premier appel :',
          '- Envoyer le questionnaire',
          '  - [ ] Relancer à J+2',
          '1. Créer le dossier partagé',
          '2) Planifier l’appel',
          '- [x] Ajouter au CRM',
          '```',
          '- pas une étape',
          '```',
        ].join('\n'),
      });
      const res = await api.as(obm).post(`${w.url}/${process.id}/template`).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        workspaceId: w.ws.id,
        processId: process.id,
        title: 'Onboarding client',
        description: '',
        checklist: [
          { title: 'Envoyer le questionnaire' },
          { title: 'Relancer à J+2' },
          { title: 'Créer le dossier partagé' },
          { title: 'Planifier l’appel' },
          { title: 'Ajouter au CRM' },
        ],
        createdById: obm.user.id,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const [event] = await auditOf(t.dataSource, res.body.id);
      expect(event).toMatchObject({ action: 'task_template.created', actor_id: obm.user.id });

      const named = await api
        .as(obm)
        .post(`${w.url}/${process.id}/template`, {
          title: 'Onboarding express',
          description: 'Vite',
        })
        .expect(201);
      const empty = await api
        .as(obm)
        .post(
          `${w.url}/${(await createProcess(t.dataSource, w.ws, { title: 'Z', body: 'Rien' })).id}/template`,
        )
        .expect(201);
      expect(empty.body.checklist).toEqual([]);

      const va = await api.join(w.ws, 'va');
      const list = await api.as(va).get(w.templatesUrl).expect(200);
      expect(list.body.items.map((tt: { id: string }) => tt.id)).toEqual([
        res.body.id,
        named.body.id,
        empty.body.id,
      ]);
      const ofProcess = await api
        .as(va)
        .get(`${w.templatesUrl}?processId=${process.id}&limit=1`)
        .expect(200);
      expect(ofProcess.body.items.map((tt: { id: string }) => tt.id)).toEqual([res.body.id]);
      const rest = await api
        .as(va)
        .get(
          `${w.templatesUrl}?processId=${process.id}&limit=1&cursor=${ofProcess.body.nextCursor}`,
        )
        .expect(200);
      expect(rest.body).toMatchObject({ items: [{ id: named.body.id }], nextCursor: null });
      const one = await api.as(va).get(`${w.templatesUrl}/${res.body.id}`).expect(200);
      expect(one.body).toEqual(res.body);
    });

    it('answers 400 to an unknown field or an empty title', async () => {
      const w = await world();
      const process = await createProcess(t.dataSource, w.ws);
      for (const [input, field] of [
        [{ checklist: [] }, 'checklist'],
        [{ title: ' ' }, 'title'],
      ] as const) {
        const res = await api
          .as(w.founder)
          .post(`${w.url}/${process.id}/template`, input)
          .expect(400);
        expect(fieldsOf(res.body)).toEqual([field]);
      }
    });
  });
});
