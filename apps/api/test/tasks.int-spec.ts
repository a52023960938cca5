import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Role } from '@relais/domain';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import {
  addProjectMember,
  captureQueries,
  createClient,
  createProject,
  createProcess,
  createSignedInMember,
  createTask,
  createTeam,
  type Team,
} from './task-factories';
import { startTestApp, type TestApp } from './test-app';
import { createTimeEntry } from './time-factories';

const MANAGERS = ['founder', 'ops_director', 'obm'] as const satisfies readonly Role[];

function fieldsOf(res: request.Response): string[] {
  return (res.body.fields as { field: string }[]).map((f) => f.field).sort();
}

describe('tasks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  function as(token: string) {
    return {
      get: (url: string) => request(t.http).get(url).auth(token, { type: 'bearer' }),
      post: (url: string, body: object) =>
        request(t.http).post(url).auth(token, { type: 'bearer' }).send(body),
      patch: (url: string, body: object) =>
        request(t.http).patch(url).auth(token, { type: 'bearer' }).send(body),
      delete: (url: string) => request(t.http).delete(url).auth(token, { type: 'bearer' }),
    };
  }

  const tasksUrl = (team: Team) => `/api/workspaces/${team.workspace.id}/tasks`;
  const taskUrl = (team: Team, id: string) => `${tasksUrl(team)}/${id}`;

  async function outsiderToken(): Promise<string> {
    const user = await createUser(t.dataSource);
    // a member elsewhere, to be sure membership of another workspace gives nothing here
    await addMember(t.dataSource, await createWorkspace(t.dataSource), user, 'founder', {
      owner: true,
    });
    return (await signIn(t, user.email)).accessToken;
  }

  /** A task in another workspace, to ask for through this one. */
  async function foreignTask(): Promise<TaskEntity> {
    const workspace = await createWorkspace(t.dataSource);
    const project = await createProject(t.dataSource, await createClient(t.dataSource, workspace));
    return createTask(t.dataSource, project);
  }

  describe('GET /api/workspaces/:ws/tasks', () => {
    let team: Team;
    let ids: Record<'a1' | 'a2' | 'b1' | 'b2' | 'c1' | 'd1', string>;
    let scopedObm: string;

    // projects: A (the VA belongs to it), B (the VA has a task in it), C (nothing of hers),
    // D (another client, the only one a scoped OBM sees)
    beforeAll(async () => {
      team = await createTeam(t);
      const { obm, va } = team.members;
      const projectB = await createProject(t.dataSource, team.client);
      const projectC = await createProject(t.dataSource, team.client);
      const client2 = await createClient(t.dataSource, team.workspace);
      const projectD = await createProject(t.dataSource, client2);
      const task = (p: typeof projectB, o: Parameters<typeof createTask>[2] = {}) =>
        createTask(t.dataSource, p, o).then((x) => x.id);
      ids = {
        a1: await task(team.project),
        a2: await task(team.project, { assigneeId: obm.user.id }),
        b1: await task(projectB, { assigneeId: va.user.id }),
        b2: await task(projectB),
        c1: await task(projectC),
        d1: await task(projectD),
      };
      scopedObm = (
        await createSignedInMember(t, team.workspace, 'obm', { clientIds: [client2.id] })
      ).token;
    });

    it('requires authentication', async () => {
      await request(t.http).get(tasksUrl(team)).expect(401);
    });

    it('answers 404 to a non-member and 400 to a malformed workspace id', async () => {
      await as(await outsiderToken())
        .get(tasksUrl(team))
        .expect(404);
      const res = await as(team.members.obm.token).get('/api/workspaces/nope/tasks').expect(400);
      expect(fieldsOf(res)).toEqual(['ws']);
    });

    it.each(MANAGERS)('shows a %s every task of the workspace', async (role) => {
      const res = await as(team.members[role].token).get(tasksUrl(team)).expect(200);
      expect(res.body.items.map((x: { id: string }) => x.id).sort()).toEqual(
        Object.values(ids).sort(),
      );
    });

    it('shows a VA the tasks of the projects she belongs to or has a task in', async () => {
      const res = await as(team.members.va.token).get(tasksUrl(team)).expect(200);
      expect(res.body.items.map((x: { id: string }) => x.id).sort()).toEqual(
        [ids.a1, ids.a2, ids.b1, ids.b2].sort(),
      );
    });

    it("shows a client-scoped member only her clients' tasks", async () => {
      const res = await as(scopedObm).get(tasksUrl(team)).expect(200);
      expect(res.body.items.map((x: { id: string }) => x.id)).toEqual([ids.d1]);
    });

    it('reads the page in one query on tasks, whatever the number of projects', async () => {
      const queries = await captureQueries(() =>
        as(team.members.va.token).get(tasksUrl(team)).expect(200),
      );
      expect(queries.filter((q) => /FROM "tasks"/i.test(q))).toHaveLength(1);
    });

    it('pages through the board order (status, position, id) without repeating a task', async () => {
      const project = await createProject(t.dataSource, team.client);
      const specs = [
        { status: 'done', position: 1000 },
        { status: 'todo', position: 2000 },
        { status: 'todo', position: 1000 },
        { status: 'in_review', position: 500 },
        { status: 'in_progress', position: 3000 },
        { status: 'todo', position: 2000 },
        { status: 'in_progress', position: -10.5 },
      ] as const;
      const tasks = [];
      for (const spec of specs) tasks.push(await createTask(t.dataSource, project, spec));
      const rank = { todo: 0, in_progress: 1, in_review: 2, done: 3 };
      const expected = [...tasks]
        .sort(
          (x, y) =>
            rank[x.status] - rank[y.status] ||
            x.position - y.position ||
            (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
        )
        .map((x) => x.id);

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: request.Response = await as(team.members.obm.token)
          .get(tasksUrl(team))
          .query({ projectId: project.id, limit: 3, ...(cursor && { cursor }) })
          .expect(200);
        seen.push(...res.body.items.map((x: { id: string }) => x.id));
        cursor = res.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(expected);
    });

    it('filters by project, assignee, status (one or several) and due date', async () => {
      const project = await createProject(t.dataSource, team.client);
      const va = team.members.va.user.id;
      const mk = (o: Parameters<typeof createTask>[2]) =>
        createTask(t.dataSource, project, o).then((x) => x.id);
      const early = await mk({ status: 'todo', assigneeId: va, dueDate: '2026-01-10' });
      const late = await mk({ status: 'in_progress', dueDate: '2026-02-01' });
      const done = await mk({ status: 'done', assigneeId: va, completedAt: new Date() });
      const list = async (query: Record<string, string>) => {
        const res = await as(team.members.founder.token)
          .get(tasksUrl(team))
          .query({ projectId: project.id, ...query })
          .expect(200);
        return res.body.items.map((x: { id: string }) => x.id).sort();
      };
      expect(await list({})).toEqual([early, late, done].sort());
      expect(await list({ assigneeId: va })).toEqual([early, done].sort());
      expect(await list({ status: 'todo' })).toEqual([early]);
      expect(await list({ status: 'todo,done' })).toEqual([early, done].sort());
      expect(await list({ dueBefore: '2026-02-01' })).toEqual([early]);
      expect(await list({ dueBefore: '2026-02-02', status: 'in_progress' })).toEqual([late]);
    });

    it.each([
      ['an unknown status', { status: 'todo,bogus' }, ['status']],
      ['an impossible date', { dueBefore: '2026-02-30' }, ['dueBefore']],
      ['a date with a time', { dueBefore: '2026-02-01T10:00:00Z' }, ['dueBefore']],
      ['malformed ids', { projectId: 'nope', assigneeId: '42' }, ['assigneeId', 'projectId']],
      ['a limit of 0', { limit: '0' }, ['limit']],
      ['a limit over 200', { limit: '201' }, ['limit']],
      ['a made-up cursor', { cursor: 'garbage' }, ['cursor']],
      [
        'a cursor of the wrong shape',
        { cursor: Buffer.from('["x",1,"y"]').toString('base64url') },
        ['cursor'],
      ],
      ['an unknown parameter', { sort: 'title' }, ['sort']],
    ])('answers 400 to %s', async (_label, query, fields) => {
      const res = await as(team.members.obm.token).get(tasksUrl(team)).query(query).expect(400);
      expect(fieldsOf(res)).toEqual(fields);
    });
  });

  describe('POST /api/workspaces/:ws/tasks', () => {
    let team: Team;

    beforeAll(async () => {
      team = await createTeam(t);
    });

    it('requires authentication', async () => {
      await request(t.http)
        .post(tasksUrl(team))
        .send({ projectId: team.project.id, title: 'x' })
        .expect(401);
    });

    it('notifies the assignee of a new task', async () => {
      const va = team.members.va;
      const res = await as(team.members.obm.token)
        .post(tasksUrl(team), {
          projectId: team.project.id,
          title: 'Notified task',
          assigneeId: va.user.id,
        })
        .expect(201);
      const rows = await t.dataSource.query(
        `SELECT kind FROM notifications WHERE user_id = $1 AND data->>'taskId' = $2`,
        [va.user.id, res.body.id],
      );
      expect(rows.map((r: { kind: string }) => r.kind)).toEqual(['task_assigned']);
    });

    it('answers 404 to a non-member', async () => {
      await as(await outsiderToken())
        .post(tasksUrl(team), { projectId: team.project.id, title: 'x' })
        .expect(404);
    });

    it('answers 404 for a project of another workspace or out of the caller’s sight', async () => {
      const foreign = await foreignTask();
      await as(team.members.obm.token)
        .post(tasksUrl(team), { projectId: foreign.projectId, title: 'x' })
        .expect(404);
      const hidden = await createProject(t.dataSource, team.client);
      await as(team.members.va.token)
        .post(tasksUrl(team), { projectId: hidden.id, title: 'x' })
        .expect(404);
    });

    it.each(MANAGERS)('lets a %s create a task, with every field', async (role) => {
      const caller = team.members[role];
      const assignee = team.members.va.user.id;
      const sop = await createProcess(t.dataSource, team.workspace);
      const res = await as(caller.token)
        .post(tasksUrl(team), {
          projectId: team.project.id,
          title: '  Write the launch email ',
          description: 'Three paragraphs',
          assigneeId: assignee.toUpperCase(),
          dueDate: '2026-03-31',
          priority: 'high',
          estimateMinutes: 90,
          checklist: [
            { title: 'Draft', done: true },
            { title: 'Review', done: false },
          ],
          recurrence: { frequency: 'weekly', weekdays: [5, 1] },
          processId: sop.id,
        })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        workspaceId: team.workspace.id,
        projectId: team.project.id,
        clientId: team.client.id,
        title: 'Write the launch email',
        description: 'Three paragraphs',
        status: 'todo',
        priority: 'high',
        assigneeId: assignee,
        createdById: caller.user.id,
        dueDate: '2026-03-31',
        estimateMinutes: 90,
        completedAt: null,
        position: expect.any(Number),
        checklist: [
          { id: expect.any(String), title: 'Draft', done: true },
          { id: expect.any(String), title: 'Review', done: false },
        ],
        recurrence: { frequency: 'weekly', weekdays: [1, 5] },
        processId: sop.id,
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(res.body.checklist[0].id).not.toBe(res.body.checklist[1].id);
      const [audit] = await t.dataSource.query(
        `SELECT actor_id, changes FROM audit_events WHERE entity_id = $1 AND action = 'task.created'`,
        [res.body.id],
      );
      expect(audit.actor_id).toBe(caller.user.id);
      expect(audit.changes.title).toEqual({ before: null, after: 'Write the launch email' });
    });

    it('puts a new task at the end of its status column and completes a task created done', async () => {
      const project = await createProject(t.dataSource, team.client);
      await createTask(t.dataSource, project, { status: 'todo', position: 4500 });
      await createTask(t.dataSource, project, { status: 'done', position: 99_000 });
      const obm = as(team.members.obm.token);
      const todo = await obm
        .post(tasksUrl(team), { projectId: project.id, title: 'Next' })
        .expect(201);
      expect(todo.body.position).toBe(5500);
      const first = await obm
        .post(tasksUrl(team), { projectId: project.id, title: 'Review', status: 'in_review' })
        .expect(201);
      expect(first.body.position).toBe(1000);
      const done = await obm
        .post(tasksUrl(team), { projectId: project.id, title: 'Already done', status: 'done' })
        .expect(201);
      expect(done.body.position).toBe(100_000);
      expect(Date.now() - Date.parse(done.body.completedAt)).toBeLessThan(60_000);
    });

    describe('as a VA', () => {
      it('creates a task in her project, assigned to herself (by default too)', async () => {
        const va = team.members.va;
        const explicit = await as(va.token)
          .post(tasksUrl(team), {
            projectId: team.project.id,
            title: 'Mine',
            assigneeId: va.user.id,
          })
          .expect(201);
        expect(explicit.body).toMatchObject({ assigneeId: va.user.id, createdById: va.user.id });
        const implicit = await as(va.token)
          .post(tasksUrl(team), { projectId: team.project.id, title: 'Mine too' })
          .expect(201);
        expect(implicit.body.assigneeId).toBe(va.user.id);
      });

      it('answers 403 in a project she sees (through a task) but does not belong to', async () => {
        const va = team.members.va;
        const project = await createProject(t.dataSource, team.client);
        await createTask(t.dataSource, project, { assigneeId: va.user.id });
        await as(va.token)
          .post(tasksUrl(team), { projectId: project.id, title: 'x', assigneeId: va.user.id })
          .expect(403);
      });

      it('answers 403 when she assigns someone else, or nobody', async () => {
        const { va, obm } = team.members;
        await as(va.token)
          .post(tasksUrl(team), { projectId: team.project.id, title: 'x', assigneeId: obm.user.id })
          .expect(403);
        await as(va.token)
          .post(tasksUrl(team), { projectId: team.project.id, title: 'x', assigneeId: null })
          .expect(403);
      });
    });

    it('answers 400 naming assigneeId for someone outside the project’s client, inactive or a stranger', async () => {
      const otherClient = await createClient(t.dataSource, team.workspace);
      const scoped = await createUser(t.dataSource);
      await addMember(t.dataSource, team.workspace, scoped, 'va', { clientIds: [otherClient.id] });
      const inactive = await createUser(t.dataSource);
      await addMember(t.dataSource, team.workspace, inactive, 'va', { active: false });
      const stranger = await createUser(t.dataSource);
      for (const assigneeId of [scoped.id, inactive.id, stranger.id]) {
        const res = await as(team.members.obm.token)
          .post(tasksUrl(team), { projectId: team.project.id, title: 'x', assigneeId })
          .expect(400);
        expect(fieldsOf(res)).toEqual(['assigneeId']);
      }
      // a member whose scope includes the client is fine
      const covered = await createUser(t.dataSource);
      await addMember(t.dataSource, team.workspace, covered, 'va', {
        clientIds: [otherClient.id, team.client.id],
      });
      await as(team.members.obm.token)
        .post(tasksUrl(team), { projectId: team.project.id, title: 'x', assigneeId: covered.id })
        .expect(201);
    });

    it('answers 400 naming processId for a process of another workspace, archived or unknown', async () => {
      const elsewhere = await createProcess(t.dataSource, await createWorkspace(t.dataSource));
      const archived = await createProcess(t.dataSource, team.workspace, {
        archivedAt: new Date(),
      });
      for (const processId of [elsewhere.id, archived.id, randomUUID()]) {
        const res = await as(team.members.obm.token)
          .post(tasksUrl(team), { projectId: team.project.id, title: 'x', processId })
          .expect(400);
        expect(fieldsOf(res)).toEqual(['processId']);
      }
    });

    it('answers 400 naming projectId for an archived project', async () => {
      const archived = await createProject(t.dataSource, team.client, { archivedAt: new Date() });
      const res = await as(team.members.obm.token)
        .post(tasksUrl(team), { projectId: archived.id, title: 'x' })
        .expect(400);
      expect(fieldsOf(res)).toEqual(['projectId']);
    });

    it.each([
      ['workspaceId', randomUUID()],
      ['id', randomUUID()],
      ['createdAt', '2020-01-01T00:00:00Z'],
      ['completedAt', '2020-01-01T00:00:00Z'],
      ['version', 7],
      ['createdById', randomUUID()],
      ['clientId', randomUUID()],
      ['position', 1],
    ])('refuses %s in the body (400), storing nothing', async (field, value) => {
      const title = `mass-${randomUUID()}`;
      const res = await as(team.members.obm.token)
        .post(tasksUrl(team), { projectId: team.project.id, title, [field]: value })
        .expect(400);
      expect(fieldsOf(res)).toEqual([field]);
      expect(await t.dataSource.getRepository(TaskEntity).countBy({ title })).toBe(0);
    });

    it.each([
      ['no title nor project', { projectId: undefined, title: undefined }, ['projectId', 'title']],
      ['a blank title', { title: '   ' }, ['title']],
      ['a title over 300 characters', { title: 'x'.repeat(301) }, ['title']],
      ['an impossible due date', { dueDate: '2026-02-29' }, ['dueDate']],
      [
        'an unknown priority and status',
        { priority: 'asap', status: 'doing' },
        ['priority', 'status'],
      ],
      ['a negative estimate', { estimateMinutes: -5 }, ['estimateMinutes']],
      ['a fractional estimate', { estimateMinutes: 1.5 }, ['estimateMinutes']],
      ['a checklist item without a title', { checklist: [{ done: false }] }, ['checklist.0.title']],
      [
        'a checklist item with extra fields',
        { checklist: [{ title: 'a', done: false, by: 'me' }] },
        ['checklist.0.by'],
      ],
      ['a checklist that is not a list', { checklist: 'a' }, ['checklist']],
      [
        'a weekday out of range',
        { recurrence: { frequency: 'weekly', weekdays: [0, 8] } },
        ['recurrence.weekdays'],
      ],
      [
        'a day of month on a weekly recurrence',
        { recurrence: { frequency: 'weekly', dayOfMonth: 3 } },
        ['recurrence.dayOfMonth'],
      ],
      ['an unknown frequency', { recurrence: { frequency: 'yearly' } }, ['recurrence.frequency']],
      [
        'a day of month of 32',
        { recurrence: { frequency: 'monthly', dayOfMonth: 32 } },
        ['recurrence.dayOfMonth'],
      ],
      ['a malformed process id', { processId: 'sop-1' }, ['processId']],
      [
        'null for a field that cannot be empty',
        { description: null, priority: null },
        ['description', 'priority'],
      ],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const res = await as(team.members.obm.token)
        .post(tasksUrl(team), { projectId: team.project.id, title: 'Valid', ...body })
        .expect(400);
      expect(fieldsOf(res)).toEqual(fields);
    });
  });

  describe('GET /api/workspaces/:ws/tasks/:id', () => {
    let team: Team;

    beforeAll(async () => {
      team = await createTeam(t);
    });

    it('requires authentication', async () => {
      const task = await createTask(t.dataSource, team.project);
      await request(t.http).get(taskUrl(team, task.id)).expect(401);
    });

    it('answers 404 to a non-member, for a task of another workspace, and to a VA who may not see it', async () => {
      const task = await createTask(t.dataSource, team.project);
      await as(await outsiderToken())
        .get(taskUrl(team, task.id))
        .expect(404);
      const foreign = await foreignTask();
      await as(team.members.founder.token).get(taskUrl(team, foreign.id)).expect(404);
      const hidden = await createTask(t.dataSource, await createProject(t.dataSource, team.client));
      await as(team.members.va.token).get(taskUrl(team, hidden.id)).expect(404);
      await as(team.members.va.token).get(taskUrl(team, randomUUID())).expect(404);
    });

    it('answers 400 to a malformed id', async () => {
      const res = await as(team.members.obm.token).get(taskUrl(team, 'not-a-uuid')).expect(400);
      expect(fieldsOf(res)).toEqual(['id']);
    });

    it.each(['founder', 'ops_director', 'obm', 'va'] as const)(
      'shows the task to a %s who may see it',
      async (role) => {
        const task = await createTask(t.dataSource, team.project, { dueDate: '2026-05-01' });
        const res = await as(team.members[role].token).get(taskUrl(team, task.id)).expect(200);
        expect(res.body).toMatchObject({
          id: task.id,
          workspaceId: team.workspace.id,
          version: 1,
          dueDate: '2026-05-01',
          completedAt: null,
        });
      },
    );
  });

  describe('PATCH /api/workspaces/:ws/tasks/:id', () => {
    let team: Team;

    beforeAll(async () => {
      team = await createTeam(t);
    });

    /** A task of the VA's project, assigned to her, created by the OBM. */
    const vaTask = (o: Parameters<typeof createTask>[2] = {}) =>
      createTask(t.dataSource, team.project, {
        assigneeId: team.members.va.user.id,
        createdById: team.members.obm.user.id,
        ...o,
      });

    it('requires authentication', async () => {
      const task = await vaTask();
      await request(t.http).patch(taskUrl(team, task.id)).send({ version: 1 }).expect(401);
    });

    it('answers 404 to a non-member, for a task of another workspace, and to a VA who may not see it', async () => {
      const task = await vaTask();
      await as(await outsiderToken())
        .patch(taskUrl(team, task.id), { version: 1, title: 'x' })
        .expect(404);
      const foreign = await foreignTask();
      await as(team.members.founder.token)
        .patch(taskUrl(team, foreign.id), { version: 1, title: 'x' })
        .expect(404);
      const hidden = await createTask(t.dataSource, await createProject(t.dataSource, team.client));
      await as(team.members.va.token)
        .patch(taskUrl(team, hidden.id), { version: 1, status: 'done' })
        .expect(404);
    });

    it.each([
      ['no version', { title: 'x' }, ['version']],
      ['a version that is not an integer', { version: '1', title: 'x' }, ['version']],
      [
        'null for fields that cannot be empty',
        { version: 1, title: null, status: null },
        ['status', 'title'],
      ],
      ['a position that is not a number', { version: 1, position: 'top' }, ['position']],
      ['a malformed project id', { version: 1, projectId: 'p1' }, ['projectId']],
    ])('answers 400 to %s', async (_label, body, fields) => {
      const task = await vaTask();
      const res = await as(team.members.obm.token).patch(taskUrl(team, task.id), body).expect(400);
      expect(fieldsOf(res)).toEqual(fields);
    });

    it.each([
      ['workspaceId', randomUUID()],
      ['id', randomUUID()],
      ['clientId', randomUUID()],
      ['createdById', randomUUID()],
      ['completedAt', '2020-01-01T00:00:00Z'],
      ['createdAt', '2020-01-01T00:00:00Z'],
    ])('refuses %s in the body (400)', async (field, value) => {
      const task = await vaTask();
      const res = await as(team.members.founder.token)
        .patch(taskUrl(team, task.id), { version: 1, [field]: value })
        .expect(400);
      expect(fieldsOf(res)).toEqual([field]);
    });

    describe('per field and role', () => {
      type Case = [Role, string, number, object];
      const cases: Case[] = [
        ...MANAGERS.flatMap((role): Case[] => [
          [role, 'title', 200, { title: 'Renamed' }],
          [role, 'status', 200, { status: 'in_progress' }],
          [role, 'due date and estimate', 200, { dueDate: '2026-06-01', estimateMinutes: 30 }],
        ]),
        ['va', 'title', 403, { title: 'Renamed' }],
        ['va', 'description', 403, { description: 'More' }],
        ['va', 'due date', 403, { dueDate: '2026-06-01' }],
        ['va', 'priority', 403, { priority: 'urgent' }],
        ['va', 'recurrence', 403, { recurrence: { frequency: 'daily' } }],
        ['va', 'status (checking it off)', 200, { status: 'done' }],
        ['va', 'position', 200, { position: 12.5 }],
        ['va', 'checklist', 200, { checklist: [{ title: 'Step', done: true }] }],
        ['va', 'the title, unchanged, with the status', 200, { title: 'Same', status: 'done' }],
      ];
      it.each(cases)(
        'a %s changing the %s of a task the OBM created for the VA → %i',
        async (role, _label, status, body) => {
          const task = await vaTask({ title: 'Same' });
          const res = await as(team.members[role].token)
            .patch(taskUrl(team, task.id), { version: 1, ...body })
            .expect(status);
          if (status === 200) expect(res.body.version).toBe(2);
          else {
            const row = await t.dataSource
              .getRepository(TaskEntity)
              .findOneByOrFail({ id: task.id });
            expect(row.version).toBe(1);
          }
        },
      );
    });

    it('lets a VA edit the title of a task she created for herself', async () => {
      const va = team.members.va;
      const task = await vaTask({ createdById: va.user.id });
      const res = await as(va.token)
        .patch(taskUrl(team, task.id), { version: 1, title: 'My wording' })
        .expect(200);
      expect(res.body.title).toBe('My wording');
    });

    it('answers 403 to a VA changing the status of a task she sees but is not hers', async () => {
      const task = await createTask(t.dataSource, team.project, {
        assigneeId: team.members.obm.user.id,
      });
      await as(team.members.va.token)
        .patch(taskUrl(team, task.id), { version: 1, status: 'done' })
        .expect(403);
    });

    it('answers 403 to a VA assigning a task, to someone else or to herself', async () => {
      const { va, obm } = team.members;
      const mine = await vaTask({ createdById: va.user.id });
      await as(va.token)
        .patch(taskUrl(team, mine.id), { version: 1, assigneeId: obm.user.id })
        .expect(403);
      const unassigned = await createTask(t.dataSource, team.project, { createdById: va.user.id });
      await as(va.token)
        .patch(taskUrl(team, unassigned.id), { version: 1, assigneeId: va.user.id })
        .expect(403);
    });

    it('reassigns a task, and answers 400 naming assigneeId for someone who may not take it', async () => {
      const task = await vaTask();
      const obm = as(team.members.obm.token);
      const res = await obm
        .patch(taskUrl(team, task.id), {
          version: 1,
          assigneeId: team.members.ops_director.user.id,
        })
        .expect(200);
      expect(res.body.assigneeId).toBe(team.members.ops_director.user.id);
      const otherClient = await createClient(t.dataSource, team.workspace);
      const scoped = await createUser(t.dataSource);
      await addMember(t.dataSource, team.workspace, scoped, 'va', { clientIds: [otherClient.id] });
      const bad = await obm
        .patch(taskUrl(team, task.id), { version: 2, assigneeId: scoped.id })
        .expect(400);
      expect(fieldsOf(bad)).toEqual(['assigneeId']);
      const cleared = await obm
        .patch(taskUrl(team, task.id), { version: 2, assigneeId: null })
        .expect(200);
      expect(cleared.body.assigneeId).toBeNull();
    });

    it('links a process of the workspace, and answers 400 naming processId for another', async () => {
      const task = await vaTask();
      const obm = as(team.members.obm.token);
      const sop = await createProcess(t.dataSource, team.workspace);
      const res = await obm
        .patch(taskUrl(team, task.id), { version: 1, processId: sop.id })
        .expect(200);
      expect(res.body.processId).toBe(sop.id);
      const elsewhere = await createProcess(t.dataSource, await createWorkspace(t.dataSource));
      const bad = await obm
        .patch(taskUrl(team, task.id), { version: 2, processId: elsewhere.id })
        .expect(400);
      expect(fieldsOf(bad)).toEqual(['processId']);
      const unlinked = await obm
        .patch(taskUrl(team, task.id), { version: 2, processId: null })
        .expect(200);
      expect(unlinked.body.processId).toBeNull();
    });

    it('sets completedAt when the task is done and clears it when reopened', async () => {
      const task = await vaTask({ status: 'in_progress' });
      const va = as(team.members.va.token);
      const done = await va
        .patch(taskUrl(team, task.id), { version: 1, status: 'done' })
        .expect(200);
      expect(Date.now() - Date.parse(done.body.completedAt)).toBeLessThan(60_000);
      const reopened = await va
        .patch(taskUrl(team, task.id), { version: 2, status: 'todo' })
        .expect(200);
      expect(reopened.body.completedAt).toBeNull();
      const moved = await va
        .patch(taskUrl(team, task.id), { version: 3, status: 'in_review' })
        .expect(200);
      expect(moved.body).toMatchObject({ completedAt: null, version: 4 });
    });

    it('moves a task that changes column to the end of it, unless given a position', async () => {
      const project = await createProject(t.dataSource, team.client);
      await createTask(t.dataSource, project, { status: 'done', position: 7000 });
      const task = await createTask(t.dataSource, project, { status: 'todo', position: 1000 });
      const obm = as(team.members.obm.token);
      const res = await obm
        .patch(taskUrl(team, task.id), { version: 1, status: 'done' })
        .expect(200);
      expect(res.body.position).toBe(8000);
      const placed = await obm
        .patch(taskUrl(team, task.id), { version: 2, status: 'todo', position: 3.25 })
        .expect(200);
      expect(placed.body.position).toBe(3.25);
    });

    it('answers a PATCH with the task exactly as it is then stored', async () => {
      const project = await createProject(t.dataSource, team.client);
      await createTask(t.dataSource, project, { status: 'in_progress', position: 2500 });
      const task = await createTask(t.dataSource, project, { status: 'todo', position: 1000 });
      const obm = as(team.members.obm.token);
      const patched = await obm
        .patch(taskUrl(team, task.id), { version: 1, status: 'in_progress', title: 'Renamed' })
        .expect(200);
      const stored = await obm.get(taskUrl(team, task.id)).expect(200);
      expect(patched.body).toEqual(stored.body);
      expect(patched.body).toMatchObject({ position: 3500, version: 2, title: 'Renamed' });
      expect(patched.body.updatedAt).not.toBe(task.updatedAt.toISOString());
    });

    it('keeps the ids of checklist items sent back and gives new items one', async () => {
      const task = await vaTask({
        checklist: [{ id: randomUUID(), title: 'Draft', done: false }],
      });
      const [draft] = task.checklist;
      const res = await as(team.members.va.token)
        .patch(taskUrl(team, task.id), {
          version: 1,
          checklist: [
            { id: draft.id, title: 'Draft', done: true },
            { title: 'Send', done: false },
          ],
        })
        .expect(200);
      expect(res.body.checklist).toEqual([
        { id: draft.id, title: 'Draft', done: true },
        { id: expect.any(String), title: 'Send', done: false },
      ]);
      expect(res.body.checklist[1].id).not.toBe(draft.id);
    });

    it('answers 409 with the current version to a stale version', async () => {
      const task = await vaTask();
      const obm = as(team.members.obm.token);
      await obm.patch(taskUrl(team, task.id), { version: 1, title: 'First' }).expect(200);
      const res = await obm
        .patch(taskUrl(team, task.id), { version: 1, title: 'Second' })
        .expect(409);
      expect(res.body.message).toMatch(/current version 2/);
      const row = await t.dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task.id });
      expect(row).toMatchObject({ title: 'First', version: 2 });
    });

    it('accepts exactly one of two concurrent changes made on the same version', async () => {
      const task = await vaTask();
      const [a, b] = await Promise.all([
        as(team.members.obm.token).patch(taskUrl(team, task.id), { version: 1, title: 'From A' }),
        as(team.members.founder.token).patch(taskUrl(team, task.id), {
          version: 1,
          title: 'From B',
        }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = a.status === 200 ? a : b;
      const row = await t.dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task.id });
      expect(row).toMatchObject({ title: winner.body.title, version: 2 });
      const audits = await t.dataSource.query(
        `SELECT 1 FROM audit_events WHERE entity_id = $1 AND action = 'task.updated'`,
        [task.id],
      );
      expect(audits).toHaveLength(1);
    });

    it('records the before and after of the changed fields only', async () => {
      const task = await vaTask({ title: 'Before', priority: 'low' });
      await as(team.members.obm.token)
        .patch(taskUrl(team, task.id), { version: 1, title: 'After', priority: 'low' })
        .expect(200);
      const [audit] = await t.dataSource.query(
        `SELECT actor_id, changes FROM audit_events WHERE entity_id = $1 AND action = 'task.updated'`,
        [task.id],
      );
      expect(audit).toEqual({
        actor_id: team.members.obm.user.id,
        changes: { title: { before: 'Before', after: 'After' } },
      });
    });

    it('changes nothing (same version, no audit) when every field is sent unchanged', async () => {
      const task = await vaTask({ title: 'Same' });
      const res = await as(team.members.obm.token)
        .patch(taskUrl(team, task.id), { version: 1, title: 'Same', status: task.status })
        .expect(200);
      expect(res.body.version).toBe(1);
    });

    describe('moving a task to another project', () => {
      it("moves it with the new project's client, to the end of its column", async () => {
        const client2 = await createClient(t.dataSource, team.workspace);
        const target = await createProject(t.dataSource, client2);
        await createTask(t.dataSource, target, { status: 'todo', position: 2000 });
        const task = await createTask(t.dataSource, team.project);
        const res = await as(team.members.ops_director.token)
          .patch(taskUrl(team, task.id), { version: 1, projectId: target.id })
          .expect(200);
        expect(res.body).toMatchObject({
          projectId: target.id,
          clientId: client2.id,
          position: 3000,
          version: 2,
        });
      });

      it('answers 403 to a VA, even between her own projects', async () => {
        const va = team.members.va;
        const other = await createProject(t.dataSource, team.client);
        await addProjectMember(t.dataSource, other, va.user);
        const task = await vaTask({ createdById: va.user.id });
        await as(va.token)
          .patch(taskUrl(team, task.id), { version: 1, projectId: other.id })
          .expect(403);
      });

      it('validates the target project like a creation', async () => {
        const obm = as(team.members.obm.token);
        const task = await vaTask();
        const foreign = await foreignTask();
        await obm
          .patch(taskUrl(team, task.id), { version: 1, projectId: foreign.projectId })
          .expect(404);
        const archived = await createProject(t.dataSource, team.client, { archivedAt: new Date() });
        const res = await obm
          .patch(taskUrl(team, task.id), { version: 1, projectId: archived.id })
          .expect(400);
        expect(fieldsOf(res)).toEqual(['projectId']);
      });

      it("answers 400 naming assigneeId when the assignee does not work for the new project's client", async () => {
        const client2 = await createClient(t.dataSource, team.workspace);
        const target = await createProject(t.dataSource, client2);
        const scoped = await createUser(t.dataSource);
        await addMember(t.dataSource, team.workspace, scoped, 'va', {
          clientIds: [team.client.id],
        });
        const task = await createTask(t.dataSource, team.project, { assigneeId: scoped.id });
        const res = await as(team.members.obm.token)
          .patch(taskUrl(team, task.id), { version: 1, projectId: target.id })
          .expect(400);
        expect(fieldsOf(res)).toEqual(['assigneeId']);
      });

      it('answers 404 to a client-scoped member moving it to a client she does not see', async () => {
        const client2 = await createClient(t.dataSource, team.workspace);
        const target = await createProject(t.dataSource, client2);
        const scoped = await createSignedInMember(t, team.workspace, 'obm', {
          clientIds: [team.client.id],
        });
        const task = await createTask(t.dataSource, team.project);
        await as(scoped.token)
          .patch(taskUrl(team, task.id), { version: 1, projectId: target.id })
          .expect(404);
      });
    });
  });

  describe('DELETE /api/workspaces/:ws/tasks/:id', () => {
    let team: Team;

    beforeAll(async () => {
      team = await createTeam(t);
    });

    it('requires authentication', async () => {
      const task = await createTask(t.dataSource, team.project);
      await request(t.http).delete(taskUrl(team, task.id)).expect(401);
    });

    it('answers 404 to a non-member and for a task of another workspace', async () => {
      const task = await createTask(t.dataSource, team.project);
      await as(await outsiderToken())
        .delete(taskUrl(team, task.id))
        .expect(404);
      const foreign = await foreignTask();
      await as(team.members.founder.token).delete(taskUrl(team, foreign.id)).expect(404);
      expect(await t.dataSource.getRepository(TaskEntity).existsBy({ id: foreign.id })).toBe(true);
    });

    it('answers 403 to a VA, even on a task she created for herself', async () => {
      const va = team.members.va;
      const task = await createTask(t.dataSource, team.project, {
        assigneeId: va.user.id,
        createdById: va.user.id,
      });
      await as(va.token).delete(taskUrl(team, task.id)).expect(403);
      expect(await t.dataSource.getRepository(TaskEntity).existsBy({ id: task.id })).toBe(true);
    });

    it('answers 400 to a malformed id', async () => {
      await as(team.members.obm.token).delete(taskUrl(team, '123')).expect(400);
    });

    it('refuses with 409 to delete a task with logged time, which stays', async () => {
      const task = await createTask(t.dataSource, team.project);
      await createTimeEntry(t.dataSource, task, team.members.va.user, '2026-03-02T09:00:00Z', 30);
      await as(team.members.obm.token).delete(taskUrl(team, task.id)).expect(409);
      expect(await t.dataSource.getRepository(TaskEntity).existsBy({ id: task.id })).toBe(true);
    });

    it.each(MANAGERS)(
      'lets a %s delete a task, leaving its title in the audit trail',
      async (role) => {
        const task = await createTask(t.dataSource, team.project, { title: `Doomed ${role}` });
        await as(team.members[role].token).delete(taskUrl(team, task.id)).expect(204);
        await as(team.members[role].token).get(taskUrl(team, task.id)).expect(404);
        const [audit] = await t.dataSource.query(
          `SELECT actor_id, changes FROM audit_events WHERE entity_id = $1 AND action = 'task.deleted'`,
          [task.id],
        );
        expect(audit.actor_id).toBe(team.members[role].user.id);
        expect(audit.changes.title).toEqual({ before: `Doomed ${role}`, after: null });
      },
    );
  });
});
