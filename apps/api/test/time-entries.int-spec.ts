import type { Role } from '@relais/domain';
import type { ProjectEntity } from '../src/modules/projects/project.entity';
import type { TaskEntity } from '../src/modules/tasks/task.entity';
import { TIMER_CAPPED_NOTE, TimersService } from '../src/modules/time-entries/timers.service';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { addMember, createWorkspace } from './factories';
import { addProjectMember, createClient, createProject, createTask } from './project-factories';
import { startTestApp, type TestApp } from './test-app';
import {
  auditOf,
  createRunningTimer,
  createTimeEntry,
  fieldsOf,
  joinAs,
  keysOf,
  outsiders,
  requestAs,
  type Actor,
} from './time-factories';

const ROLES = ['founder', 'ops_director', 'obm', 'va'] as const satisfies readonly Role[];
const MANAGERS = ['founder', 'ops_director', 'obm'] as const satisfies readonly Role[];
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const MONEY_KEY = /cents|rate|amount|cost|margin|revenue/i;
/** The client's hourly rate and the founder's hourly cost of every world. */
const RATE = 4000;
const FOUNDER_COST = 3000;

interface EntryBody {
  id: string;
  userId: string;
  taskId: string;
  projectId: string;
  clientId: string;
  startedAt: string;
  endedAt: string | null;
  minutes: number | null;
  running: boolean;
  billable: boolean;
  note: string;
  approved: boolean;
  approvedById: string | null;
  amountCents?: number | null;
  costCents?: number | null;
}

