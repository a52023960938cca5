import request from 'supertest';
import { addCalendarDays, localDateIn, type Role } from '@relais/domain';
import { DemoSeeder } from '../src/modules/demo/demo-seeder';
import { DEMO_TIME_ZONE, DEMO_WORKSPACE_NAME } from '../src/modules/demo/demo-data';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/modules/meta/demo-users';
import { signIn } from './auth-helpers';
import { startTestApp, type TestApp } from './test-app';

/**
 * The demo workspace as each demo user finds it through the API. The demo accounts have fixed
 * emails, so on TEST_DB=postgres they may already exist from another file of the run (the
 * seeder then skips): nothing here assumes a fresh database, and the dashboard's period is
 * anchored on the day the demo was seeded.
 */
describe('demo workspace (SEED_DEMO=true)', () => {
  let t: TestApp;
  let workspaceId: string;
  let period: string;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
    for (const demo of DEMO_USERS) {
      const { accessToken } = await signIn(t, demo.email, DEMO_PASSWORD);
      tokens[demo.role] = accessToken;
    }
    const me = await request(t.http)
      .get('/api/me')
      .set('Authorization', `Bearer ${tokens.founder}`)
      .expect(200);
    workspaceId = me.body.memberships.find(
      (m: { workspaceName: string; role: Role }) =>
        m.workspaceName === DEMO_WORKSPACE_NAME && m.role === 'founder',
    ).workspaceId;
    const [seeded] = await t.dataSource.query('SELECT created_at FROM workspaces WHERE id = $1', [
      workspaceId,
    ]);
    const seedDay = localDateIn(new Date(seeded.created_at), DEMO_TIME_ZONE);
    period = `?from=${addCalendarDays(seedDay, -30)}&to=${addCalendarDays(seedDay, 1)}`;
  });

  afterAll(async () => {
    await t.close();
  });

  const dashboard = (role: Role, query = period) =>
    request(t.http)
      .get(`/api/workspaces/${workspaceId}/dashboard${query}`)
      .set('Authorization', `Bearer ${tokens[role]}`);

  it('requires authentication', async () => {
    await request(t.http).get(`/api/workspaces/${workspaceId}/dashboard`).expect(401);
  });

  it.each(DEMO_USERS.map((demo) => [demo.role, demo] as const))(
    'the %s signs in and finds the demo workspace with that role',
    async (role, demo) => {
      const me = await request(t.http)
        .get('/api/me')
        .set('Authorization', `Bearer ${tokens[role]}`)
        .expect(200);
      expect(me.body.user).toMatchObject({ email: demo.email, name: demo.name });
      expect(me.body.memberships).toContainEqual({
        workspaceId,
        workspaceName: DEMO_WORKSPACE_NAME,
        role,
        owner: role === 'founder',
        clientIds: [],
      });
    },
  );

  it("the founder's dashboard shows completions, overdue tasks and rates", async () => {
    const res = await dashboard('founder').expect(200);
    expect(res.body.period.timeZone).toBe('Europe/Paris');
    expect(res.body.tasksCompleted).toBeGreaterThan(0);
    expect(res.body.tasksOverdue).toBeGreaterThan(0);
    expect(res.body.onTimeRate).toEqual(expect.any(Number));
    expect(res.body.onTimeRate).toBeGreaterThan(0);
    expect(res.body.onTimeRate).toBeLessThan(1);
    expect(res.body.projectsOnTimeRate).toBe(1);
    // completions spread over several weeks
    const busyWeeks = res.body.throughput.filter((w: { completed: number }) => w.completed > 0);
    expect(busyWeeks.length).toBeGreaterThan(1);
    // the whole team, with a capacity each, and work due this week
    expect(res.body.workload).toHaveLength(DEMO_USERS.length);
    for (const row of res.body.workload) expect(row.weeklyCapacityHours).toBeGreaterThan(0);
    const vaRow = res.body.workload.find((row: { name: string }) => row.name === 'Léa Moreau');
    expect(vaRow.openTasks).toBeGreaterThan(0);
    expect(vaRow.estimatedHoursNext7Days).toBeGreaterThan(0);
  });

  it.each(['ops_director', 'obm'] as const)('the %s sees the team figures', async (role) => {
    const founder = await dashboard('founder').expect(200);
    const res = await dashboard(role).expect(200);
    const { tasksCompleted, tasksOverdue, onTimeRate, throughput, workload } = founder.body;
    expect(res.body).toMatchObject({
      tasksCompleted,
      tasksOverdue,
      onTimeRate,
      throughput,
      workload,
    });
  });

  it("the VA's dashboard is personal: her figures and only her workload row", async () => {
    const team = await dashboard('founder').expect(200);
    const res = await dashboard('va').expect(200);
    const me = await request(t.http)
      .get('/api/me')
      .set('Authorization', `Bearer ${tokens.va}`)
      .expect(200);
    expect(res.body.workload).toEqual([
      expect.objectContaining({ userId: me.body.user.id, name: 'Léa Moreau' }),
    ]);
    expect(res.body.tasksCompleted).toBeGreaterThan(0);
    expect(res.body.tasksCompleted).toBeLessThan(team.body.tasksCompleted);
    expect(res.body.tasksOverdue).toBeLessThan(team.body.tasksOverdue);
    expect(res.body.onTimeRate).toEqual(expect.any(Number));
  });

  it('shows the money of the clients to the founder only, not to the OBM', async () => {
    const list = (role: Role) =>
      request(t.http)
        .get(`/api/workspaces/${workspaceId}/clients`)
        .set('Authorization', `Bearer ${tokens[role]}`)
        .expect(200);
    const founder = await list('founder');
    expect(founder.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          engagement: 'retainer',
          monthlyAmountCents: expect.any(Number),
          monthlyHoursBudget: expect.any(Number),
        }),
        expect.objectContaining({ engagement: 'hourly', hourlyRateCents: expect.any(Number) }),
      ]),
    );
    const obm = await list('obm');
    expect(obm.body.items).toHaveLength(founder.body.items.length);
    for (const client of obm.body.items) {
      expect(client).not.toHaveProperty('hourlyRateCents');
      expect(client).not.toHaveProperty('monthlyAmountCents');
    }
  });

  it('gives every demo membership a job title, a weekly capacity and an hourly cost', async () => {
    const rows: { job_title: string | null; capacity: string | null; cost: number | null }[] =
      await t.dataSource.query(
        `SELECT job_title, weekly_capacity_hours AS capacity, hourly_cost_cents AS cost
           FROM memberships WHERE workspace_id = $1`,
        [workspaceId],
      );
    expect(rows).toHaveLength(DEMO_USERS.length);
    for (const row of rows) {
      expect(row.job_title).toEqual(expect.any(String));
      expect(Number(row.capacity)).toBeGreaterThan(0);
      expect(row.cost).toBeGreaterThan(0);
    }
  });

  it('holds projects in several states, tasks in every status and priority, checklists and comments', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(DISTINCT status)::int FROM projects WHERE workspace_id = $1) AS project_statuses,
              (SELECT count(DISTINCT status)::int FROM tasks WHERE workspace_id = $1) AS task_statuses,
              (SELECT count(DISTINCT priority)::int FROM tasks WHERE workspace_id = $1) AS priorities,
              (SELECT count(*)::int FROM tasks WHERE workspace_id = $1) AS tasks,
              (SELECT count(*)::int FROM tasks
                WHERE workspace_id = $1 AND jsonb_array_length(checklist) > 0) AS with_checklist,
              (SELECT count(*)::int FROM comments WHERE workspace_id = $1) AS comments,
              (SELECT count(*)::int FROM tasks
                WHERE workspace_id = $1 AND (status = 'done') <> (completed_at IS NOT NULL))
                AS inconsistent`,
      [workspaceId],
    );
    expect(counts).toMatchObject({
      project_statuses: 3,
      task_statuses: 4,
      priorities: 4,
      inconsistent: 0,
    });
    expect(counts.tasks).toBeGreaterThanOrEqual(20);
    expect(counts.with_checklist).toBeGreaterThanOrEqual(3);
    expect(counts.comments).toBeGreaterThanOrEqual(2);
  });

  it('seeds once: starting again leaves the demo as it is', async () => {
    const count = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT count(*)::int FROM workspaces WHERE name = $1) AS workspaces,
                  (SELECT count(*)::int FROM tasks WHERE workspace_id = $2) AS tasks`,
          [DEMO_WORKSPACE_NAME, workspaceId],
        )
      )[0];
    const before = await count();
    await t.app.get(DemoSeeder).onApplicationBootstrap();
    expect(await count()).toEqual(before);
    expect(before.workspaces).toBe(1);
  });
});
