import { NotFoundException } from '@nestjs/common';
import { monthKeyOf, todayIn, type Role } from '@relais/domain';
import type { WorkspaceMember } from '../src/common/access/workspace-member';
import { BudgetsService } from '../src/modules/clients/budgets.service';
import type { ClientEntity } from '../src/modules/clients/client.entity';
import type { TaskEntity } from '../src/modules/tasks/task.entity';
import { TimeKpisService } from '../src/modules/time-entries/time-kpis.service';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { createWorkspace } from './factories';
import { addProjectMember, createClient, createProject, createTask } from './project-factories';
import { startTestApp, type TestApp } from './test-app';
import {
  auditOf,
  createObjective,
  createTimeEntry,
  fieldsOf,
  joinAs,
  keysOf,
  outsiders,
  requestAs,
  type Actor,
} from './time-factories';

const MONEY_KEY = /cents|rate|amount|cost|margin|revenue/i;
const PARIS = 'Europe/Paris';

describe('budgets, revenues and budget alerts', () => {
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

  function memberOf(
    ws: WorkspaceEntity,
    actor: Actor,
    role: Role,
    overrides: Partial<WorkspaceMember> = {},
  ): WorkspaceMember {
    return {
      workspaceId: ws.id,
      membershipId: 'unused',
      userId: actor.user.id,
      role,
      owner: false,
      clientIds: [],
      timeZone: ws.timeZone,
      ...overrides,
    };
  }

  async function taskOf(ws: WorkspaceEntity, client: ClientEntity, ...members: Actor[]) {
    const project = await createProject(t.dataSource, ws, client);
    for (const member of members) await addProjectMember(t.dataSource, project, member.user);
    return createTask(t.dataSource, project);
  }

  /**
   * March 2026 in Paris, computed by hand:
   * - Atelier (hourly, 40.00/h, 10 h budget): 60 + 120 + 30 (not billable) = 210 min = 3.5 h,
   *   billable 3 h = 120.00; cost 180 min × 20.00 + 30 min × 30.00 = 60.00 + 15.00 = 75.00.
   *   Left out: 2026-03-31T22:30Z (April in Paris), 2026-02-28T22:30Z (February in Paris).
   *   Kept: 2026-02-28T23:30Z (00:30 on March 1 in Paris), and 2026-03-15T22:30Z + 120 min,
   *   which spans midnight and belongs to the day it starts.
   * - Boutique (retainer 1,500.00, 20 h budget): 480 + 420 = 900 min = 15 h, 75 % used;
   *   cost 480 × 25.00 + 420 × 20.00 = 200.00 + 140.00 = 340.00.
   * - Cabinet (1,000.00 + 7.5 % of a recorded 20,000.00 revenue, no budget): 100 min;
   *   value 1,000.00 + 1,500.00 = 2,500.00; cost 100 × 30.00 = 50.00.
   * - Ancien (archived, hourly 50.00/h): 60 min = 50.00, cost 20.00; listed because of its time.
   * - Dormant (archived, no time): left out.
   */
  async function march() {
    const ws = await createWorkspace(t.dataSource, { timeZone: PARIS });
    const founder = await joinAs(t, ws, 'founder', { owner: true, hourlyCostCents: 3000 });
    const obm = await joinAs(t, ws, 'obm', { hourlyCostCents: 2500 });
    const va = await joinAs(t, ws, 'va', { hourlyCostCents: 2000 });
    const hourly = await createClient(t.dataSource, ws, {
      name: 'Atelier',
      engagement: 'hourly',
      hourlyRateCents: 4000,
      monthlyHoursBudget: '10.00',
    });
    const retainer = await createClient(t.dataSource, ws, {
      name: 'Boutique',
      engagement: 'retainer',
      monthlyAmountCents: 150_000,
      monthlyHoursBudget: '20.00',
    });
    const commission = await createClient(t.dataSource, ws, {
      name: 'Cabinet',
      engagement: 'fixed_plus_commission',
      monthlyAmountCents: 100_000,
      commissionPercent: '7.50',
    });
    const archived = await createClient(t.dataSource, ws, {
      name: 'Ancien',
      engagement: 'hourly',
      hourlyRateCents: 5000,
      archivedAt: new Date('2026-03-20T00:00:00Z'),
    });
    await createClient(t.dataSource, ws, { name: 'Dormant', archivedAt: new Date() });
    const h = await taskOf(ws, hourly, va);
    const r = await taskOf(ws, retainer, va);
    const c = await taskOf(ws, commission);
    const a = await taskOf(ws, archived, va);
    const log = (task: TaskEntity, who: Actor, at: string, minutes: number, billable = true) =>
      createTimeEntry(t.dataSource, task, who.user, at, minutes, { billable });
    await log(h, va, '2026-02-28T23:30:00Z', 60);
    await log(h, va, '2026-03-15T22:30:00Z', 120);
    await log(h, founder, '2026-03-10T09:00:00Z', 30, false);
    await log(h, va, '2026-03-31T22:30:00Z', 60);
    await log(h, founder, '2026-02-28T22:30:00Z', 60);
    await log(r, obm, '2026-03-05T08:00:00Z', 480);
    await log(r, va, '2026-03-20T13:00:00Z', 420);
    await log(c, founder, '2026-03-12T09:00:00Z', 100);
    await log(a, va, '2026-03-03T09:00:00Z', 60);
    await t.dataSource.query(
      `INSERT INTO client_revenues (workspace_id, client_id, month, revenue_cents)
       VALUES ($1, $2, '2026-03-01', 2000000)`,
      [ws.id, commission.id],
    );
    return {
      ws,
      founder,
      obm,
      va,
      hourly,
      retainer,
      commission,
      archived,
      url: `/api/workspaces/${ws.id}/budgets`,
    };
  }

  describe('GET /workspaces/:ws/budgets', () => {
    it('requires authentication', async () => {
      const { url } = await march();
      await as(null).get(`${url}?month=2026-03`).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { url } = await march();
      await as(await outsider())
        .get(`${url}?month=2026-03`)
        .expect(404);
    });

    it('answers 403 to a VA', async () => {
      const { url, va } = await march();
      await as(va).get(`${url}?month=2026-03`).expect(403);
    });

    it.each([
      ['a month 13', 'month=2026-13'],
      ['a month without its zero', 'month=2026-3'],
      ['a date', 'month=2026-03-01'],
      ['a future month', 'month=2999-01'],
      ['an unknown parameter', 'year=2026'],
    ])('answers 400 to %s', async (_label, query) => {
      const { url, founder } = await march();
      const res = await as(founder).get(`${url}?${query}`).expect(400);
      expect(fieldsOf(res.body)).toEqual([query.split('=')[0]]);
    });

    it('gives the founder hours, burn and money per client, computed by hand', async () => {
      const { url, founder, hourly, retainer, commission, archived } = await march();

      const res = await as(founder).get(`${url}?month=2026-03`).expect(200);

      const month = { month: '2026-03', elapsedDays: 31, daysInMonth: 31 };
      expect(res.body).toEqual({
        month: '2026-03',
        timeZone: PARIS,
        items: [
          {
            clientId: archived.id,
            clientName: 'Ancien',
            engagement: 'hourly',
            ...month,
            hoursUsed: 1,
            billableHours: 1,
            budgetHours: null,
            shareUsed: null,
            projectedHours: 1,
            projectedShare: null,
            thresholdsCrossed: [],
            money: {
              revenueCents: 5000,
              costCents: 2000,
              marginCents: 3000,
              clientRevenueCents: null,
            },
          },
          {
            clientId: hourly.id,
            clientName: 'Atelier',
            engagement: 'hourly',
            ...month,
            hoursUsed: 3.5,
            billableHours: 3,
            budgetHours: 10,
            shareUsed: 0.35,
            projectedHours: 3.5,
            projectedShare: 0.35,
            thresholdsCrossed: [],
            money: {
              revenueCents: 12_000,
              costCents: 7500,
              marginCents: 4500,
              clientRevenueCents: null,
            },
          },
          {
            clientId: retainer.id,
            clientName: 'Boutique',
            engagement: 'retainer',
            ...month,
            hoursUsed: 15,
            billableHours: 15,
            budgetHours: 20,
            shareUsed: 0.75,
            projectedHours: 15,
            projectedShare: 0.75,
            thresholdsCrossed: [],
            money: {
              revenueCents: 150_000,
              costCents: 34_000,
              marginCents: 116_000,
              clientRevenueCents: null,
            },
          },
          {
            clientId: commission.id,
            clientName: 'Cabinet',
            engagement: 'fixed_plus_commission',
            ...month,
            hoursUsed: 1.67,
            billableHours: 1.67,
            budgetHours: null,
            shareUsed: null,
            projectedHours: 1.67,
            projectedShare: null,
            thresholdsCrossed: [],
            money: {
              revenueCents: 250_000,
              costCents: 5000,
              marginCents: 245_000,
              clientRevenueCents: 2_000_000,
            },
          },
        ],
        totals: {
          hoursUsed: 21.17,
          billableHours: 20.67,
          money: { revenueCents: 417_000, costCents: 48_500, marginCents: 368_500 },
        },
      });
    });

    it('counts April in Paris from 22:00 UTC on March 31', async () => {
      const { url, founder, hourly } = await march();
      const res = await as(founder).get(`${url}?month=2026-04`).expect(200);
      const atelier = res.body.items.find((i: { clientId: string }) => i.clientId === hourly.id);
      expect(atelier).toMatchObject({ hoursUsed: 1, shareUsed: 0.1, elapsedDays: 30 });
      expect(res.body.items.map((i: { clientName: string }) => i.clientName)).toEqual([
        'Atelier',
        'Boutique',
        'Cabinet',
      ]);
    });

    it.each(['obm', 'ops_director'] as const)(
      'shows an %s the hours, and money only to those who may see it',
      async (role) => {
        const { ws, url } = await march();
        const actor = await joinAs(t, ws, role);
        const res = await as(actor).get(`${url}?month=2026-03`).expect(200);
        expect(res.body.items).toHaveLength(4);
        expect(keysOf(res.body).some((key) => MONEY_KEY.test(key))).toBe(role === 'ops_director');
      },
    );

    it('shows a client-scoped OBM only her clients', async () => {
      const { ws, url, retainer } = await march();
      const obm = await joinAs(t, ws, 'obm', { clientIds: [retainer.id] });
      const res = await as(obm).get(`${url}?month=2026-03`).expect(200);
      expect(res.body.items.map((i: { clientId: string }) => i.clientId)).toEqual([retainer.id]);
      expect(res.body.totals).toEqual({ hoursUsed: 15, billableHours: 15 });
    });

    it('measures the current month by default', async () => {
      const { url, founder, ws } = await march();
      const res = await as(founder).get(url).expect(200);
      expect(res.body.month).toBe(monthKeyOf(todayIn(ws.timeZone)));
    });

    it('projects the current month linearly from the days elapsed (service, fixed clock)', async () => {
      const { ws, founder, hourly, va } = await march();
      const budgets = t.app.get(BudgetsService);
      const member = memberOf(ws, founder, 'founder', { owner: true });

      // the 16th: 3.5 h in 16 days → 3.5 / 16 × 31 = 6.78125 h
      const mid = await budgets.forMonth(member, {}, new Date('2026-03-16T12:00:00Z'));
      expect(mid.items.find((i) => i.clientId === hourly.id)).toMatchObject({
        month: '2026-03',
        elapsedDays: 16,
        hoursUsed: 3.5,
        projectedHours: 6.78,
        projectedShare: 0.678125,
      });

      // 22:30 UTC on March 31 is already April 1 in Paris: a new month, one day elapsed
      const task = await taskOf(ws, hourly, va);
      await createTimeEntry(t.dataSource, task, va.user, '2026-03-31T23:30:00Z', 15);
      const april = await budgets.forMonth(member, {}, new Date('2026-03-31T23:30:00Z'));
      expect(april.items.find((i) => i.clientId === hourly.id)).toMatchObject({
        month: '2026-04',
        elapsedDays: 1,
        daysInMonth: 30,
        hoursUsed: 1.25,
        projectedHours: 37.5,
        projectedShare: 3.75,
        thresholdsCrossed: [],
      });
    });
  });

  describe('PUT /workspaces/:ws/clients/:clientId/revenues/:month', () => {
    const urlOf = (ws: WorkspaceEntity, client: ClientEntity, month = '2026-03') =>
      `/api/workspaces/${ws.id}/clients/${client.id}/revenues/${month}`;

    async function world() {
      const ws = await createWorkspace(t.dataSource, { timeZone: PARIS });
      const founder = await joinAs(t, ws, 'founder', { owner: true });
      const client = await createClient(t.dataSource, ws, {
        name: 'Cabinet',
        engagement: 'fixed_plus_commission',
        monthlyAmountCents: 100_000,
        commissionPercent: '10.00',
      });
      return { ws, founder, client };
    }

    it('requires authentication', async () => {
      const { ws, client } = await world();
      await as(null).put(urlOf(ws, client), { revenueCents: 100 }).expect(401);
    });

    it.each(OUTSIDERS)('answers 404 to %s', async (_label, outsider) => {
      const { ws, client } = await world();
      await as(await outsider())
        .put(urlOf(ws, client), { revenueCents: 100 })
        .expect(404);
    });

    it.each([
      ['an OBM', 'obm', false],
      ['a VA', 'va', false],
      ['an ops director who does not own the workspace', 'ops_director', false],
      ['an OBM who owns the workspace', 'obm', true],
    ] as const)('answers 403 to %s', async (_label, role, owner) => {
      const { ws, client } = await world();
      const actor = await joinAs(t, ws, role, { owner });
      await as(actor).put(urlOf(ws, client), { revenueCents: 100 }).expect(403);
    });

    it('answers 404 for an unknown client, one of another workspace or out of scope', async () => {
      const { ws, founder, client } = await world();
      const other = await world();
      const mine = await createClient(t.dataSource, ws);
      const scoped = await joinAs(t, ws, 'founder', { clientIds: [mine.id] });
      await as(founder)
        .put(urlOf(ws, { id: '00000000-0000-4000-8000-000000000000' } as ClientEntity), {
          revenueCents: 1,
        })
        .expect(404);
      await as(founder).put(urlOf(ws, other.client), { revenueCents: 1 }).expect(404);
      await as(scoped).put(urlOf(ws, client), { revenueCents: 1 }).expect(404);
      await as(scoped).put(urlOf(ws, mine), { revenueCents: 1 }).expect(200);
    });

    it.each([
      ['a bad month', '2026-13', { revenueCents: 1 }, ['month']],
      ['a future month', '2999-01', { revenueCents: 1 }, ['month']],
      ['a negative revenue', '2026-03', { revenueCents: -1 }, ['revenueCents']],
      ['a revenue in euros', '2026-03', { revenueCents: 12.5 }, ['revenueCents']],
      ['no revenue', '2026-03', {}, ['revenueCents']],
      ['an unknown field', '2026-03', { revenueCents: 1, month: '2026-03' }, ['month']],
    ])('answers 400 to %s', async (_label, month, payload, fields) => {
      const { ws, founder, client } = await world();
      const res = await as(founder)
        .put(urlOf(ws, client, month), payload)
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });

    it('answers 400 to a client id that is not a UUID', async () => {
      const { ws, founder } = await world();
      await as(founder)
        .put(`/api/workspaces/${ws.id}/clients/nope/revenues/2026-03`, { revenueCents: 1 })
        .expect(400);
    });

    it.each([
      ['a founder', 'founder', false],
      ['the owner, an ops director', 'ops_director', true],
    ] as const)(
      'lets %s record and correct a revenue, audited, used for the commission',
      async (_label, role, owner) => {
        const { ws, client } = await world();
        const actor = await joinAs(t, ws, role, { owner });

        const first = await as(actor)
          .put(urlOf(ws, client), { revenueCents: 1_000_000 })
          .expect(200);
        const second = await as(actor)
          .put(urlOf(ws, client), { revenueCents: 2_500_000 })
          .expect(200);

        expect(first.body).toMatchObject({
          clientId: client.id,
          month: '2026-03',
          revenueCents: 1_000_000,
        });
        expect(second.body).toMatchObject({ month: '2026-03', revenueCents: 2_500_000 });
        const [row] = (await t.dataSource.query(
          `SELECT id, count(*) OVER ()::int AS n FROM client_revenues WHERE client_id = $1`,
          [client.id],
        )) as { id: string; n: number }[];
        expect(row.n).toBe(1);
        expect((await auditOf(t, row.id)).map((e) => [e.action, e.changes])).toEqual([
          [
            'client.revenue_recorded',
            {
              clientId: { before: null, after: client.id },
              month: { before: null, after: '2026-03' },
              revenueCents: { before: null, after: 1_000_000 },
            },
          ],
          ['client.revenue_recorded', { revenueCents: { before: 1_000_000, after: 2_500_000 } }],
        ]);
        // 1,000.00 + 10 % of 25,000.00
        const budgets = await as(actor)
          .get(`/api/workspaces/${ws.id}/budgets?month=2026-03`)
          .expect(200);
        expect(budgets.body.items[0].money).toMatchObject({
          revenueCents: 350_000,
          clientRevenueCents: 2_500_000,
        });
      },
    );
  });

  describe('budget alerts', () => {
    /** A workspace whose client has a budget, with who should and should not hear of it. */
    async function alertWorld(budget: string) {
      const ws = await createWorkspace(t.dataSource, { timeZone: PARIS, name: 'Agence Relais' });
      const client = await createClient(t.dataSource, ws, {
        name: 'Boutique Éclat',
        engagement: 'retainer',
        monthlyHoursBudget: budget,
      });
      const other = await createClient(t.dataSource, ws);
      const founder = await joinAs(t, ws, 'founder', { owner: true });
      const ops = await joinAs(t, ws, 'ops_director');
      const obm = await joinAs(t, ws, 'obm');
      const scopedObm = await joinAs(t, ws, 'obm', { clientIds: [client.id] });
      const otherObm = await joinAs(t, ws, 'obm', { clientIds: [other.id] });
      const gone = await joinAs(t, ws, 'founder', { active: false });
      const va = await joinAs(t, ws, 'va');
      await t.dataSource.query(
        `INSERT INTO notification_preferences (user_id, kind, email) VALUES ($1, 'budget_alert', false)`,
        [ops.user.id],
      );
      const task = await taskOf(ws, client, va);
      return {
        ws,
        client,
        task,
        founder,
        va,
        told: [founder, ops, obm, scopedObm],
        emailed: [founder, obm, scopedObm],
        untold: [otherObm, gone, va],
        url: `/api/workspaces/${ws.id}/time-entries`,
      };
    }

    const alertsOf = (client: ClientEntity) =>
      t.dataSource.query(
        `SELECT to_char(month, 'YYYY-MM-DD') AS month, threshold_percent
           FROM budget_alerts WHERE client_id = $1 ORDER BY threshold_percent`,
        [client.id],
      ) as Promise<{ month: string; threshold_percent: number }[]>;

    const noticesOf = (client: ClientEntity) =>
      t.dataSource.query(
        `SELECT user_id, kind, title, body, link, data, dedupe_key
           FROM notifications WHERE data->>'clientId' = $1 ORDER BY created_at, user_id`,
        [client.id],
      ) as Promise<
        {
          user_id: string;
          kind: string;
          title: string;
          body: string;
          link: string;
          data: { thresholdPercent: number; month: string };
          dedupe_key: string;
        }[]
      >;

    const emailsTo = (actors: Actor[]) =>
      t.dataSource.query(
        `SELECT to_address, subject, text_body, dedupe_key FROM emails
          WHERE kind = 'budget_alert' AND to_address = ANY($1) ORDER BY created_at, to_address`,
        [actors.map((a) => a.user.email)],
      ) as Promise<
        { to_address: string; subject: string; text_body: string; dedupe_key: string }[]
      >;

    it('alerts at 80 % and at 100 % once each, whatever is logged after', async () => {
      const { ws, client, task, va, told, emailed, untold, url } = await alertWorld('10');
      const log = (day: string, minutes: number) =>
        as(va)
          .post(url, { taskId: task.id, startedAt: `2026-03-${day}T09:00:00Z`, minutes })
          .expect(201);

      await log('02', 240); // 4 h: 40 %
      expect(await alertsOf(client)).toEqual([]);
      await log('03', 240); // 8 h: 80 %
      expect(await alertsOf(client)).toEqual([{ month: '2026-03-01', threshold_percent: 80 }]);
      await log('04', 60); // 9 h
      await log('05', 60); // 10 h: 100 %
      await log('06', 60); // 11 h
      await log('07', 60); // 12 h

      expect(await alertsOf(client)).toEqual([
        { month: '2026-03-01', threshold_percent: 80 },
        { month: '2026-03-01', threshold_percent: 100 },
      ]);
      const notices = await noticesOf(client);
      const toldIds = told.map((a) => a.user.id).sort();
      for (const threshold of [80, 100]) {
        const sent = notices.filter((n) => n.data.thresholdPercent === threshold);
        expect(sent.map((n) => n.user_id).sort()).toEqual(toldIds);
      }
      expect(notices).toHaveLength(8);
      expect(notices.some((n) => untold.some((a) => a.user.id === n.user_id))).toBe(false);
      const first = notices.find(
        (n) => n.user_id === told[0].user.id && n.data.thresholdPercent === 80,
      );
      expect(first).toMatchObject({
        kind: 'budget_alert',
        link: `/w/${ws.id}/dashboard?clientId=${client.id}`,
        dedupe_key: `budget:${client.id}:2026-03:80:${told[0].user.id}`,
        data: { month: '2026-03', thresholdPercent: 80, hoursUsed: 8, budgetHours: 10 },
      });
      expect(first?.body).toContain(
        "Boutique Éclat a utilisé 80 % de son budget d'heures de mars 2026",
      );
      expect(first?.body).toContain(
        'Boutique Éclat has used 80% of its hours budget for March 2026',
      );

      const emails = await emailsTo([...told, ...untold]);
      expect(emails.map((e) => e.to_address).sort()).toEqual(
        [...emailed, ...emailed].map((a) => a.user.email).sort(),
      );
      const email = emails.find((e) => e.dedupe_key.endsWith(`:100:${told[0].user.id}`));
      expect(email?.subject).toBe('Budget Boutique Éclat : 100 % atteint / 100% of budget used');
      expect(email?.text_body).toContain('Bonjour');
      expect(email?.text_body).toContain('10 h sur 10 h');
      expect(email?.text_body).toContain('Hello');
      expect(email?.text_body).toContain('10 h of 10 h');
      expect(email?.text_body).toContain(`/w/${ws.id}/dashboard?clientId=${client.id}`);
    });

    it('records both thresholds but tells once, about 100 %, when time jumps past both', async () => {
      const { client, task, va, told, url } = await alertWorld('2');
      await as(va)
        .post(url, { taskId: task.id, startedAt: '2026-03-02T09:00:00Z', minutes: 180 })
        .expect(201);

      expect((await alertsOf(client)).map((a) => a.threshold_percent)).toEqual([80, 100]);
      const notices = await noticesOf(client);
      expect(notices).toHaveLength(told.length);
      expect(new Set(notices.map((n) => n.data.thresholdPercent))).toEqual(new Set([100]));
    });

    it('alerts for the month the entry starts in, in the workspace time zone', async () => {
      const { client, task, va, url } = await alertWorld('1');
      await as(va)
        .post(url, { taskId: task.id, startedAt: '2026-03-31T22:30:00Z', minutes: 60 })
        .expect(201);
      expect(await alertsOf(client)).toEqual([
        { month: '2026-04-01', threshold_percent: 80 },
        { month: '2026-04-01', threshold_percent: 100 },
      ]);
    });

    it('alerts when a stopped timer crosses the threshold', async () => {
      const { ws, client, task, va } = await alertWorld('0.5');
      const timer = await as(va)
        .post(`/api/workspaces/${ws.id}/time-entries/timer/start`, { taskId: task.id })
        .expect(201);
      expect(await alertsOf(client)).toEqual([]);
      await t.dataSource.query(
        `UPDATE time_entries SET started_at = started_at - interval '40 minutes' WHERE id = $1`,
        [timer.body.id],
      );

      await as(va).post(`/api/workspaces/${ws.id}/time-entries/timer/stop`).expect(200);

      expect((await alertsOf(client)).map((a) => a.threshold_percent)).toEqual([80, 100]);
    });

    it('checks the budget again when time is approved', async () => {
      const { client, task, va, founder, url } = await alertWorld('10');
      // written straight to the database: no request has checked the budget yet
      const entry = await createTimeEntry(t.dataSource, task, va.user, '2026-03-02T09:00:00Z', 540);
      expect(await alertsOf(client)).toEqual([]);

      await as(founder).post(`${url}/${entry.id}/approve`).expect(200);

      expect(await alertsOf(client)).toEqual([{ month: '2026-03-01', threshold_percent: 80 }]);
    });

    it('never alerts a client without a budget', async () => {
      const { ws, va, url } = await alertWorld('10');
      const free = await createClient(t.dataSource, ws, { monthlyHoursBudget: null });
      const task = await taskOf(ws, free, va);
      await as(va)
        .post(url, { taskId: task.id, startedAt: '2026-03-02T09:00:00Z', minutes: 1440 })
        .expect(201);
      expect(await alertsOf(free)).toEqual([]);
    });
  });

  describe('TimeKpisService.forDashboard', () => {
    const PERIOD_MARCH = { from: '2026-03-01', to: '2026-04-01', timeZone: PARIS };
    const NOW = new Date('2026-03-16T12:00:00Z');

    /** The objectives of March, as the dashboard lists them (in the order of their periods). */
    async function withObjectives(ws: WorkspaceEntity) {
      // overlapping March: progress 0.5, 0.5 (a key result going down) and 0.75 → mean 0.58333…
      const growth = await createObjective(
        t.dataSource,
        ws,
        { title: 'Croissance', periodStart: '2026-01-01', periodEnd: '2026-03-31' },
        [
          { start: 0, target: 10, current: 5 },
          { start: 100, target: 50, current: 75 },
        ],
      );
      const launch = await createObjective(
        t.dataSource,
        ws,
        { title: 'Lancement', periodStart: '2026-03-15', periodEnd: '2026-03-20' },
        [{ start: 0, target: 4, current: 3 }],
      );
      // not overlapping March, and one without key results
      await createObjective(
        t.dataSource,
        ws,
        { periodStart: '2026-04-01', periodEnd: '2026-06-30' },
        [{ start: 0, target: 1, current: 1 }],
      );
      const unmeasured = await createObjective(t.dataSource, ws, {
        title: 'Sans mesure',
        periodStart: '2026-03-01',
        periodEnd: '2026-03-31',
      });
      return [
        { objectiveId: growth.objective.id, title: 'Croissance', progress: 0.5 },
        { objectiveId: unmeasured.objective.id, title: 'Sans mesure', progress: null },
        { objectiveId: launch.objective.id, title: 'Lancement', progress: 0.75 },
      ];
    }

    it('gives the founder hours, the burn of the current month, objectives and money', async () => {
      const world = await march();
      const objectives = await withObjectives(world.ws);
      const kpis = t.app.get(TimeKpisService);

      const figures = await kpis.forDashboard(
        memberOf(world.ws, world.founder, 'founder', { owner: true }),
        PERIOD_MARCH,
        undefined,
        NOW,
      );

      expect(figures).toMatchObject({
        hoursLogged: 21.17,
        billableHours: 20.67,
        money: { revenueCents: 417_000, costCents: 48_500, marginCents: 368_500 },
      });
      expect(figures.objectivesProgress).toBeCloseTo(0.583333, 5);
      // each objective with its own progress; the one without key results has none
      expect(figures.objectives).toEqual(objectives);
      expect(
        figures.budgetBurn.map((b) => [b.clientName, b.hoursUsed, b.elapsedDays, b.projectedHours]),
      ).toEqual([
        ['Ancien', 1, 16, 1.94],
        ['Atelier', 3.5, 16, 6.78],
        ['Boutique', 15, 16, 29.06],
        ['Cabinet', 1.67, 16, 3.23],
      ]);
      expect(figures.budgetBurn[2]).toMatchObject({
        clientId: world.retainer.id,
        budgetHours: 20,
        shareUsed: 0.75,
        projectedShare: 1.453125,
        thresholdsCrossed: [],
      });
    });

    it('prorates monthly amounts over a period across two months', async () => {
      const world = await march();
      const kpis = t.app.get(TimeKpisService);

      const figures = await kpis.forDashboard(
        memberOf(world.ws, world.founder, 'founder', { owner: true }),
        { from: '2026-03-16', to: '2026-04-16', timeZone: PARIS },
        undefined,
        NOW,
      );

      // hours: 420 min (retainer, the 20th) + 60 min (hourly, 00:30 on April 1 in Paris)
      // revenue: hourly 40.00 + retainer 1,500.00 × 16/31 + 1,500.00 × 15/30
      //        + fixed 2,500.00 × 16/31 (with March's commission) + 1,000.00 × 15/30
      //        = 4,000 + 77,419.35 + 75,000 + 129,032.26 + 50,000 cents = 335,451.61
      // cost: 420 + 60 min of the VA at 20.00/h = 160.00
      expect(figures).toMatchObject({
        hoursLogged: 8,
        billableHours: 8,
        money: { revenueCents: 335_452, costCents: 16_000, marginCents: 319_452 },
      });
    });

    it('narrows everything but objectives to one client', async () => {
      const world = await march();
      await withObjectives(world.ws);
      const figures = await t.app
        .get(TimeKpisService)
        .forDashboard(
          memberOf(world.ws, world.founder, 'founder', { owner: true }),
          PERIOD_MARCH,
          world.hourly.id,
          NOW,
        );
      expect(figures).toMatchObject({
        hoursLogged: 3.5,
        billableHours: 3,
        money: { revenueCents: 12_000, costCents: 7500, marginCents: 4500 },
      });
      expect(figures.budgetBurn.map((b) => b.clientId)).toEqual([world.hourly.id]);
      expect(figures.objectivesProgress).toBeCloseTo(0.583333, 5);
    });

    it('gives an OBM the same without money, and a VA her own hours only', async () => {
      const world = await march();
      const objectives = await withObjectives(world.ws);
      const kpis = t.app.get(TimeKpisService);

      const forObm = await kpis.forDashboard(
        memberOf(world.ws, world.obm, 'obm'),
        PERIOD_MARCH,
        undefined,
        NOW,
      );
      const forVa = await kpis.forDashboard(
        memberOf(world.ws, world.va, 'va'),
        PERIOD_MARCH,
        undefined,
        NOW,
      );

      expect(forObm.hoursLogged).toBe(21.17);
      expect(forObm.budgetBurn).toHaveLength(4);
      expect(forObm).not.toHaveProperty('money');
      // the VA: 60 + 120 (hourly) + 420 (retainer) + 60 (archived) = 660 min
      expect(forVa).toEqual({
        hoursLogged: 11,
        billableHours: 11,
        // by the Monday of the local day each starts: Sunday 1 March 00:30 is in February's week
        hoursByWeek: [
          { weekStart: '2026-02-23', hours: 1, billableHours: 1 },
          { weekStart: '2026-03-02', hours: 1, billableHours: 1 },
          { weekStart: '2026-03-09', hours: 2, billableHours: 2 },
          { weekStart: '2026-03-16', hours: 7, billableHours: 7 },
          { weekStart: '2026-03-23', hours: 0, billableHours: 0 },
          { weekStart: '2026-03-30', hours: 0, billableHours: 0 },
        ],
        budgetBurn: [],
        objectivesProgress: expect.closeTo(0.583333, 5),
        objectives,
      });
    });

    it('refuses a client outside the member’s scope', async () => {
      const world = await march();
      const member = memberOf(world.ws, world.obm, 'obm', { clientIds: [world.retainer.id] });
      await expect(
        t.app.get(TimeKpisService).forDashboard(member, PERIOD_MARCH, world.hourly.id, NOW),
      ).rejects.toBeInstanceOf(NotFoundException);
      const own = await t.app
        .get(TimeKpisService)
        .forDashboard(member, PERIOD_MARCH, undefined, NOW);
      expect(own.hoursLogged).toBe(15);
    });
  });
});