describe('time entries API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const as = (actor: Actor | null) => requestAs(t, actor);
  const OUTSIDERS = [
    ['a user of no workspace', () => outsiders(t)[0][1]()],
    ['a member of another workspace', () => outsiders(t)[1][1]()],
  ] as const;

  /** A workspace in Paris with its owner, an hourly client, a project and a task. */
  async function world() {
    const ws = await createWorkspace(t.dataSource, { timeZone: 'Europe/Paris' });
    const founder = await joinAs(t, ws, 'founder', { owner: true, hourlyCostCents: FOUNDER_COST });
    const client = await createClient(t.dataSource, ws, {
      name: 'Boutique Éclat',
      engagement: 'hourly',
      hourlyRateCents: RATE,
    });
    const project = await createProject(t.dataSource, ws, client, { name: 'Refonte' });
    const task = await createTask(t.dataSource, project, { title: 'Écrire la newsletter' });
    return { ws, founder, client, project, task, url: `/api/workspaces/${ws.id}/time-entries` };
  }

  /** A member of the role who may log on the project (a VA belongs to it). */
  async function worker(
    ws: WorkspaceEntity,
    project: ProjectEntity,
    role: Role,
    overrides: Parameters<typeof joinAs>[3] = {},
  ): Promise<Actor> {
    const actor = await joinAs(t, ws, role, overrides);
    if (role === 'va') await addProjectMember(t.dataSource, project, actor.user);
    return actor;
  }

  const body = (task: TaskEntity, startedAt: string, minutes: number, extra: object = {}) => ({
    taskId: task.id,
    startedAt,
    minutes,
    ...extra,
  });

  /** Moves a running timer's start back, as if it had been running that long. */
  async function rewind(entryId: string, interval: string): Promise<void> {
    await t.dataSource.query(
      `UPDATE time_entries SET started_at = started_at - $2::interval WHERE id = $1`,
      [entryId, interval],
    );
  }

  describe('POST /workspaces/:ws/time-entries', () => {
    it('requires authentication', async () => {
      const { url, task } = await world();
      await as(null)
        .post(url, body(task, '2026-03-02T09:00:00Z', 30))
        .expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { url, task } = await world();
      await as(await outsider())
        .post(url, body(task, '2026-03-02T09:00:00Z', 30))
        .expect(404);
    });

    it('answers 400 to a workspace id that is not a UUID', async () => {
      const { founder, task } = await world();
      const res = await as(founder)
        .post('/api/workspaces/nope/time-entries', body(task, '2026-03-02T09:00:00Z', 30))
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['ws']);
    });

    it('answers 404 to a VA on a task of a project she does not belong to', async () => {
      const { ws, url, client } = await world();
      const va = await joinAs(t, ws, 'va');
      const elsewhere = await createTask(
        t.dataSource,
        await createProject(t.dataSource, ws, client),
      );
      await as(va)
        .post(url, body(elsewhere, '2026-03-02T09:00:00Z', 30))
        .expect(404);
    });

    it('answers 404 to a client-scoped OBM on a task of another client', async () => {
      const { ws, url, task } = await world();
      const mine = await createClient(t.dataSource, ws);
      const obm = await joinAs(t, ws, 'obm', { clientIds: [mine.id] });
      await as(obm)
        .post(url, body(task, '2026-03-02T09:00:00Z', 30))
        .expect(404);
    });

    it('answers 404 for an unknown task or one of another workspace', async () => {
      const { founder, url } = await world();
      const other = await world();
      await as(founder)
        .post(url, { taskId: MISSING_ID, startedAt: '2026-03-02T09:00:00Z', minutes: 30 })
        .expect(404);
      await as(founder)
        .post(url, body(other.task, '2026-03-02T09:00:00Z', 30))
        .expect(404);
    });

    it.each(ROLES)('lets a %s log her own time on a task she can view, audited', async (role) => {
      const { ws, project, task, client, url } = await world();
      const actor = await worker(ws, project, role);

      const res = await as(actor)
        .post(url, body(task, '2026-03-02T10:30:00+01:00', 90, { note: 'Premier jet' }))
        .expect(201);

      expect(res.body).toMatchObject({
        workspaceId: ws.id,
        userId: actor.user.id,
        taskId: task.id,
        taskTitle: 'Écrire la newsletter',
        projectId: project.id,
        projectName: 'Refonte',
        clientId: client.id,
        clientName: 'Boutique Éclat',
        startedAt: '2026-03-02T09:30:00.000Z',
        endedAt: '2026-03-02T11:00:00.000Z',
        minutes: 90,
        running: false,
        billable: true,
        note: 'Premier jet',
        approved: false,
        approvedAt: null,
        approvedById: null,
      });
      const audit = await auditOf(t, res.body.id);
      expect(audit).toEqual([
        expect.objectContaining({ action: 'time_entry.created', actor_id: actor.user.id }),
      ]);
      expect(audit[0].changes).toMatchObject({
        minutes: { before: null, after: 90 },
        startedAt: { before: null, after: '2026-03-02T09:30:00.000Z' },
      });
    });

    it.each([
      ['minutes 0', { minutes: 0 }, ['minutes']],
      ['negative minutes', { minutes: -30 }, ['minutes']],
      ['more than 24 hours', { minutes: 1441 }, ['minutes']],
      ['fractional minutes', { minutes: 12.5 }, ['minutes']],
      ['minutes as text', { minutes: '60' }, ['minutes']],
      ['a start without offset', { startedAt: '2026-03-02T09:00:00' }, ['startedAt']],
      ['a day that does not exist', { startedAt: '2026-02-30T09:00:00Z' }, ['startedAt']],
      ['a start in words', { startedAt: 'yesterday' }, ['startedAt']],
      ['a bad task id', { taskId: 'task-1' }, ['taskId']],
      ['a note too long', { note: 'x'.repeat(2001) }, ['note']],
      ['a null billable', { billable: null }, ['billable']],
      ['someone else as author', { userId: MISSING_ID }, ['userId']],
    ])('answers 400 to %s', async (_label, change, fields) => {
      const { founder, task, url } = await world();
      const res = await as(founder)
        .post(url, { ...body(task, '2026-03-02T09:00:00Z', 30), ...change })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });

    it('answers 400 to an entry starting in the future', async () => {
      const { founder, task, url } = await world();
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      const res = await as(founder)
        .post(url, body(task, tomorrow, 30))
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['startedAt']);
    });

    it('refuses an overlap with 409 naming the clash, and accepts entries that touch', async () => {
      const { founder, task, url } = await world();
      await as(founder)
        .post(url, body(task, '2026-03-02T09:00:00Z', 60))
        .expect(201);

      const clash = await as(founder)
        .post(url, body(task, '2026-03-02T09:30:00Z', 60))
        .expect(409);
      expect(clash.body.message).toContain('Écrire la newsletter');
      expect(clash.body.message).toContain('2026-03-02T09:00:00.000Z');
      await as(founder)
        .post(url, body(task, '2026-03-02T08:30:00Z', 180))
        .expect(409);
      await as(founder)
        .post(url, body(task, '2026-03-02T09:59:00Z', 5))
        .expect(409);

      await as(founder)
        .post(url, body(task, '2026-03-02T10:00:00Z', 30))
        .expect(201);
      await as(founder)
        .post(url, body(task, '2026-03-02T08:00:00Z', 60))
        .expect(201);
    });

    it('refuses an overlap with the same person’s time in another workspace', async () => {
      const a = await world();
      const b = await world();
      await addMember(t.dataSource, b.ws, a.founder.user, 'va');
      await addProjectMember(t.dataSource, b.project, a.founder.user);
      await as(a.founder)
        .post(b.url, body(b.task, '2026-03-02T09:00:00Z', 60))
        .expect(201);

      await as(a.founder)
        .post(a.url, body(a.task, '2026-03-02T09:45:00Z', 30))
        .expect(409);
    });

    it('lets two people log the same hour', async () => {
      const { ws, project, founder, task, url } = await world();
      const va = await worker(ws, project, 'va');
      await as(founder)
        .post(url, body(task, '2026-03-02T09:00:00Z', 60))
        .expect(201);
      await as(va)
        .post(url, body(task, '2026-03-02T09:00:00Z', 60))
        .expect(201);
    });

    it('accepts an entry spanning midnight as one entry', async () => {
      const { founder, task, url } = await world();
      const res = await as(founder)
        .post(url, body(task, '2026-03-15T22:30:00Z', 120))
        .expect(201);
      expect(res.body).toMatchObject({
        startedAt: '2026-03-15T22:30:00.000Z',
        endedAt: '2026-03-16T00:30:00.000Z',
        minutes: 120,
      });
    });

    it.each([
      ['founder', true],
      ['ops_director', true],
      ['obm', false],
      ['va', false],
    ] as const)('shows money to a %s: %p', async (role, money) => {
      const { ws, project, task, url } = await world();
      const actor = await worker(ws, project, role, { hourlyCostCents: 2500 });

      const billable = await as(actor)
        .post(url, body(task, '2026-03-02T09:00:00Z', 90))
        .expect(201);
      const free = await as(actor)
        .post(url, body(task, '2026-03-02T11:00:00Z', 30, { billable: false }))
        .expect(201);

      if (money) {
        // 90 min at 40.00/h = 60.00; at a cost of 25.00/h = 37.50
        expect(billable.body).toMatchObject({ amountCents: 6000, costCents: 3750 });
        expect(free.body).toMatchObject({ amountCents: 0, costCents: 1250 });
      } else {
        expect(keysOf(billable.body).filter((key) => MONEY_KEY.test(key))).toEqual([]);
      }
    });
  });

  describe('timer', () => {
    const timerUrl = (ws: WorkspaceEntity, action: 'start' | 'stop') =>
      `/api/workspaces/${ws.id}/time-entries/timer/${action}`;

    it('requires authentication', async () => {
      const { ws, task } = await world();
      await as(null).post(timerUrl(ws, 'start'), { taskId: task.id }).expect(401);
      await as(null).post(timerUrl(ws, 'stop')).expect(401);
      await as(null).get('/api/me/timer').expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { ws, task } = await world();
      const actor = await outsider();
      await as(actor).post(timerUrl(ws, 'start'), { taskId: task.id }).expect(404);
      await as(actor).post(timerUrl(ws, 'stop')).expect(404);
    });

    it('answers 404 to a VA on a task she cannot view, and 400 to a bad body', async () => {
      const { ws, client, project, task } = await world();
      const va = await worker(ws, project, 'va');
      const elsewhere = await createTask(
        t.dataSource,
        await createProject(t.dataSource, ws, client),
      );
      await as(va).post(timerUrl(ws, 'start'), { taskId: elsewhere.id }).expect(404);
      const bad = await as(va)
        .post(timerUrl(ws, 'start'), { taskId: task.id, minutes: 5 })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(['minutes']);
      await as(va).post(timerUrl(ws, 'start'), {}).expect(400);
    });

    it.each(ROLES)('lets a %s start a timer, shown by GET /me/timer, and stop it', async (role) => {
      const { ws, project, task } = await world();
      const actor = await worker(ws, project, role);
      expect((await as(actor).get('/api/me/timer').expect(200)).body).toEqual({ timer: null });

      const started = await as(actor)
        .post(timerUrl(ws, 'start'), { taskId: task.id, note: 'Relecture' })
        .expect(201);
      expect(started.body).toMatchObject({
        userId: actor.user.id,
        taskId: task.id,
        running: true,
        endedAt: null,
        minutes: null,
        note: 'Relecture',
      });
      const mine = await as(actor).get('/api/me/timer').expect(200);
      expect(mine.body.timer).toMatchObject({
        id: started.body.id,
        workspaceId: ws.id,
        workspaceName: ws.name,
        taskTitle: 'Écrire la newsletter',
        clientName: 'Boutique Éclat',
        startedAt: started.body.startedAt,
      });

      await rewind(started.body.id, '90 minutes 20 seconds');
      const stopped = await as(actor).post(timerUrl(ws, 'stop')).expect(200);

      // 90 min 20 s and a little more: a started minute counts
      expect(stopped.body).toMatchObject({ id: started.body.id, running: false, minutes: 91 });
      expect(Date.parse(stopped.body.endedAt)).toBeGreaterThanOrEqual(
        Date.parse(started.body.startedAt),
      );
      expect((await as(actor).get('/api/me/timer').expect(200)).body).toEqual({ timer: null });
      expect((await auditOf(t, started.body.id)).map((e) => e.action)).toEqual([
        'time_entry.timer_started',
        'time_entry.timer_stopped',
      ]);
    });

    it('records at least one minute for a timer stopped at once', async () => {
      const { ws, founder, task } = await world();
      await as(founder).post(timerUrl(ws, 'start'), { taskId: task.id }).expect(201);
      const stopped = await as(founder).post(timerUrl(ws, 'stop')).expect(200);
      expect(stopped.body.minutes).toBe(1);
    });

    it('stops the running timer when another one starts, end to end', async () => {
      const { ws, founder, project, task } = await world();
      const next = await createTask(t.dataSource, project, { title: 'Planifier' });
      const first = await as(founder).post(timerUrl(ws, 'start'), { taskId: task.id }).expect(201);
      await rewind(first.body.id, '9 minutes 30 seconds');

      const second = await as(founder).post(timerUrl(ws, 'start'), { taskId: next.id }).expect(201);

      const [stopped] = (await t.dataSource.query(
        'SELECT minutes, ended_at FROM time_entries WHERE id = $1',
        [first.body.id],
      )) as { minutes: number; ended_at: Date }[];
      expect(stopped.minutes).toBe(10);
      expect(stopped.ended_at.toISOString()).toBe(second.body.startedAt);
      const mine = await as(founder).get('/api/me/timer').expect(200);
      expect(mine.body.timer).toMatchObject({ id: second.body.id, taskTitle: 'Planifier' });
    });

    it('stops the timer running in another workspace, audited there', async () => {
      const a = await world();
      const b = await world();
      const va = await worker(a.ws, a.project, 'va');
      await addMember(t.dataSource, b.ws, va.user, 'va');
      await addProjectMember(t.dataSource, b.project, va.user);
      const first = await as(va).post(timerUrl(a.ws, 'start'), { taskId: a.task.id }).expect(201);
      await rewind(first.body.id, '20 minutes');

      const second = await as(va).post(timerUrl(b.ws, 'start'), { taskId: b.task.id }).expect(201);

      const running = (await t.dataSource.query(
        'SELECT id FROM time_entries WHERE user_id = $1 AND ended_at IS NULL',
        [va.user.id],
      )) as { id: string }[];
      expect(running).toEqual([{ id: second.body.id }]);
      const audit = await auditOf(t, first.body.id);
      expect(audit.at(-1)).toMatchObject({
        action: 'time_entry.timer_stopped',
        workspace_id: a.ws.id,
        actor_id: va.user.id,
      });
      expect((await as(va).get('/api/me/timer').expect(200)).body.timer.workspaceId).toBe(b.ws.id);
    });

    it('answers 404 to a stop with no timer running in this workspace', async () => {
      const a = await world();
      const b = await world();
      await addMember(t.dataSource, b.ws, a.founder.user, 'founder');
      await as(a.founder).post(timerUrl(a.ws, 'stop')).expect(404);
      await as(a.founder).post(timerUrl(a.ws, 'start'), { taskId: a.task.id }).expect(201);

      await as(a.founder).post(timerUrl(b.ws, 'stop')).expect(404);

      expect((await as(a.founder).get('/api/me/timer').expect(200)).body.timer).not.toBeNull();
    });

    it('caps a timer left running more than 24 hours at 24 hours, flagged in its note', async () => {
      const { ws, founder, task } = await world();
      const started = await as(founder)
        .post(timerUrl(ws, 'start'), { taskId: task.id, note: 'Support' })
        .expect(201);
      await rewind(started.body.id, '30 hours');

      const stopped = await as(founder).post(timerUrl(ws, 'stop')).expect(200);

      expect(stopped.body.minutes).toBe(1440);
      expect(stopped.body.note).toBe(`${TIMER_CAPPED_NOTE} Support`);
      expect(Date.parse(stopped.body.endedAt) - Date.parse(stopped.body.startedAt)).toBe(
        86_400_000,
      );
    });

    it('refuses to start while a logged entry covers now, and an entry over the running timer', async () => {
      const { ws, founder, task, url } = await world();
      const now = Date.now();
      const logged = await as(founder)
        .post(url, body(task, new Date(now - 10 * 60_000).toISOString(), 60))
        .expect(201);
      await as(founder).post(timerUrl(ws, 'start'), { taskId: task.id }).expect(409);
      await as(founder).delete(`${url}/${logged.body.id}`).expect(204);

      const timer = await as(founder).post(timerUrl(ws, 'start'), { taskId: task.id }).expect(201);
      await rewind(timer.body.id, '30 minutes');
      const clash = await as(founder)
        .post(url, body(task, new Date(now - 10 * 60_000).toISOString(), 5))
        .expect(409);
      expect(clash.body.message).toContain('timer still running');
      await as(founder)
        .post(url, body(task, new Date(now - 90 * 60_000).toISOString(), 30))
        .expect(201);
    });

    it('keeps one timer per person when starts race each other', async () => {
      const { ws, founder, project, task } = await world();
      const tasks = [
        task,
        ...(await Promise.all([1, 2].map(() => createTask(t.dataSource, project)))),
      ];

      const starts = await Promise.all(
        tasks.map((each) => as(founder).post(timerUrl(ws, 'start'), { taskId: each.id })),
      );

      expect(starts.map((res) => res.status)).toEqual([201, 201, 201]);
      const running = (await t.dataSource.query(
        'SELECT count(*)::int AS n FROM time_entries WHERE user_id = $1 AND ended_at IS NULL',
        [founder.user.id],
      )) as { n: number }[];
      expect(running).toEqual([{ n: 1 }]);
    });

    it('starts a timer that waited on the lock after the one it stops, even with an earlier clock', async () => {
      const { ws, founder, project, task } = await world();
      const other = await createTask(t.dataSource, project);
      const timers = t.app.get(TimersService);
      const [membership]: { id: string }[] = await t.dataSource.query(
        'SELECT id FROM memberships WHERE workspace_id = $1 AND user_id = $2',
        [ws.id, founder.user.id],
      );
      const member = {
        workspaceId: ws.id,
        membershipId: membership.id,
        userId: founder.user.id,
        role: 'founder' as const,
        owner: true,
        clientIds: [],
        timeZone: 'Europe/Paris',
      };
      const first = await timers.start(
        member,
        { taskId: task.id },
        new Date('2026-03-02T09:00:05Z'),
      );
      // the racing request read its clock 5 s earlier, then waited for the first one
      const second = await timers.start(
        member,
        { taskId: other.id },
        new Date('2026-03-02T09:00:00Z'),
      );

      expect(second.startedAt).toBe('2026-03-02T09:00:05.000Z');
      const stopped = await t.dataSource.query('SELECT ended_at FROM time_entries WHERE id = $1', [
        first.id,
      ]);
      expect(stopped[0].ended_at.toISOString()).toBe('2026-03-02T09:00:05.000Z');
    });
  });

  describe('GET /workspaces/:ws/time-entries', () => {
    it('requires authentication', async () => {
      const { url } = await world();
      await as(null).get(url).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { url, task, founder } = await world();
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T09:00:00Z', 30);
      await as(await outsider())
        .get(url)
        .expect(404);
    });

    it('shows a VA only her own entries, and 403 when she asks for someone else’s', async () => {
      const { ws, project, task, founder, url } = await world();
      const va = await worker(ws, project, 'va');
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T09:00:00Z', 30);
      const own = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 45);

      const res = await as(va).get(url).expect(200);

      expect(res.body.items.map((e: EntryBody) => e.id)).toEqual([own.id]);
      expect(keysOf(res.body).filter((key) => MONEY_KEY.test(key))).toEqual([]);
      await as(va).get(`${url}?memberId=${founder.user.id}`).expect(403);
      const mine = await as(va).get(`${url}?memberId=${va.user.id}`).expect(200);
      expect(mine.body.items).toHaveLength(1);
    });

    it.each(MANAGERS)('shows a %s everyone’s entries, newest first, by member', async (role) => {
      const { ws, project, task, founder, url } = await world();
      const actor = await worker(ws, project, role);
      const va = await worker(ws, project, 'va');
      const older = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 30);
      const newer = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-03T09:00:00Z',
        30,
      );

      const all = await as(actor).get(url).expect(200);
      expect(all.body.items.map((e: EntryBody) => e.id)).toEqual([newer.id, older.id]);
      expect(all.body.items[1]).toMatchObject({ memberName: 'Test User', userId: va.user.id });

      const vas = await as(actor).get(`${url}?memberId=${va.user.id}`).expect(200);
      expect(vas.body.items.map((e: EntryBody) => e.id)).toEqual([older.id]);
      const money = keysOf(all.body).some((key) => MONEY_KEY.test(key));
      expect(money).toBe(role !== 'obm');
    });

    it('shows a client-scoped OBM only her clients’ entries, and 404 for another client', async () => {
      const { ws, founder, task, client, url } = await world();
      const mine = await createClient(t.dataSource, ws);
      const myTask = await createTask(t.dataSource, await createProject(t.dataSource, ws, mine));
      const obm = await joinAs(t, ws, 'obm', { clientIds: [mine.id] });
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T09:00:00Z', 30);
      const visible = await createTimeEntry(
        t.dataSource,
        myTask,
        founder.user,
        '2026-03-02T10:00:00Z',
        30,
      );

      const res = await as(obm).get(url).expect(200);

      expect(res.body.items.map((e: EntryBody) => e.id)).toEqual([visible.id]);
      await as(obm).get(`${url}?clientId=${client.id}`).expect(404);
      const filtered = await as(obm).get(`${url}?clientId=${mine.id}`).expect(200);
      expect(filtered.body.items).toHaveLength(1);
    });

    it('dates entries by their start, in the workspace time zone', async () => {
      const { founder, task, url } = await world();
      // 23:30 on March 31 in Paris, and 00:30 on April 1 (both still March 31 in UTC)
      const march = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-31T21:30:00Z',
        30,
      );
      const april = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-31T22:30:00Z',
        30,
      );
      // spans midnight: belongs to the day it starts
      const spanning = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-15T22:30:00Z',
        120,
      );

      const ids = async (query: string) =>
        (await as(founder).get(`${url}?${query}`).expect(200)).body.items.map(
          (e: EntryBody) => e.id,
        );

      expect(await ids('from=2026-04-01&to=2026-04-02')).toEqual([april.id]);
      expect(await ids('from=2026-03-31&to=2026-04-01')).toEqual([march.id]);
      expect(await ids('from=2026-03-15&to=2026-03-16')).toEqual([spanning.id]);
      expect(await ids('from=2026-03-16&to=2026-03-31')).toEqual([]);
      expect(await ids('to=2026-03-31')).toEqual([spanning.id]);
    });

    it('filters by approval', async () => {
      const { founder, task, url } = await world();
      const approved = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
        {
          approvedAt: new Date(),
          approvedById: founder.user.id,
        },
      );
      const pending = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T10:00:00Z',
        30,
      );
      const yes = await as(founder).get(`${url}?approved=true`).expect(200);
      const no = await as(founder).get(`${url}?approved=false`).expect(200);
      expect(yes.body.items.map((e: EntryBody) => e.id)).toEqual([approved.id]);
      expect(no.body.items.map((e: EntryBody) => e.id)).toEqual([pending.id]);
      expect(yes.body.items[0]).toMatchObject({ approved: true, approvedById: founder.user.id });
    });

    it('filters by task, with the other filters and the caller’s own scope', async () => {
      const { ws, project, founder, task, url } = await world();
      const other = await createTask(t.dataSource, project, { title: 'Autre tâche' });
      const va = await worker(ws, project, 'va');
      const mine = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 30);
      const founders = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-03T09:00:00Z',
        45,
      );
      await createTimeEntry(t.dataSource, other, va.user, '2026-03-04T09:00:00Z', 60);
      const timer = await createRunningTimer(t.dataSource, task, founder.user, new Date());
      const ids = async (actor: Actor, query: string) =>
        (await as(actor).get(`${url}?${query}`).expect(200)).body.items.map((e: EntryBody) => e.id);

      expect(await ids(founder, `taskId=${task.id}`)).toEqual([timer.id, founders.id, mine.id]);
      // ids in capitals name the same task
      expect(await ids(founder, `taskId=${task.id.toUpperCase()}&to=2026-03-03`)).toEqual([
        mine.id,
      ]);
      // a VA still sees only her own time on the task
      expect(await ids(va, `taskId=${task.id}`)).toEqual([mine.id]);
      expect(await ids(founder, `taskId=${other.id}&memberId=${founder.user.id}`)).toEqual([]);
    });

    it('answers 404 to a taskId the caller cannot view, and 400 to one that is not a UUID', async () => {
      const { ws, project, founder, task, url } = await world();
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T09:00:00Z', 30);
      // a VA who does not belong to the project, an OBM limited to another client
      const va = await joinAs(t, ws, 'va');
      const elsewhere = await createClient(t.dataSource, ws);
      const obm = await joinAs(t, ws, 'obm', { clientIds: [elsewhere.id] });
      const foreign = await world();

      await as(va).get(`${url}?taskId=${task.id}`).expect(404);
      await as(obm).get(`${url}?taskId=${task.id}`).expect(404);
      await as(founder).get(`${url}?taskId=${foreign.task.id}`).expect(404);
      await as(founder).get(`${url}?taskId=${MISSING_ID}`).expect(404);
      const bad = await as(founder).get(`${url}?taskId=42`).expect(400);
      expect(fieldsOf(bad.body)).toEqual(['taskId']);
      // the same VA once on the project: her (empty) list
      await addProjectMember(t.dataSource, project, va.user);
      const own = await as(va).get(`${url}?taskId=${task.id}`).expect(200);
      expect(own.body.items).toEqual([]);
    });

    it('walks every page once with the cursor, running timers included', async () => {
      const { founder, task, url } = await world();
      const made = [];
      for (let day = 2; day <= 6; day += 1) {
        made.push(
          await createTimeEntry(t.dataSource, task, founder.user, `2026-03-0${day}T09:00:00Z`, 30),
        );
      }
      made.push(await createRunningTimer(t.dataSource, task, founder.user, new Date()));
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor ? `limit=2&cursor=${cursor}` : 'limit=2';
        const res = await as(founder).get(`${url}?${query}`).expect(200);
        seen.push(...res.body.items.map((e: EntryBody) => e.id));
        cursor = res.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(made.map((e) => e.id).reverse());
    });

    it('pages through entries a microsecond apart without losing or repeating one', async () => {
      const { founder, task, url } = await world();
      const made = [];
      for (let i = 0; i < 3; i += 1) {
        made.push(
          await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T09:00:00Z', 1),
        );
      }
      // as written by SQL rather than by the API: microseconds JavaScript dates cannot hold
      await t.dataSource.query(
        `UPDATE time_entries SET started_at = started_at + $2 * interval '1 microsecond'
          WHERE id = $1`,
        [made[1].id, 1],
      );
      await t.dataSource.query(
        `UPDATE time_entries SET started_at = started_at + $2 * interval '1 microsecond'
          WHERE id = $1`,
        [made[2].id, 2],
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `limit=1&cursor=${cursor}` : 'limit=1';
        const res = await as(founder).get(`${url}?${query}`).expect(200);
        seen.push(...res.body.items.map((e: EntryBody) => e.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([made[2].id, made[1].id, made[0].id]);
    });

    it.each([
      ['a bad date', 'from=2026-02-30', ['from']],
      ['to before from', 'from=2026-03-10&to=2026-03-01', ['to']],
      ['a bad approved', 'approved=maybe', ['approved']],
      ['a bad member id', 'memberId=me', ['memberId']],
      ['limit 0', 'limit=0', ['limit']],
      ['a forged cursor', 'cursor=abc', ['cursor']],
      ['an unknown filter', 'status=done', ['status']],
    ])('answers 400 to %s', async (_label, query, fields) => {
      const { founder, url } = await world();
      const res = await as(founder).get(`${url}?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });

  describe('PATCH and DELETE /workspaces/:ws/time-entries/:id', () => {
    it('requires authentication', async () => {
      const { task, founder, url } = await world();
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
      );
      await as(null).patch(`${url}/${entry.id}`, { minutes: 45 }).expect(401);
      await as(null).delete(`${url}/${entry.id}`).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { task, founder, url } = await world();
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
      );
      const actor = await outsider();
      await as(actor).patch(`${url}/${entry.id}`, { minutes: 45 }).expect(404);
      await as(actor).delete(`${url}/${entry.id}`).expect(404);
    });

    it('answers 400 to a bad id and 404 to an unknown one', async () => {
      const { founder, url } = await world();
      await as(founder).patch(`${url}/nope`, { minutes: 45 }).expect(400);
      await as(founder).delete(`${url}/nope`).expect(400);
      await as(founder).patch(`${url}/${MISSING_ID}`, { minutes: 45 }).expect(404);
      await as(founder).delete(`${url}/${MISSING_ID}`).expect(404);
    });

    it.each(MANAGERS)('answers 403 to a %s on someone else’s entry', async (role) => {
      const { ws, project, task, url } = await world();
      const va = await worker(ws, project, 'va');
      const actor = await joinAs(t, ws, role);
      const entry = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 30);
      await as(actor).patch(`${url}/${entry.id}`, { minutes: 45 }).expect(403);
      await as(actor).delete(`${url}/${entry.id}`).expect(403);
    });

    it('answers 404 to a VA on someone else’s entry and to a scoped OBM on another client', async () => {
      const { ws, project, task, founder, url } = await world();
      const va = await worker(ws, project, 'va');
      const obm = await joinAs(t, ws, 'obm', {
        clientIds: [(await createClient(t.dataSource, ws)).id],
      });
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
      );
      await as(va).patch(`${url}/${entry.id}`, { minutes: 45 }).expect(404);
      await as(va).delete(`${url}/${entry.id}`).expect(404);
      await as(obm).patch(`${url}/${entry.id}`, { minutes: 45 }).expect(404);
    });

    it.each(ROLES)('lets a %s edit her own entry, audited before and after', async (role) => {
      const { ws, project, task, url } = await world();
      const actor = await worker(ws, project, role);
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        actor.user,
        '2026-03-02T09:00:00Z',
        30,
      );

      const res = await as(actor)
        .patch(`${url}/${entry.id}`, {
          startedAt: '2026-03-02T11:00:00+01:00',
          minutes: 45,
          billable: false,
          note: 'Corrigé',
        })
        .expect(200);

      expect(res.body).toMatchObject({
        startedAt: '2026-03-02T10:00:00.000Z',
        endedAt: '2026-03-02T10:45:00.000Z',
        minutes: 45,
        billable: false,
        note: 'Corrigé',
      });
      const [audit] = await auditOf(t, entry.id);
      expect(audit).toMatchObject({ action: 'time_entry.updated', actor_id: actor.user.id });
      expect(audit.changes).toEqual({
        startedAt: { before: '2026-03-02T09:00:00.000Z', after: '2026-03-02T10:00:00.000Z' },
        endedAt: { before: '2026-03-02T09:30:00.000Z', after: '2026-03-02T10:45:00.000Z' },
        minutes: { before: 30, after: 45 },
        billable: { before: true, after: false },
        note: { before: '', after: 'Corrigé' },
      });
    });

    it('moves an entry to another task she can view, with its project and client', async () => {
      const { ws, project, task, url } = await world();
      const va = await worker(ws, project, 'va');
      const other = await createClient(t.dataSource, ws);
      const otherProject = await createProject(t.dataSource, ws, other);
      const target = await createTask(t.dataSource, otherProject);
      const entry = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 30);

      await as(va).patch(`${url}/${entry.id}`, { taskId: target.id }).expect(404);
      await addProjectMember(t.dataSource, otherProject, va.user);
      const res = await as(va).patch(`${url}/${entry.id}`, { taskId: target.id }).expect(200);

      expect(res.body).toMatchObject({
        taskId: target.id,
        projectId: otherProject.id,
        clientId: other.id,
      });
    });

    it('locks an approved entry: PATCH and DELETE answer 409', async () => {
      const { founder, task, url } = await world();
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
        {
          approvedAt: new Date(),
          approvedById: founder.user.id,
        },
      );
      await as(founder).patch(`${url}/${entry.id}`, { note: 'trop tard' }).expect(409);
      await as(founder).delete(`${url}/${entry.id}`).expect(409);
    });

    it('refuses an edit that overlaps another entry', async () => {
      const { founder, task, url } = await world();
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T10:00:00Z', 60);
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
      );
      await as(founder).patch(`${url}/${entry.id}`, { minutes: 61 }).expect(409);
      await as(founder).patch(`${url}/${entry.id}`, { minutes: 60 }).expect(200);
      // its own old interval is no clash
      await as(founder)
        .patch(`${url}/${entry.id}`, { startedAt: '2026-03-02T08:59:00Z' })
        .expect(200);
    });

    it('refuses minutes on a running timer, but lets its note change', async () => {
      const { founder, task, url } = await world();
      const timer = await createRunningTimer(t.dataSource, task, founder.user, new Date());
      await as(founder).patch(`${url}/${timer.id}`, { minutes: 30 }).expect(409);
      const res = await as(founder).patch(`${url}/${timer.id}`, { note: 'Appels' }).expect(200);
      expect(res.body).toMatchObject({ running: true, note: 'Appels' });
    });

    it.each([
      ['minutes 0', { minutes: 0 }, ['minutes']],
      ['over 24 hours', { minutes: 2000 }, ['minutes']],
      ['a null note', { note: null }, ['note']],
      ['an approval', { approved: true }, ['approved']],
      ['a bad start', { startedAt: '2026-03-02' }, ['startedAt']],
    ])('answers 400 to %s', async (_label, change, fields) => {
      const { founder, task, url } = await world();
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
      );
      const res = await as(founder).patch(`${url}/${entry.id}`, change).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });

    it('deletes her own entry (a running timer too), audited', async () => {
      const { ws, project, task, url } = await world();
      const va = await worker(ws, project, 'va');
      const entry = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 30);
      const timer = await createRunningTimer(t.dataSource, task, va.user, new Date());

      await as(va).delete(`${url}/${entry.id}`).expect(204);
      await as(va).delete(`${url}/${timer.id}`).expect(204);

      await as(va).delete(`${url}/${entry.id}`).expect(404);
      expect((await as(va).get(url).expect(200)).body.items).toEqual([]);
      const [audit] = await auditOf(t, entry.id);
      expect(audit).toMatchObject({ action: 'time_entry.deleted', actor_id: va.user.id });
      expect(audit.changes).toMatchObject({ minutes: { before: 30, after: null } });
    });
  });

  describe('POST /workspaces/:ws/time-entries/:id/approve and /approve', () => {
    it('requires authentication', async () => {
      const { task, founder, url } = await world();
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
      );
      await as(null).post(`${url}/${entry.id}/approve`).expect(401);
      await as(null)
        .post(`${url}/approve`, { ids: [entry.id] })
        .expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { task, founder, url } = await world();
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
      );
      const actor = await outsider();
      await as(actor).post(`${url}/${entry.id}/approve`).expect(404);
      await as(actor)
        .post(`${url}/approve`, { ids: [entry.id] })
        .expect(404);
    });

    it('answers 403 to a VA, even on her own entry', async () => {
      const { ws, project, task, url } = await world();
      const va = await worker(ws, project, 'va');
      const entry = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 30);
      await as(va).post(`${url}/${entry.id}/approve`).expect(403);
      await as(va)
        .post(`${url}/approve`, { ids: [entry.id] })
        .expect(403);
    });

    it.each(MANAGERS)('lets a %s approve an entry of the team, once', async (role) => {
      const { ws, project, task, url } = await world();
      const va = await worker(ws, project, 'va');
      const actor = await joinAs(t, ws, role);
      const entry = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 30);

      const res = await as(actor).post(`${url}/${entry.id}/approve`).expect(200);
      const again = await as(actor).post(`${url}/${entry.id}/approve`).expect(200);

      expect(res.body).toMatchObject({ id: entry.id, approved: true, approvedById: actor.user.id });
      expect(again.body.approvedAt).toBe(res.body.approvedAt);
      const audit = await auditOf(t, entry.id);
      expect(audit).toEqual([
        expect.objectContaining({ action: 'time_entry.approved', actor_id: actor.user.id }),
      ]);
      await as(va).patch(`${url}/${entry.id}`, { minutes: 40 }).expect(409);
    });

    it('approves in bulk, all or none', async () => {
      const { ws, project, task, founder, url } = await world();
      const va = await worker(ws, project, 'va');
      const a = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 30);
      const b = await createTimeEntry(t.dataSource, task, va.user, '2026-03-03T09:00:00Z', 30);

      await as(founder)
        .post(`${url}/approve`, { ids: [a.id, MISSING_ID] })
        .expect(404);
      expect((await as(founder).get(`${url}?approved=true`).expect(200)).body.items).toEqual([]);

      const res = await as(founder)
        .post(`${url}/approve`, { ids: [a.id, b.id] })
        .expect(200);
      expect(res.body.items.map((e: EntryBody) => [e.id, e.approved])).toEqual([
        [a.id, true],
        [b.id, true],
      ]);
    });

    it('answers 409 for a running timer and 404 to a scoped OBM for another client', async () => {
      const { ws, task, founder, url } = await world();
      const timer = await createRunningTimer(t.dataSource, task, founder.user, new Date());
      await as(founder).post(`${url}/${timer.id}/approve`).expect(409);
      await as(founder)
        .post(`${url}/approve`, { ids: [timer.id] })
        .expect(409);
      const obm = await joinAs(t, ws, 'obm', {
        clientIds: [(await createClient(t.dataSource, ws)).id],
      });
      const entry = await createTimeEntry(
        t.dataSource,
        task,
        founder.user,
        '2026-03-02T09:00:00Z',
        30,
      );
      await as(obm).post(`${url}/${entry.id}/approve`).expect(404);
      await as(obm)
        .post(`${url}/approve`, { ids: [entry.id] })
        .expect(404);
    });

    it.each([
      ['no ids', { ids: [] }],
      ['ids that are not UUIDs', { ids: ['a'] }],
      ['the same id twice', { ids: [MISSING_ID, MISSING_ID] }],
      [
        'too many ids',
        {
          ids: Array.from(
            { length: 201 },
            (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          ),
        },
      ],
      ['no body', {}],
    ])('answers 400 to %s', async (_label, payload) => {
      const { founder, url } = await world();
      const res = await as(founder).post(`${url}/approve`, payload).expect(400);
      expect(fieldsOf(res.body)).toEqual(['ids']);
    });
  });

  describe('GET /workspaces/:ws/time-entries/export.csv', () => {
    /** The raw bytes of the response. */
    function download(actor: Actor | null, url: string) {
      return as(actor)
        .get(url)
        .buffer(true)
        .parse((res, callback) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => callback(null, Buffer.concat(chunks)));
        });
    }

    const linesOf = (raw: Buffer) =>
      raw
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(0, -1);

    it('requires authentication', async () => {
      const { url } = await world();
      await as(null).get(`${url}/export.csv`).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { url } = await world();
      await as(await outsider())
        .get(`${url}/export.csv`)
        .expect(404);
    });

    it('streams a UTF-8 CSV with BOM, a row per entry, dated in the workspace zone', async () => {
      const { founder, task, url } = await world();
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-31T22:30:00Z', 90);
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T09:00:00Z', 30, {
        billable: false,
        approvedAt: new Date(),
      });
      await createRunningTimer(t.dataSource, task, founder.user, new Date());

      const res = await download(founder, `${url}/export.csv?from=2026-03-01&to=2026-04-02`).expect(
        200,
      );

      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="time-entries_2026-03-01_2026-04-02.csv"',
      );
      const raw = res.body as Buffer;
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(linesOf(raw)).toEqual([
        'date,start,client,project,task,member,minutes,billable,approved,note,amount_EUR,cost_EUR',
        '2026-03-02,10:00,Boutique Éclat,Refonte,Écrire la newsletter,Test User,30,no,yes,,0.00,15.00',
        '2026-04-01,00:30,Boutique Éclat,Refonte,Écrire la newsletter,Test User,90,yes,no,,60.00,45.00',
      ]);
    });

    it('uses ; and decimal commas on request, quoting notes that need it', async () => {
      const { founder, task, url } = await world();
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T09:00:00Z', 90, {
        note: 'Appel "urgent"; rappeler',
      });
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-03T09:00:00Z', 10, {
        note: '=SOMME(A1:A2)',
      });

      const res = await download(
        founder,
        `${url}/export.csv?from=2026-03-01&to=2026-04-01&separator=semicolon`,
      ).expect(200);

      expect(linesOf(res.body)).toEqual([
        'date;start;client;project;task;member;minutes;billable;approved;note;amount_EUR;cost_EUR',
        '2026-03-02;10:00;Boutique Éclat;Refonte;Écrire la newsletter;Test User;90;yes;no;"Appel ""urgent""; rappeler";60,00;45,00',
        "2026-03-03;10:00;Boutique Éclat;Refonte;Écrire la newsletter;Test User;10;yes;no;'=SOMME(A1:A2);6,67;5,00",
      ]);
    });

    it('leaves money out for an OBM, and shows a VA only her own rows', async () => {
      const { ws, project, task, founder, url } = await world();
      const obm = await joinAs(t, ws, 'obm');
      const va = await worker(ws, project, 'va');
      await createTimeEntry(t.dataSource, task, founder.user, '2026-03-02T09:00:00Z', 30);
      await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 45);
      const query = `${url}/export.csv?from=2026-03-01&to=2026-04-01`;

      const forObm = linesOf((await download(obm, query).expect(200)).body);
      const forVa = linesOf((await download(va, query).expect(200)).body);

      expect(forObm[0]).toBe(
        'date,start,client,project,task,member,minutes,billable,approved,note',
      );
      expect(forObm).toHaveLength(3);
      expect(forVa).toHaveLength(2);
      expect(forVa[1]).toContain(',45,');
      await download(va, `${query}&memberId=${founder.user.id}`).expect(403);
    });

    it('reads every batch of a long export, in order', async () => {
      const { founder, task, url } = await world();
      await t.dataSource.query(
        `INSERT INTO time_entries (workspace_id, user_id, task_id, project_id, client_id,
                                   started_at, ended_at, minutes)
         SELECT $1, $2, $3, $4, $5,
                '2026-01-01T08:00:00Z'::timestamptz + g * interval '1 hour',
                '2026-01-01T08:30:00Z'::timestamptz + g * interval '1 hour', 30
           FROM generate_series(0, 1200) AS g`,
        [task.workspaceId, founder.user.id, task.id, task.projectId, task.clientId],
      );

      const res = await download(founder, `${url}/export.csv?from=2026-01-01&to=2026-03-01`).expect(
        200,
      );

      const lines = linesOf(res.body);
      expect(lines).toHaveLength(1202);
      expect(lines[1].startsWith('2026-01-01,09:00,')).toBe(true);
      // entry 1200 starts 50 days later, at 08:00 UTC, 09:00 in Paris
      expect(lines[1201].startsWith('2026-02-20,09:00,')).toBe(true);
    });

    it.each([
      ['a tab separator', 'separator=tab', ['separator']],
      ['a bad from', 'from=2026-13-01', ['from']],
      ['to before from', 'from=2026-03-10&to=2026-03-01', ['to']],
      ['a period over ten years', 'from=2000-01-01&to=2026-01-01', ['to']],
    ])('answers 400 to %s', async (_label, query, fields) => {
      const { founder, url } = await world();
      const res = await as(founder).get(`${url}/export.csv?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });
});
