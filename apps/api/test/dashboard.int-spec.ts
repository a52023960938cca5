import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { addCalendarDays, periodIsoWeeks, ROLES, todayIn, type Role } from '@relais/domain';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import type { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import { signIn } from './auth-helpers';
import {
  createClient,
  createCompletedTask,
  createProject,
  createTask,
} from './dashboard-factories';
import { addMember, createUser, createWorkspace, uniqueEmail } from './factories';
import { startTestApp, type TestApp } from './test-app';
import { createRunningTimer, createTimeEntry } from './time-factories';

const PARIS = 'Europe/Paris';

describe('GET /api/workspaces/:ws/dashboard', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const url = (workspaceId: string, query = '') =>
    `/api/workspaces/${workspaceId}/dashboard${query}`;

  /** A new user, member of the workspace with the role, and their access token. */
  async function member(
    workspace: WorkspaceEntity,
    role: Role,
    overrides: Parameters<typeof addMember>[4] = {},
    name = `${role} ${randomUUID().slice(0, 4)}`,
  ): Promise<{ user: UserEntity; membership: MembershipEntity; token: string }> {
    const user = await createUser(t.dataSource, { email: uniqueEmail(role), name });
    const membership = await addMember(t.dataSource, workspace, user, role, overrides);
    const { accessToken } = await signIn(t, user.email);
    return { user, membership, token: accessToken };
  }

  function get(token: string, workspaceId: string, query = '') {
    return request(t.http).get(url(workspaceId, query)).set('Authorization', `Bearer ${token}`);
  }

  describe('access', () => {
    it('requires authentication', async () => {
      const workspace = await createWorkspace(t.dataSource);
      await request(t.http).get(url(workspace.id)).expect(401);
    });

    it('answers 400 naming ws when the workspace id is not a UUID', async () => {
      const workspace = await createWorkspace(t.dataSource);
      const { token } = await member(workspace, 'founder', { owner: true });
      const res = await get(token, 'not-a-uuid').expect(400);
      expect(res.body.fields).toEqual([{ field: 'ws', errors: expect.any(Array) }]);
    });

    it('answers 404 to a non-member and to a deactivated member', async () => {
      const workspace = await createWorkspace(t.dataSource);
      const other = await createWorkspace(t.dataSource);
      const outsider = await member(other, 'founder', { owner: true });
      await get(outsider.token, workspace.id).expect(404);
      const gone = await member(workspace, 'obm', { active: false });
      await get(gone.token, workspace.id).expect(404);
      await get(outsider.token, randomUUID()).expect(404);
    });

    it.each(ROLES)('lets a %s see a dashboard (dashboard.view)', async (role) => {
      const workspace = await createWorkspace(t.dataSource, { timeZone: PARIS });
      const { token } = await member(workspace, role);
      const res = await get(token, workspace.id).expect(200);
      const today = todayIn(PARIS);
      expect(res.body.period).toEqual({
        from: addCalendarDays(today, -30),
        to: addCalendarDays(today, 1),
        timeZone: PARIS,
      });
    });

    it('answers 404 to a clientId of another workspace or of no client', async () => {
      const workspace = await createWorkspace(t.dataSource);
      const other = await createWorkspace(t.dataSource);
      const foreign = await createClient(t.dataSource, other);
      const { token } = await member(workspace, 'founder', { owner: true });
      await get(token, workspace.id, `?clientId=${foreign.id}`).expect(404);
      await get(token, workspace.id, `?clientId=${randomUUID()}`).expect(404);
    });

    it.each(['obm', 'va'] as const)(
      'answers 404 to a %s asking for a client outside their client scope',
      async (role) => {
        const workspace = await createWorkspace(t.dataSource);
        const mine = await createClient(t.dataSource, workspace);
        const notMine = await createClient(t.dataSource, workspace);
        const { token } = await member(workspace, role, { clientIds: [mine.id] });
        await get(token, workspace.id, `?clientId=${notMine.id}`).expect(404);
        await get(token, workspace.id, `?clientId=${mine.id}`).expect(200);
      },
    );

    it.each([
      ['a malformed from', '?from=2026-4-01', ['from']],
      ['an impossible date', '?from=2026-02-30&to=2026-03-10', ['from']],
      ['a to that is not a date', '?to=tomorrow', ['to']],
      ['two malformed dates', '?from=x&to=y', ['from', 'to']],
      ['from not before to', '?from=2026-04-10&to=2026-04-10', ['to']],
      ['from after today with no to', '?from=2999-01-01', ['from']],
      ['a period over ten years', '?from=2000-01-01&to=2020-01-01', ['to']],
      ['a repeated from', '?from=2026-04-01&from=2026-04-02', ['from']],
      ['a clientId that is not a UUID', '?clientId=42', ['clientId']],
      ['an unknown parameter', '?assigneeId=x', ['assigneeId']],
    ])('answers 400 naming the field for %s', async (_label, query, fields) => {
      const workspace = await createWorkspace(t.dataSource);
      const { token } = await member(workspace, 'founder', { owner: true });
      const res = await get(token, workspace.id, query).expect(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(fields);
    });
  });

  /**
   * One workspace in Europe/Paris (UTC+2 in April 2026) with hand-placed completions around the
   * period [2026-04-01, 2026-04-15): ISO weeks 2026-W14 (from Mon 30 March), W15 and W16.
   */
  describe('figures', () => {
    const PERIOD = '?from=2026-04-01&to=2026-04-15';
    let workspace: WorkspaceEntity;
    let clientA: string;
    let clientB: string;
    const token: Record<
      'founder' | 'ops' | 'obm' | 'va' | 'va2' | 'obmScopedB' | 'founderScopedA',
      string
    > = {} as never;
    const userId: Record<'founder' | 'ops' | 'obm' | 'va' | 'va2', string> = {} as never;
    const today = todayIn(PARIS);
    const inDays = (days: number) => addCalendarDays(today, days);

    beforeAll(async () => {
      workspace = await createWorkspace(t.dataSource, { timeZone: PARIS });
      const a = await createClient(t.dataSource, workspace, { name: 'A' });
      const b = await createClient(t.dataSource, workspace, { name: 'B' });
      clientA = a.id;
      clientB = b.id;
      const founder = await member(workspace, 'founder', { owner: true }, 'Anne Fondatrice');
      const ops = await member(
        workspace,
        'ops_director',
        { weeklyCapacityHours: '10' },
        'Bruno Ops',
      );
      const obm = await member(workspace, 'obm', { weeklyCapacityHours: '35' }, 'Chloé OBM');
      const va = await member(workspace, 'va', { weeklyCapacityHours: '20' }, 'Diane VA');
      const va2 = await member(workspace, 'va', { weeklyCapacityHours: '15.5' }, 'Emma VA');
      const obmScopedB = await member(workspace, 'obm', { clientIds: [b.id] }, 'Farid OBM');
      const founderScopedA = await member(workspace, 'founder', { clientIds: [a.id] }, 'Gina');
      await member(workspace, 'va', { active: false, weeklyCapacityHours: '30' }, 'Zoé Partie');
      Object.assign(token, {
        founder: founder.token,
        ops: ops.token,
        obm: obm.token,
        va: va.token,
        va2: va2.token,
        obmScopedB: obmScopedB.token,
        founderScopedA: founderScopedA.token,
      });
      Object.assign(userId, {
        founder: founder.user.id,
        ops: ops.user.id,
        obm: obm.user.id,
        va: va.user.id,
        va2: va2.user.id,
      });

      const projectA = await createProject(
        t.dataSource,
        a,
        // delivered at 23:30 in Paris on its due day: on time
        { status: 'done', dueDate: '2026-04-05', completedAt: new Date('2026-04-05T21:30:00Z') },
        [va.user.id],
      );
      const projectB = await createProject(t.dataSource, b, {
        // 00:30 in Paris the day after its due day: late, though still the due day in UTC
        status: 'done',
        dueDate: '2026-04-05',
        completedAt: new Date('2026-04-05T22:30:00Z'),
      });
      // no due date: not rated
      await createProject(t.dataSource, a, {
        status: 'done',
        completedAt: new Date('2026-04-03T09:00:00Z'),
      });
      // 23:30 on 31 March in Paris: before the period
      await createProject(t.dataSource, a, {
        status: 'done',
        dueDate: '2026-03-01',
        completedAt: new Date('2026-03-31T21:30:00Z'),
      });

      const done = (
        completedAt: string,
        dueDate: string | null,
        assignee: string,
        project = projectA,
      ) =>
        createCompletedTask(t.dataSource, project, completedAt, dueDate, {
          assigneeId: assignee,
        });
      // 00:30 on 1 April in Paris: in the period (W14), on time
      await done('2026-03-31T22:30:00Z', '2026-04-01', va.user.id);
      // 23:30 on 31 March in Paris: before the period (W14 when the period covers it)
      await done('2026-03-31T21:30:00Z', null, va.user.id);
      // 23:59 on 14 April in Paris: last minute of the period (W16), on time
      await done('2026-04-14T21:59:00Z', '2026-04-14', obm.user.id);
      // midnight of 15 April in Paris: after the period
      await done('2026-04-14T22:00:00Z', '2026-04-14', obm.user.id);
      // on the due day at 23:30 in Paris: on time (W15)
      await done('2026-04-07T21:30:00Z', '2026-04-07', va.user.id);
      // 00:30 the day after the due day in Paris: late (W15)
      await done('2026-04-07T22:30:00Z', '2026-04-07', va.user.id);
      // no due date: counted, not rated (W15)
      await done('2026-04-09T10:00:00Z', null, obm.user.id);
      // client B, a day late (W15)
      await done('2026-04-10T10:00:00Z', '2026-04-09', va2.user.id, projectB);

      const open = (project: typeof projectA, fields: Parameters<typeof createTask>[2]) =>
        createTask(t.dataSource, project, fields);
      // overdue: not done, due before today in Paris
      await open(projectA, {
        status: 'todo',
        dueDate: inDays(-1),
        assigneeId: va.user.id,
        estimateMinutes: 60,
      });
      await open(projectB, { status: 'in_progress', dueDate: inDays(-10) });
      // not overdue: due today, done, or no due date
      await open(projectA, {
        status: 'in_review',
        dueDate: inDays(0),
        assigneeId: va.user.id,
        estimateMinutes: 90,
      });
      await createCompletedTask(t.dataSource, projectA, '2025-06-01T10:00:00Z', inDays(-5), {
        assigneeId: va.user.id,
      });
      await open(projectA, { status: 'todo', assigneeId: va.user.id, estimateMinutes: 45 });
      // workload window [today, today + 7)
      await open(projectA, {
        status: 'in_progress',
        dueDate: inDays(6),
        assigneeId: va.user.id,
        estimateMinutes: 30,
      });
      await open(projectA, {
        status: 'todo',
        dueDate: inDays(7),
        assigneeId: va.user.id,
        estimateMinutes: 120,
      });
      await open(projectA, { status: 'todo', dueDate: inDays(2), assigneeId: va.user.id });
      await createCompletedTask(t.dataSource, projectA, new Date().toISOString(), inDays(1), {
        assigneeId: va.user.id,
        estimateMinutes: 300,
      });
      await open(projectB, {
        status: 'todo',
        dueDate: inDays(3),
        assigneeId: obm.user.id,
        estimateMinutes: 100,
      });

      // another workspace, same people: never counted
      const other = await createWorkspace(t.dataSource, { timeZone: PARIS });
      await addMember(t.dataSource, other, va.user, 'va');
      const otherClient = await createClient(t.dataSource, other);
      const otherProject = await createProject(t.dataSource, otherClient);
      await createCompletedTask(t.dataSource, otherProject, '2026-04-08T10:00:00Z', '2026-04-01', {
        assigneeId: va.user.id,
      });
      await createTask(t.dataSource, otherProject, {
        dueDate: inDays(-3),
        assigneeId: va.user.id,
        estimateMinutes: 600,
      });
      await createTask(t.dataSource, otherProject, {
        dueDate: inDays(1),
        assigneeId: va.user.id,
        estimateMinutes: 600,
      });
    });

    const workloadRow = (
      who: keyof typeof userId,
      name: string,
      openTasks: number,
      estimatedHoursNext7Days: number,
      weeklyCapacityHours: number,
    ) => ({ userId: userId[who], name, openTasks, estimatedHoursNext7Days, weeklyCapacityHours });

    it.each(['founder', 'ops', 'obm'] as const)(
      'gives the %s the team figures of the period',
      async (who) => {
        const res = await get(token[who], workspace.id, PERIOD).expect(200);
        // time and money figures come with the task figures; money only for those who see it
        expect(res.body).toHaveProperty('hoursLogged', 0);
        expect(res.body.budgetBurn.length).toBeGreaterThan(0);
        expect('money' in res.body).toBe(who !== 'obm');
        expect(res.body).toMatchObject({
          period: { from: '2026-04-01', to: '2026-04-15', timeZone: PARIS },
          tasksCompleted: 6,
          // 3 on time of 5 with a due date (the one without is not rated)
          onTimeRate: 0.6,
          tasksOverdue: 2,
          // project A on time, project B late; the one without due date is not rated
          projectsOnTimeRate: 0.5,
          throughput: [
            { week: '2026-W14', completed: 1 },
            { week: '2026-W15', completed: 4 },
            { week: '2026-W16', completed: 1 },
          ],
          workload: [
            workloadRow('founder', 'Anne Fondatrice', 0, 0, 0),
            workloadRow('ops', 'Bruno Ops', 0, 0, 10),
            // 100 minutes due in 3 days
            workloadRow('obm', 'Chloé OBM', 1, 1.67, 35),
            // 6 open tasks; 90 + 30 + 0 minutes due in [today, today + 7)
            workloadRow('va', 'Diane VA', 6, 2, 20),
            workloadRow('va2', 'Emma VA', 0, 0, 15.5),
            // the scoped members have no task
            expect.objectContaining({ name: 'Farid OBM', openTasks: 0 }),
            expect.objectContaining({ name: 'Gina', openTasks: 0 }),
          ],
        });
      },
    );

    it('dates completions in the workspace zone at both ends of the period', async () => {
      const res = await get(token.founder, workspace.id, '?from=2026-03-16&to=2026-04-08').expect(
        200,
      );
      // 31 March 23:30 and 1 April 00:30 (W14), 7 April 23:30 (W15); 8 April 00:30 is out
      expect(res.body.tasksCompleted).toBe(3);
      expect(res.body.onTimeRate).toBe(1);
      expect(res.body.throughput).toEqual([
        { week: '2026-W12', completed: 0 },
        { week: '2026-W13', completed: 0 },
        { week: '2026-W14', completed: 2 },
        { week: '2026-W15', completed: 1 },
      ]);
      // A on time; B (6 April 00:30 in Paris) and the one of 31 March 23:30 late
      expect(res.body.projectsOnTimeRate).toBe(1 / 3);
    });

    it('gives null rates, not 0, when nothing in the period can be rated', async () => {
      const empty = await get(token.founder, workspace.id, '?from=2025-01-01&to=2025-02-01');
      expect(empty.status).toBe(200);
      expect(empty.body).toMatchObject({
        tasksCompleted: 0,
        onTimeRate: null,
        projectsOnTimeRate: null,
        throughput: ['2025-W01', '2025-W02', '2025-W03', '2025-W04', '2025-W05'].map((week) => ({
          week,
          completed: 0,
        })),
      });
      // one completion on 31 March in Paris, without a due date
      const unrated = await get(token.founder, workspace.id, '?from=2026-03-31&to=2026-04-01');
      expect(unrated.body).toMatchObject({
        tasksCompleted: 1,
        onTimeRate: null,
        throughput: [{ week: '2026-W14', completed: 1 }],
      });
    });

    it('defaults to the last 30 days and today, every ISO week listed', async () => {
      const res = await get(token.founder, workspace.id).expect(200);
      const from = inDays(-30);
      const to = inDays(1);
      expect(res.body.period).toEqual({ from, to, timeZone: PARIS });
      expect(res.body.throughput.map((w: { week: string }) => w.week)).toEqual(
        periodIsoWeeks(from, to),
      );
      // the task completed just now, a day before its due date
      expect(res.body.tasksCompleted).toBe(1);
      expect(res.body.onTimeRate).toBe(1);
    });

    it('gives a VA her own figures only, and only her workload row', async () => {
      const res = await get(token.va, workspace.id, PERIOD).expect(200);
      expect(res.body).not.toHaveProperty('money');
      expect(res.body.budgetBurn).toEqual([]);
      expect(res.body).toMatchObject({
        period: { from: '2026-04-01', to: '2026-04-15', timeZone: PARIS },
        // 1 April 00:30 on time, 7 April 23:30 on time, 8 April 00:30 late
        tasksCompleted: 3,
        onTimeRate: 2 / 3,
        tasksOverdue: 1,
        // the project she belongs to, delivered on time
        projectsOnTimeRate: 1,
        throughput: [
          { week: '2026-W14', completed: 1 },
          { week: '2026-W15', completed: 2 },
          { week: '2026-W16', completed: 0 },
        ],
        workload: [workloadRow('va', 'Diane VA', 6, 2, 20)],
      });
      const other = await get(token.va2, workspace.id, PERIOD).expect(200);
      expect(other.body).toMatchObject({
        tasksCompleted: 1,
        onTimeRate: 0,
        tasksOverdue: 0,
        // project B, where she has a task, delivered late
        projectsOnTimeRate: 0,
        workload: [workloadRow('va2', 'Emma VA', 0, 0, 15.5)],
      });
    });

    it("gives a client-scoped member only their client's figures", async () => {
      const res = await get(token.obmScopedB, workspace.id, PERIOD).expect(200);
      expect(res.body).toMatchObject({
        tasksCompleted: 1,
        // rated and late: 0, not null
        onTimeRate: 0,
        tasksOverdue: 1,
        projectsOnTimeRate: 0,
        throughput: [
          { week: '2026-W14', completed: 0 },
          { week: '2026-W15', completed: 1 },
          { week: '2026-W16', completed: 0 },
        ],
      });
      const obmRow = res.body.workload.find((row: { userId: string }) => row.userId === userId.obm);
      const vaRow = res.body.workload.find((row: { userId: string }) => row.userId === userId.va);
      expect(obmRow).toMatchObject({ openTasks: 1, estimatedHoursNext7Days: 1.67 });
      expect(vaRow).toMatchObject({ openTasks: 0, estimatedHoursNext7Days: 0 });

      const portal = await get(token.founderScopedA, workspace.id, PERIOD).expect(200);
      expect(portal.body).toMatchObject({
        tasksCompleted: 5,
        onTimeRate: 0.75,
        tasksOverdue: 1,
        projectsOnTimeRate: 1,
      });
    });

    it('narrows to the clientId asked for', async () => {
      const b = await get(token.founder, workspace.id, `${PERIOD}&clientId=${clientB}`).expect(200);
      expect(b.body).toMatchObject({
        tasksCompleted: 1,
        onTimeRate: 0,
        tasksOverdue: 1,
        projectsOnTimeRate: 0,
      });
      const a = await get(
        token.founder,
        workspace.id,
        `${PERIOD}&clientId=${clientA.toUpperCase()}`,
      ).expect(200);
      expect(a.body).toMatchObject({ tasksCompleted: 5, onTimeRate: 0.75, tasksOverdue: 1 });
      const vaOnB = await get(token.va, workspace.id, `${PERIOD}&clientId=${clientB}`).expect(200);
      expect(vaOnB.body).toMatchObject({
        tasksCompleted: 0,
        onTimeRate: null,
        tasksOverdue: 0,
        workload: [workloadRow('va', 'Diane VA', 0, 0, 20)],
      });
    });
  });

  /**
   * Time logged around the period [Wed 2026-03-25, Wed 2026-04-08) in Europe/Paris, which moves
   * from UTC+1 to UTC+2 on Sunday 29 March: weeks start on Mondays 23 March, 30 March and
   * 6 April. An entry belongs to the week of the local day it starts.
   */
  describe('hours by week', () => {
    const PERIOD = '?from=2026-03-25&to=2026-04-08';
    let workspace: WorkspaceEntity;
    let clientB: string;
    const token: Record<'founder' | 'obm' | 'va' | 'obmScopedB', string> = {} as never;
    const week = (weekStart: string, hours: number, billableHours: number) => ({
      weekStart,
      hours,
      billableHours,
    });

    beforeAll(async () => {
      workspace = await createWorkspace(t.dataSource, { timeZone: PARIS });
      const a = await createClient(t.dataSource, workspace, { name: 'A' });
      const b = await createClient(t.dataSource, workspace, { name: 'B' });
      clientB = b.id;
      const founder = await member(workspace, 'founder', { owner: true });
      const obm = await member(workspace, 'obm');
      const va = await member(workspace, 'va');
      const obmScopedB = await member(workspace, 'obm', { clientIds: [b.id] });
      Object.assign(token, {
        founder: founder.token,
        obm: obm.token,
        va: va.token,
        obmScopedB: obmScopedB.token,
      });
      const taskA = await createTask(t.dataSource, await createProject(t.dataSource, a));
      const taskB = await createTask(t.dataSource, await createProject(t.dataSource, b));
      const log = (
        task: typeof taskA,
        who: UserEntity,
        startedAt: string,
        minutes: number,
        billable = true,
      ) => createTimeEntry(t.dataSource, task, who, startedAt, minutes, { billable });

      // Tuesday 24 March, 11:00 in Paris: before the period
      await log(taskA, va.user, '2026-03-24T10:00:00Z', 60);
      // Wednesday 25 March, 10:00 (UTC+1): week of 23 March
      await log(taskA, va.user, '2026-03-25T09:00:00Z', 90);
      // Sunday 29 March, 23:30 (UTC+2), running past midnight: still the week of 23 March
      await log(taskA, founder.user, '2026-03-29T21:30:00Z', 120, false);
      // Monday 30 March, 00:30 in Paris (still Sunday in UTC): week of 30 March
      await log(taskA, va.user, '2026-03-29T22:30:00Z', 60);
      // client B, Wednesday 1 April: week of 30 March
      await log(taskB, obm.user, '2026-04-01T08:00:00Z', 20);
      // Tuesday 7 April, 23:59: the last minute of the period, week of 6 April
      await log(taskA, va.user, '2026-04-07T21:59:00Z', 45);
      // Wednesday 8 April, 00:00 in Paris: after the period
      await log(taskA, va.user, '2026-04-07T22:00:00Z', 60);
      // a timer still running counts no hours
      await createRunningTimer(t.dataSource, taskA, obm.user, new Date('2026-04-02T08:00:00Z'));
      // another workspace of the same VA: never counted
      const other = await createWorkspace(t.dataSource, { timeZone: PARIS });
      await addMember(t.dataSource, other, va.user, 'va');
      const otherTask = await createTask(
        t.dataSource,
        await createProject(t.dataSource, await createClient(t.dataSource, other)),
      );
      await log(otherTask, va.user, '2026-03-31T08:00:00Z', 240);
    });

    it.each(['founder', 'obm'] as const)(
      'gives the %s every week of the period, dated in the workspace zone',
      async (who) => {
        const res = await get(token[who], workspace.id, PERIOD).expect(200);
        expect(res.body.hoursByWeek).toEqual([
          // 90 + 120 (not billable) minutes
          week('2026-03-23', 3.5, 1.5),
          // 60 + 20 minutes
          week('2026-03-30', 1.33, 1.33),
          week('2026-04-06', 0.75, 0.75),
        ]);
        // the weeks add up to the period's figures: 335 minutes, 215 billable
        expect(res.body).toMatchObject({ hoursLogged: 5.58, billableHours: 3.58 });
      },
    );

    it('narrows to the client asked for, and to the client scope', async () => {
      const expected = [
        week('2026-03-23', 0, 0),
        week('2026-03-30', 0.33, 0.33),
        week('2026-04-06', 0, 0),
      ];
      const asked = await get(token.founder, workspace.id, `${PERIOD}&clientId=${clientB}`);
      expect(asked.status).toBe(200);
      expect(asked.body.hoursByWeek).toEqual(expected);
      const scoped = await get(token.obmScopedB, workspace.id, PERIOD).expect(200);
      expect(scoped.body.hoursByWeek).toEqual(expected);
    });

    it('gives a VA her own hours only', async () => {
      const res = await get(token.va, workspace.id, PERIOD).expect(200);
      expect(res.body.hoursByWeek).toEqual([
        week('2026-03-23', 1.5, 1.5),
        week('2026-03-30', 1, 1),
        week('2026-04-06', 0.75, 0.75),
      ]);
    });

    it('lists weeks without time as zeros, from the Monday before the period starts', async () => {
      const res = await get(token.founder, workspace.id, '?from=2026-03-22&to=2026-03-24');
      expect(res.status).toBe(200);
      // Sunday 22 March is in the week of 16 March; Monday 23 March has no time
      expect(res.body.hoursByWeek).toEqual([week('2026-03-16', 0, 0), week('2026-03-23', 0, 0)]);
    });
  });

  describe("the workspace's time zone", () => {
    // Far from UTC, "today" differs from UTC's for part of every day: one of the two catches a
    // server that counts overdue tasks against UTC's today.
    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
      "counts overdue tasks against today in the workspace's zone (%s)",
      async (timeZone) => {
        const workspace = await createWorkspace(t.dataSource, { timeZone });
        const client = await createClient(t.dataSource, workspace);
        const project = await createProject(t.dataSource, client);
        const localToday = todayIn(timeZone);
        await createTask(t.dataSource, project, { dueDate: addCalendarDays(localToday, -1) });
        await createTask(t.dataSource, project, { dueDate: localToday });
        const { token } = await member(workspace, 'founder', { owner: true });
        const res = await get(token, workspace.id).expect(200);
        expect(res.body.tasksOverdue).toBe(1);
        expect(res.body.period).toMatchObject({ to: addCalendarDays(localToday, 1), timeZone });
      },
    );
  });
});
