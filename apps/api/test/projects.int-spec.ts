import request from 'supertest';
import type { Role } from '@relais/domain';
import type { ProjectEntity } from '../src/modules/projects/project.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import { addProjectMember, createClient, createProject, createTask } from './project-factories';
import { startTestApp, type TestApp } from './test-app';

const MANAGERS = ['founder', 'ops_director', 'obm'] as const satisfies readonly Role[];
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const MONEY_KEY = /cents|rate|amount|commission|budget|cost|margin/i;

interface Actor {
  user: UserEntity;
  token: string;
}

interface ProjectBody {
  id: string;
  clientId: string;
  clientName: string;
  name: string;
  status: string;
  dueDate: string | null;
  completedAt: string | null;
  archivedAt: string | null;
  memberIds: string[];
  progress: { total: number; done: number };
}

/** Every key of a JSON value, nested ones included. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  }
  return [];
}

function fieldsOf(body: { fields?: { field: string }[] }): string[] {
  return (body.fields ?? []).map((f) => f.field).sort();
}

describe('projects API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  async function signedIn(user: UserEntity): Promise<Actor> {
    return { user, token: (await signIn(t, user.email)).accessToken };
  }

  async function join(
    ws: WorkspaceEntity,
    role: Role,
    overrides: Parameters<typeof addMember>[4] = {},
  ): Promise<Actor> {
    const user = await createUser(t.dataSource);
    await addMember(t.dataSource, ws, user, role, overrides);
    return signedIn(user);
  }

  /** A workspace with its owner, two clients with money set, and a helper to call the API. */
  async function world() {
    const ws = await createWorkspace(t.dataSource);
    const founder = await join(ws, 'founder', { owner: true });
    const client = await createClient(t.dataSource, ws, {
      name: 'Boutique Éclat',
      engagement: 'retainer',
      hourlyRateCents: 4500,
      monthlyAmountCents: 150_000,
      commissionPercent: '10.00',
      monthlyHoursBudget: '20.00',
    });
    const other = await createClient(t.dataSource, ws, { name: 'Atelier Nord' });
    return { ws, founder, client, other, url: `/api/workspaces/${ws.id}/projects` };
  }

  const as = (actor: Actor | null) => ({
    get: (url: string) => withToken(request(t.http).get(url), actor),
    post: (url: string, body: object) => withToken(request(t.http).post(url), actor).send(body),
    patch: (url: string, body: object) => withToken(request(t.http).patch(url), actor).send(body),
    delete: (url: string) => withToken(request(t.http).delete(url), actor),
  });

  function withToken(req: request.Test, actor: Actor | null): request.Test {
    return actor ? req.set('authorization', `Bearer ${actor.token}`) : req;
  }

  /** Someone who is no member of the workspace: a plain user, or a member of another one. */
  const OUTSIDERS = [
    [
      'a user of no workspace',
      async (): Promise<Actor> => signedIn(await createUser(t.dataSource)),
    ],
    [
      'a member of another workspace',
      async (): Promise<Actor> => join(await createWorkspace(t.dataSource), 'founder'),
    ],
  ] as const;

  async function auditOf(entityId: string) {
    return t.dataSource.query(
      'SELECT action, actor_id, changes FROM audit_events WHERE entity_id = $1 ORDER BY created_at',
      [entityId],
    ) as Promise<{ action: string; actor_id: string; changes: Record<string, unknown> }[]>;
  }

  describe('GET /workspaces/:ws/projects', () => {
    it('requires authentication', async () => {
      const { url } = await world();
      await as(null).get(url).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { ws, client, url } = await world();
      await createProject(t.dataSource, ws, client);
      await as(await outsider())
        .get(url)
        .expect(404);
    });

    it('answers 400 to a workspace id that is not a UUID', async () => {
      const { founder } = await world();
      const res = await as(founder).get('/api/workspaces/not-a-uuid/projects').expect(400);
      expect(fieldsOf(res.body)).toEqual(['ws']);
    });

    it.each(MANAGERS)(
      'lists every project to an unscoped %s, by due date (undated last), name and id',
      async (role) => {
        const { ws, client, other, url } = await world();
        const actor = await join(ws, role);
        const made = [
          await createProject(t.dataSource, ws, client, { name: 'Beta', dueDate: '2026-03-01' }),
          await createProject(t.dataSource, ws, other, { name: 'Alpha', dueDate: null }),
          await createProject(t.dataSource, ws, client, { name: 'Alpha', dueDate: '2026-03-01' }),
          await createProject(t.dataSource, ws, other, { name: 'Gamma', dueDate: '2026-01-15' }),
          await createProject(t.dataSource, ws, client, { name: 'Alpha', dueDate: '2026-03-01' }),
        ];
        await createProject(t.dataSource, ws, client, { archivedAt: new Date() });

        const res = await as(actor).get(url).expect(200);

        const sameAlpha = [made[2].id, made[4].id].sort();
        expect(res.body.items.map((p: ProjectBody) => p.id)).toEqual([
          made[3].id,
          ...sameAlpha,
          made[0].id,
          made[1].id,
        ]);
        expect(res.body.nextCursor).toBeNull();
      },
    );

    it('answers each project with its client, members and task counts, without money', async () => {
      const { ws, founder, client, url } = await world();
      const va = await join(ws, 'va');
      const obm = await join(ws, 'obm');
      const project = await createProject(t.dataSource, ws, client, {
        name: 'Refonte',
        description: 'Le site',
        ownerId: obm.user.id,
        status: 'active',
        startDate: '2026-01-05',
        dueDate: '2026-02-27',
      });
      await addProjectMember(t.dataSource, project, va.user);
      await addProjectMember(t.dataSource, project, obm.user);
      await createTask(t.dataSource, project, { status: 'done' });
      await createTask(t.dataSource, project, { status: 'done' });
      await createTask(t.dataSource, project, { status: 'in_progress' });
      await createTask(t.dataSource, project);
      const empty = await createProject(t.dataSource, ws, client, { dueDate: '2026-12-31' });

      const res = await as(founder).get(url).expect(200);

      expect(res.body.items).toEqual([
        {
          id: project.id,
          workspaceId: ws.id,
          clientId: client.id,
          clientName: 'Boutique Éclat',
          name: 'Refonte',
          description: 'Le site',
          ownerId: obm.user.id,
          status: 'active',
          startDate: '2026-01-05',
          dueDate: '2026-02-27',
          completedAt: null,
          archivedAt: null,
          memberIds: [va.user.id, obm.user.id].sort(),
          progress: { total: 4, done: 2 },
          createdAt: project.createdAt.toISOString(),
          updatedAt: project.updatedAt.toISOString(),
        },
        expect.objectContaining({ id: empty.id, memberIds: [], progress: { total: 0, done: 0 } }),
      ]);
    });

    it('reads a page in the same number of queries whatever its size (no N+1)', async () => {
      const { ws, founder, client, url } = await world();
      const va = await join(ws, 'va');
      const fill = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const project = await createProject(t.dataSource, ws, client);
          await addProjectMember(t.dataSource, project, va.user);
          await createTask(t.dataSource, project, { status: 'done' });
          await createTask(t.dataSource, project, { assigneeId: va.user.id });
        }
      };
      const runner = t.dataSource.createQueryRunner();
      const query = jest.spyOn(Object.getPrototypeOf(runner), 'query');
      await runner.release();
      const queriesFor = async (actor: Actor) => {
        query.mockClear();
        const res = await as(actor).get(url).expect(200);
        return { count: query.mock.calls.length, items: res.body.items.length };
      };
      try {
        await fill(1);
        const one = { founder: await queriesFor(founder), va: await queriesFor(va) };
        await fill(12);
        const many = { founder: await queriesFor(founder), va: await queriesFor(va) };

        expect(one).toEqual({
          founder: { count: expect.any(Number), items: 1 },
          va: { count: expect.any(Number), items: 1 },
        });
        expect(many.founder).toEqual({ count: one.founder.count, items: 13 });
        expect(many.va).toEqual({ count: one.va.count, items: 13 });
        expect(one.founder.count).toBeGreaterThan(1);
      } finally {
        query.mockRestore();
      }
    });

    it.each([...MANAGERS, 'va'] as const)('never shows money to a %s', async (role) => {
      const { ws, client, url } = await world();
      const actor = await join(ws, role);
      const project = await createProject(t.dataSource, ws, client);
      await addProjectMember(t.dataSource, project, actor.user);

      const list = await as(actor).get(url).expect(200);
      const one = await as(actor).get(`${url}/${project.id}`).expect(200);

      expect(list.body.items).toHaveLength(1);
      expect(keysOf([list.body, one.body]).filter((key) => MONEY_KEY.test(key))).toEqual([]);
    });

    it('shows a client-scoped OBM only the projects of her clients', async () => {
      const { ws, client, other, url } = await world();
      const obm = await join(ws, 'obm', { clientIds: [client.id] });
      const mine = await createProject(t.dataSource, ws, client);
      const theirs = await createProject(t.dataSource, ws, other);

      const res = await as(obm).get(url).expect(200);
      expect(res.body.items.map((p: ProjectBody) => p.id)).toEqual([mine.id]);
      const filtered = await as(obm).get(`${url}?clientId=${other.id}`).expect(200);
      expect(filtered.body.items).toEqual([]);
      await as(obm).get(`${url}/${theirs.id}`).expect(404);
      await as(obm).get(`${url}/${mine.id}`).expect(200);
    });

    it('shows a VA only the projects she is a member of or has a task in', async () => {
      const { ws, client, url } = await world();
      const va = await join(ws, 'va');
      const colleague = await join(ws, 'va');
      const member = await createProject(t.dataSource, ws, client, { name: 'A member' });
      await addProjectMember(t.dataSource, member, va.user);
      const assigned = await createProject(t.dataSource, ws, client, { name: 'B assigned' });
      await createTask(t.dataSource, assigned, { assigneeId: va.user.id });
      const elsewhere = await createProject(t.dataSource, ws, client, { name: 'C elsewhere' });
      await addProjectMember(t.dataSource, elsewhere, colleague.user);
      await createTask(t.dataSource, elsewhere, {
        assigneeId: colleague.user.id,
        createdById: va.user.id,
      });

      const res = await as(va).get(url).expect(200);

      expect(res.body.items.map((p: ProjectBody) => p.id)).toEqual([member.id, assigned.id]);
      await as(va).get(`${url}/${member.id}`).expect(200);
      await as(va).get(`${url}/${assigned.id}`).expect(200);
      await as(va).get(`${url}/${elsewhere.id}`).expect(404);
    });

    it('leaves archived projects out unless includeArchived=true', async () => {
      const { ws, founder, client, url } = await world();
      const open = await createProject(t.dataSource, ws, client, { name: 'Open' });
      const archived = await createProject(t.dataSource, ws, client, {
        name: 'Shelved',
        archivedAt: new Date(),
      });

      const res = await as(founder).get(url).expect(200);
      expect(res.body.items.map((p: ProjectBody) => p.id)).toEqual([open.id]);
      const all = await as(founder).get(`${url}?includeArchived=true`).expect(200);
      expect(all.body.items.map((p: ProjectBody) => p.id)).toEqual([open.id, archived.id]);
    });

    it('filters by client and by status', async () => {
      const { ws, founder, client, other, url } = await world();
      const active = await createProject(t.dataSource, ws, client, { status: 'active' });
      const done = await createProject(t.dataSource, ws, client, { status: 'done' });
      const elsewhere = await createProject(t.dataSource, ws, other, { status: 'active' });

      const byClient = await as(founder).get(`${url}?clientId=${other.id}`).expect(200);
      expect(byClient.body.items.map((p: ProjectBody) => p.id)).toEqual([elsewhere.id]);
      const byStatus = await as(founder).get(`${url}?status=done`).expect(200);
      expect(byStatus.body.items.map((p: ProjectBody) => p.id)).toEqual([done.id]);
      const both = await as(founder).get(`${url}?clientId=${client.id}&status=active`).expect(200);
      expect(both.body.items.map((p: ProjectBody) => p.id)).toEqual([active.id]);
    });

    it('walks every page once with the cursor, ties and undated projects included', async () => {
      const { ws, founder, client, url } = await world();
      const dues = ['2026-05-01', null, '2026-04-01', '2026-05-01', null, '2026-05-01', null];
      const names = ['Same', 'Same', 'Other', 'Same', 'Zeta', 'Alpha', 'Same'];
      const made: ProjectEntity[] = [];
      for (const [i, dueDate] of dues.entries()) {
        made.push(await createProject(t.dataSource, ws, client, { dueDate, name: names[i] }));
      }
      const expected = [...made]
        .sort(
          (a, b) =>
            (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
            (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
            (a.id < b.id ? -1 : 1),
        )
        .map((p) => p.id);

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
        const res = await as(founder).get(`${url}${query}`).expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((p: ProjectBody) => p.id));
        cursor = res.body.nextCursor;
        pages++;
      } while (cursor && pages < 10);

      expect(seen).toEqual(expected);
      expect(pages).toBe(4);
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=ten', 'limit'],
      ['status=finished', 'status'],
      ['clientId=42', 'clientId'],
      ['includeArchived=yes', 'includeArchived'],
      ['cursor=not-a-cursor', 'cursor'],
      [`cursor=${Buffer.from('["x","y","z"]').toString('base64url')}`, 'cursor'],
      ['workspaceId=x', 'workspaceId'],
    ])('answers 400 naming the parameter for ?%s', async (query, field) => {
      const { founder, url } = await world();
      const res = await as(founder).get(`${url}?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([field]);
    });
  });

  describe('POST /workspaces/:ws/projects', () => {
    it('requires authentication', async () => {
      const { client, url } = await world();
      await as(null).post(url, { clientId: client.id, name: 'X' }).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { client, url } = await world();
      await as(await outsider())
        .post(url, { clientId: client.id, name: 'X' })
        .expect(404);
    });

    it('answers 403 to a VA', async () => {
      const { ws, client, url } = await world();
      const va = await join(ws, 'va');
      await as(va).post(url, { clientId: client.id, name: 'X' }).expect(403);
      expect(
        await t.dataSource.query('SELECT 1 FROM projects WHERE workspace_id = $1', [ws.id]),
      ).toEqual([]);
    });

    it.each(MANAGERS)(
      'lets a %s create a project, owned by her by default, and audits it',
      async (role) => {
        const { ws, client, url } = await world();
        const actor = await join(ws, role);
        const va = await join(ws, 'va');
        const obm = await join(ws, 'obm', { clientIds: [client.id] });

        const res = await as(actor)
          .post(url, {
            clientId: client.id,
            name: '  Lancement  ',
            description: 'Boutique en ligne',
            startDate: '2026-01-05',
            dueDate: '2026-02-27',
            memberIds: [va.user.id, obm.user.id],
          })
          .expect(201);

        expect(res.body).toEqual({
          id: expect.any(String),
          workspaceId: ws.id,
          clientId: client.id,
          clientName: client.name,
          name: 'Lancement',
          description: 'Boutique en ligne',
          ownerId: actor.user.id,
          status: 'planned',
          startDate: '2026-01-05',
          dueDate: '2026-02-27',
          completedAt: null,
          archivedAt: null,
          memberIds: [va.user.id, obm.user.id].sort(),
          progress: { total: 0, done: 0 },
          // made here, not from an idea
          sourceIdea: null,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        });
        const fetched = await as(actor).get(`${url}/${res.body.id}`).expect(200);
        expect(fetched.body).toEqual(res.body);
        const [event] = await auditOf(res.body.id);
        expect(event).toMatchObject({
          action: 'project.created',
          actor_id: actor.user.id,
          changes: {
            name: { before: null, after: 'Lancement' },
            clientId: { before: null, after: client.id },
            memberIds: { before: null, after: [va.user.id, obm.user.id].sort() },
          },
        });
      },
    );

    it('sets completedAt when created done, and takes an explicit owner or none', async () => {
      const { ws, founder, client, url } = await world();
      const obm = await join(ws, 'obm');

      const done = await as(founder)
        .post(url, { clientId: client.id, name: 'Fini', status: 'done', ownerId: obm.user.id })
        .expect(201);
      expect(done.body).toMatchObject({ status: 'done', ownerId: obm.user.id });
      expect(Date.now() - Date.parse(done.body.completedAt)).toBeLessThan(60_000);

      const ownerless = await as(founder)
        .post(url, { clientId: client.id, name: 'Orphelin', ownerId: null, status: 'active' })
        .expect(201);
      expect(ownerless.body).toMatchObject({ ownerId: null, completedAt: null });
    });

    it.each([
      ['nothing', { clientId: undefined, name: undefined }, ['clientId', 'name']],
      ['a blank name', { name: '   ' }, ['name']],
      ['a name over 160 characters', { name: 'x'.repeat(161) }, ['name']],
      [
        'wrong types',
        { name: 42, description: ['x'], status: 1 },
        ['description', 'name', 'status'],
      ],
      ['a null description', { description: null }, ['description']],
      ['an unknown status', { status: 'finished' }, ['status']],
      ['a date that does not exist', { dueDate: '2026-02-30' }, ['dueDate']],
      ['a date without zero padding', { startDate: '2026-1-5' }, ['startDate']],
      ['a date with a time', { dueDate: '2026-01-05T10:00:00Z' }, ['dueDate']],
      ['a compact date', { startDate: '20260105' }, ['startDate']],
      ['a number as a date', { dueDate: 20260105 }, ['dueDate']],
      [
        'a due date before the start',
        { startDate: '2026-03-02', dueDate: '2026-03-01' },
        ['dueDate'],
      ],
      ['a clientId that is not a UUID', { clientId: 'acme' }, ['clientId']],
      ['an ownerId that is not a UUID', { ownerId: 'me' }, ['ownerId']],
      ['memberIds that is not a list', { memberIds: 'all' }, ['memberIds']],
      ['memberIds with a bad id', { memberIds: ['nope'] }, ['memberIds']],
      ['memberIds with a duplicate', { memberIds: [MISSING_ID, MISSING_ID] }, ['memberIds']],
      ['an unknown field', { color: 'red' }, ['color']],
      [
        'server-owned fields',
        {
          id: MISSING_ID,
          workspaceId: MISSING_ID,
          createdAt: '2020-01-01T00:00:00Z',
          updatedAt: '2020-01-01T00:00:00Z',
          completedAt: '2020-01-01T00:00:00Z',
          archivedAt: '2020-01-01T00:00:00Z',
        },
        ['archivedAt', 'completedAt', 'createdAt', 'id', 'updatedAt', 'workspaceId'],
      ],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const { ws, founder, client, url } = await world();
      const res = await as(founder)
        .post(url, { clientId: client.id, name: 'Valid', ...body })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual([...fields].sort());
      expect(
        await t.dataSource.query('SELECT 1 FROM projects WHERE workspace_id = $1', [ws.id]),
      ).toEqual([]);
    });

    it('answers 400 on clientId for a client that is unknown, elsewhere, archived or out of scope', async () => {
      const { ws, founder, client, other, url } = await world();
      const foreign = await createClient(t.dataSource, await createWorkspace(t.dataSource));
      const archived = await createClient(t.dataSource, ws, { archivedAt: new Date() });
      const scoped = await join(ws, 'obm', { clientIds: [client.id] });

      for (const [actor, clientId] of [
        [founder, MISSING_ID],
        [founder, foreign.id],
        [founder, archived.id],
        [scoped, other.id],
      ] as const) {
        const res = await as(actor).post(url, { clientId, name: 'X' }).expect(400);
        expect(fieldsOf(res.body)).toEqual(['clientId']);
      }
      await as(scoped).post(url, { clientId: client.id, name: 'Mine' }).expect(201);
    });

    it('answers 400 on ownerId and memberIds for people who may not work on the client', async () => {
      const { ws, founder, client, other, url } = await world();
      const stranger = await createUser(t.dataSource);
      const inactive = await join(ws, 'va', { active: false });
      const scopedElsewhere = await join(ws, 'va', { clientIds: [other.id] });
      const foreigner = await join(await createWorkspace(t.dataSource), 'va');
      const fine = await join(ws, 'va', { clientIds: [client.id] });

      for (const userId of [
        stranger.id,
        inactive.user.id,
        scopedElsewhere.user.id,
        foreigner.user.id,
      ]) {
        const res = await as(founder)
          .post(url, { clientId: client.id, name: 'X', ownerId: userId, memberIds: [userId] })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['memberIds', 'ownerId']);
        expect(JSON.stringify(res.body.fields)).toContain(userId);
      }
      await as(founder)
        .post(url, {
          clientId: client.id,
          name: 'X',
          ownerId: fine.user.id,
          memberIds: [fine.user.id],
        })
        .expect(201);
    });
  });

  describe('GET /workspaces/:ws/projects/:id', () => {
    it('requires authentication', async () => {
      const { ws, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client);
      await as(null).get(`${url}/${project.id}`).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { ws, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client);
      await as(await outsider())
        .get(`${url}/${project.id}`)
        .expect(404);
    });

    it('answers 404 for an unknown project or one of another workspace', async () => {
      const { founder, url } = await world();
      const elsewhere = await world();
      const foreign = await createProject(t.dataSource, elsewhere.ws, elsewhere.client);
      await as(founder).get(`${url}/${MISSING_ID}`).expect(404);
      await as(founder).get(`${url}/${foreign.id}`).expect(404);
    });

    it('answers 400 to an id that is not a UUID', async () => {
      const { founder, url } = await world();
      const res = await as(founder).get(`${url}/not-a-uuid`).expect(400);
      expect(fieldsOf(res.body)).toEqual(['id']);
    });

    it('answers an archived project too', async () => {
      const { ws, founder, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client, { archivedAt: new Date() });
      const res = await as(founder).get(`${url}/${project.id}`).expect(200);
      expect(res.body.archivedAt).toBe(project.archivedAt?.toISOString());
    });
  });

  describe('PATCH /workspaces/:ws/projects/:id', () => {
    it('requires authentication', async () => {
      const { ws, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client);
      await as(null).patch(`${url}/${project.id}`, { name: 'X' }).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { ws, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client);
      await as(await outsider())
        .patch(`${url}/${project.id}`, { name: 'X' })
        .expect(404);
    });

    it('answers 403 to a VA, even on a project she belongs to', async () => {
      const { ws, client, url } = await world();
      const va = await join(ws, 'va');
      const project = await createProject(t.dataSource, ws, client, { name: 'Kept' });
      await addProjectMember(t.dataSource, project, va.user);
      await as(va).patch(`${url}/${project.id}`, { name: 'X' }).expect(403);
      const res = await as(va).get(`${url}/${project.id}`).expect(200);
      expect(res.body.name).toBe('Kept');
    });

    it('answers 404 to a client-scoped OBM on a project of another client, and 400 to bad ids', async () => {
      const { ws, client, other, url } = await world();
      const obm = await join(ws, 'obm', { clientIds: [client.id] });
      const theirs = await createProject(t.dataSource, ws, other);
      await as(obm).patch(`${url}/${theirs.id}`, { name: 'X' }).expect(404);
      await as(obm).patch(`${url}/${MISSING_ID}`, { name: 'X' }).expect(404);
      await as(obm).patch(`${url}/123`, { name: 'X' }).expect(400);
      // nor can she move one of hers to a client she cannot see
      const mine = await createProject(t.dataSource, ws, client);
      const res = await as(obm).patch(`${url}/${mine.id}`, { clientId: other.id }).expect(400);
      expect(fieldsOf(res.body)).toEqual(['clientId']);
    });

    it.each(MANAGERS)('lets a %s edit a project and audits before and after', async (role) => {
      const { ws, client, url } = await world();
      const actor = await join(ws, role);
      const project = await createProject(t.dataSource, ws, client, {
        name: 'Avant',
        dueDate: '2026-03-01',
      });

      const res = await as(actor)
        .patch(`${url}/${project.id}`, {
          name: 'Après',
          description: 'Nouveau',
          status: 'active',
          dueDate: null,
        })
        .expect(200);

      expect(res.body).toMatchObject({
        id: project.id,
        name: 'Après',
        description: 'Nouveau',
        status: 'active',
        dueDate: null,
        completedAt: null,
      });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(project.updatedAt.getTime());
      const events = await auditOf(project.id);
      expect(events).toEqual([
        {
          action: 'project.updated',
          actor_id: actor.user.id,
          changes: {
            name: { before: 'Avant', after: 'Après' },
            description: { before: '', after: 'Nouveau' },
            status: { before: 'planned', after: 'active' },
            dueDate: { before: '2026-03-01', after: null },
          },
        },
      ]);
    });

    it('sets completedAt on entering done, keeps it while done and clears it on leaving', async () => {
      const { ws, founder, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client, { status: 'active' });
      const path = `${url}/${project.id}`;

      const done = await as(founder).patch(path, { status: 'done' }).expect(200);
      expect(done.body.completedAt).toEqual(expect.any(String));
      const again = await as(founder).patch(path, { status: 'done', name: 'Renamed' }).expect(200);
      expect(again.body.completedAt).toBe(done.body.completedAt);
      const reopened = await as(founder).patch(path, { status: 'on_hold' }).expect(200);
      expect(reopened.body.completedAt).toBeNull();
      const cancelled = await as(founder).patch(path, { status: 'cancelled' }).expect(200);
      expect(cancelled.body.completedAt).toBeNull();
    });

    it('replaces the member set with memberIds', async () => {
      const { ws, founder, client, url } = await world();
      const [a, b, c] = [await join(ws, 'va'), await join(ws, 'va'), await join(ws, 'obm')];
      const project = await createProject(t.dataSource, ws, client);
      await addProjectMember(t.dataSource, project, a.user);
      await addProjectMember(t.dataSource, project, b.user);

      const res = await as(founder)
        .patch(`${url}/${project.id}`, { memberIds: [c.user.id, b.user.id] })
        .expect(200);
      expect(res.body.memberIds).toEqual([b.user.id, c.user.id].sort());
      const cleared = await as(founder)
        .patch(`${url}/${project.id}`, { memberIds: [] })
        .expect(200);
      expect(cleared.body.memberIds).toEqual([]);
      const [, last] = await auditOf(project.id);
      expect(last.changes).toEqual({
        memberIds: { before: [b.user.id, c.user.id].sort(), after: [] },
      });
      // a VA who left the project no longer sees it
      await as(a).get(`${url}/${project.id}`).expect(404);
    });

    it('moves the tasks with the project to another client', async () => {
      const { ws, founder, client, other, url } = await world();
      const project = await createProject(t.dataSource, ws, client);
      const tasks = [
        await createTask(t.dataSource, project),
        await createTask(t.dataSource, project, { status: 'done' }),
      ];
      const untouched = await createTask(
        t.dataSource,
        await createProject(t.dataSource, ws, client),
      );

      const res = await as(founder)
        .patch(`${url}/${project.id}`, { clientId: other.id })
        .expect(200);

      expect(res.body).toMatchObject({
        clientId: other.id,
        clientName: other.name,
        progress: { total: 2, done: 1 },
      });
      const rows: { id: string; client_id: string }[] = await t.dataSource.query(
        'SELECT id, client_id FROM tasks WHERE id = ANY($1) ORDER BY id',
        [[...tasks, untouched].map((task) => task.id)],
      );
      expect(Object.fromEntries(rows.map((r) => [r.id, r.client_id]))).toEqual({
        [tasks[0].id]: other.id,
        [tasks[1].id]: other.id,
        [untouched.id]: client.id,
      });
    });

    it('refuses to move a project to a client its people may not see', async () => {
      const { ws, founder, client, other, url } = await world();
      const scopedVa = await join(ws, 'va', { clientIds: [client.id] });
      const project = await createProject(t.dataSource, ws, client, {
        ownerId: scopedVa.user.id,
      });
      await addProjectMember(t.dataSource, project, scopedVa.user);
      const task = await createTask(t.dataSource, project);

      const res = await as(founder)
        .patch(`${url}/${project.id}`, { clientId: other.id })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['memberIds', 'ownerId']);
      const [row] = await t.dataSource.query('SELECT client_id FROM tasks WHERE id = $1', [
        task.id,
      ]);
      expect(row.client_id).toBe(client.id);
      await as(founder)
        .patch(`${url}/${project.id}`, { clientId: other.id, ownerId: null, memberIds: [] })
        .expect(200);
    });

    it('checks the dates against the ones already stored', async () => {
      const { ws, founder, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client, {
        startDate: '2026-03-10',
        dueDate: '2026-03-20',
      });
      const path = `${url}/${project.id}`;

      const early = await as(founder).patch(path, { dueDate: '2026-03-09' }).expect(400);
      expect(fieldsOf(early.body)).toEqual(['dueDate']);
      const late = await as(founder).patch(path, { startDate: '2026-03-21' }).expect(400);
      expect(fieldsOf(late.body)).toEqual(['startDate']);
      const res = await as(founder)
        .patch(path, { startDate: null, dueDate: '2026-03-01' })
        .expect(200);
      expect(res.body).toMatchObject({ startDate: null, dueDate: '2026-03-01' });
    });

    it.each([
      ['a null name', { name: null }, ['name']],
      ['a null clientId', { clientId: null }, ['clientId']],
      ['a null status', { status: null }, ['status']],
      ['null memberIds', { memberIds: null }, ['memberIds']],
      ['a bad date', { startDate: '2026-13-01' }, ['startDate']],
      [
        'server-owned fields',
        { id: MISSING_ID, workspaceId: MISSING_ID, createdAt: 'x', completedAt: null, version: 2 },
        ['completedAt', 'createdAt', 'id', 'version', 'workspaceId'],
      ],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const { ws, founder, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client, { name: 'Kept' });
      const res = await as(founder).patch(`${url}/${project.id}`, body).expect(400);
      expect(fieldsOf(res.body)).toEqual([...fields].sort());
      const [row] = await t.dataSource.query('SELECT name FROM projects WHERE id = $1', [
        project.id,
      ]);
      expect(row.name).toBe('Kept');
    });

    it('changes nothing and audits nothing for an empty edit', async () => {
      const { ws, founder, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client, { name: 'Same' });
      const res = await as(founder).patch(`${url}/${project.id}`, { name: 'Same' }).expect(200);
      expect(res.body.updatedAt).toBe(project.updatedAt.toISOString());
      expect(await auditOf(project.id)).toEqual([]);
    });
  });

  describe('DELETE /workspaces/:ws/projects/:id', () => {
    it('requires authentication', async () => {
      const { ws, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client);
      await as(null).delete(`${url}/${project.id}`).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { ws, client, url } = await world();
      const project = await createProject(t.dataSource, ws, client);
      await as(await outsider())
        .delete(`${url}/${project.id}`)
        .expect(404);
    });

    it('answers 403 to a VA, 404 out of scope and 400 to a bad id', async () => {
      const { ws, client, other, url } = await world();
      const va = await join(ws, 'va');
      const obm = await join(ws, 'obm', { clientIds: [other.id] });
      const project = await createProject(t.dataSource, ws, client);
      await addProjectMember(t.dataSource, project, va.user);
      await as(va).delete(`${url}/${project.id}`).expect(403);
      await as(obm).delete(`${url}/${project.id}`).expect(404);
      await as(obm).delete(`${url}/not-a-uuid`).expect(400);
      const [row] = await t.dataSource.query('SELECT archived_at FROM projects WHERE id = $1', [
        project.id,
      ]);
      expect(row.archived_at).toBeNull();
    });

    it.each(MANAGERS)('lets a %s archive a project, once', async (role) => {
      const { ws, client, url } = await world();
      const actor = await join(ws, role);
      const project = await createProject(t.dataSource, ws, client);
      await createTask(t.dataSource, project);

      await as(actor).delete(`${url}/${project.id}`).expect(204);
      await as(actor).delete(`${url}/${project.id}`).expect(204);

      const list = await as(actor).get(url).expect(200);
      expect(list.body.items).toEqual([]);
      const one = await as(actor).get(`${url}/${project.id}`).expect(200);
      expect(one.body.archivedAt).toEqual(expect.any(String));
      const events = await auditOf(project.id);
      expect(events).toEqual([
        {
          action: 'project.archived',
          actor_id: actor.user.id,
          changes: { archivedAt: { before: null, after: one.body.archivedAt } },
        },
      ]);
    });
  });
});
