import request from 'supertest';
import { ROLES, type Role } from '@relais/domain';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { createWorkspace } from './factories';
import {
  bearer,
  createWorkspaceClient,
  fieldsOf,
  joinAs,
  MISSING_ID,
  outsider,
  type Actor,
} from './members-factories';
import { startTestApp, type TestApp } from './test-app';

const MANAGERS = ['founder', 'ops_director', 'obm'] as const satisfies readonly Role[];

interface MemberBody {
  userId: string;
  name: string;
  role: Role;
  active: boolean;
  hourlyCostCents?: number | null;
}

describe('members API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const membersPath = (ws: { id: string }) => `/api/workspaces/${ws.id}/members`;
  const memberPath = (ws: { id: string }, actor: { user: { id: string } } | string) =>
    `${membersPath(ws)}/${typeof actor === 'string' ? actor : actor.user.id}`;

  async function membershipOf(ws: { id: string }, userId: string) {
    const [row] = await t.dataSource.query(
      `SELECT role, owner, client_ids, job_title, weekly_capacity_hours, hourly_cost_cents, active
         FROM memberships WHERE workspace_id = $1 AND user_id = $2`,
      [ws.id, userId],
    );
    return row;
  }

  async function auditOf(ws: { id: string }, entityId: string) {
    return t.dataSource.query(
      `SELECT action, actor_id, changes FROM audit_events
        WHERE workspace_id = $1 AND entity_type = 'member' AND entity_id = $2 ORDER BY created_at`,
      [ws.id, entityId],
    );
  }

  /** A workspace with its owner (a founder) and one member of each other role. */
  async function team(): Promise<{ ws: WorkspaceEntity } & Record<Role, Actor>> {
    const ws = await createWorkspace(t.dataSource);
    const founder = await joinAs(t, ws, 'founder', { owner: true }, { name: 'Fanny Founder' });
    const ops_director = await joinAs(t, ws, 'ops_director', {}, { name: 'Olivier Ops' });
    const obm = await joinAs(t, ws, 'obm', {}, { name: 'Odile OBM' });
    const va = await joinAs(t, ws, 'va', { hourlyCostCents: 2500 }, { name: 'Victor VA' });
    return { ws, founder, ops_director, obm, va };
  }

  describe('GET /api/workspaces/:ws/members', () => {
    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      await request(t.http).get(membersPath(ws)).expect(401);
    });

    it('answers 404 to a member of another workspace, 400 to a malformed workspace id', async () => {
      const { ws } = await team();
      const stranger = await joinAs(t, await createWorkspace(t.dataSource), 'founder', {
        owner: true,
      });
      await request(t.http).get(membersPath(ws)).set(bearer(stranger)).expect(404);
      await request(t.http).get('/api/workspaces/42/members').set(bearer(stranger)).expect(400);
    });

    it.each(ROLES)('shows a %s every active member with names and roles, by name', async (role) => {
      const world = await team();
      await joinAs(t, world.ws, 'va', { active: false }, { name: 'Aaron Gone' });
      const res = await request(t.http)
        .get(membersPath(world.ws))
        .set(bearer(world[role]))
        .expect(200);
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items.map((m: MemberBody) => [m.name, m.role])).toEqual([
        ['Fanny Founder', 'founder'],
        ['Odile OBM', 'obm'],
        ['Olivier Ops', 'ops_director'],
        ['Victor VA', 'va'],
      ]);
      expect(res.body.items[0]).toEqual({
        userId: world.founder.user.id,
        name: 'Fanny Founder',
        email: world.founder.user.email,
        role: 'founder',
        owner: true,
        clientIds: [],
        jobTitle: null,
        weeklyCapacityHours: null,
        active: true,
        joinedAt: world.founder.membership.createdAt.toISOString(),
        ...(role === 'founder' || role === 'ops_director' ? { hourlyCostCents: null } : {}),
      });
    });

    it.each<[Role, boolean]>([
      ['founder', true],
      ['ops_director', true],
      ['obm', false],
      ['va', false],
    ])('shows cost rates to a %s: %s', async (role, seesMoney) => {
      const world = await team();
      const res = await request(t.http)
        .get(membersPath(world.ws))
        .set(bearer(world[role]))
        .expect(200);
      const va = res.body.items.find((m: MemberBody) => m.role === 'va');
      if (seesMoney) expect(va.hourlyCostCents).toBe(2500);
      else expect(va).not.toHaveProperty('hourlyCostCents');
    });

    it('answers 403 to a VA asking for deactivated members', async () => {
      const { ws, va } = await team();
      await request(t.http)
        .get(`${membersPath(ws)}?includeInactive=true`)
        .set(bearer(va))
        .expect(403);
    });

    it.each(MANAGERS)('lists deactivated members too for a %s who asks', async (role) => {
      const world = await team();
      const gone = await joinAs(t, world.ws, 'va', { active: false }, { name: 'Aaron Gone' });
      const res = await request(t.http)
        .get(`${membersPath(world.ws)}?includeInactive=true`)
        .set(bearer(world[role]))
        .expect(200);
      expect(res.body.items[0]).toMatchObject({ userId: gone.user.id, active: false });
      expect(res.body.items).toHaveLength(5);
    });

    it('filters by role', async () => {
      const { ws, va, obm } = await team();
      const res = await request(t.http)
        .get(`${membersPath(ws)}?role=va`)
        .set(bearer(obm))
        .expect(200);
      expect(res.body.items.map((m: MemberBody) => m.userId)).toEqual([va.user.id]);
    });

    it('walks every page once with limit and cursor, names tied or not', async () => {
      const { ws, founder } = await team();
      for (const name of ['Zoé', 'Zoé', 'Zoé', 'Amélie', 'Bruno'])
        await joinAs(t, ws, 'va', {}, { name });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: Record<string, string | number> = { limit: 2, ...(cursor ? { cursor } : {}) };
        const res = await request(t.http)
          .get(membersPath(ws))
          .query(query)
          .set(bearer(founder))
          .expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((m: MemberBody) => `${m.name}|${m.userId}`));
        cursor = res.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(5);
      expect(new Set(seen).size).toBe(9);
      const names = seen.map((s) => s.split('|')[0]);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it.each([
      ['limit=0', ['limit']],
      ['limit=201', ['limit']],
      ['limit=ten', ['limit']],
      ['cursor=garbage', ['cursor']],
      ['role=boss', ['role']],
      ['includeInactive=maybe', ['includeInactive']],
      ['workspaceId=x', ['workspaceId']],
    ])('answers 400 to ?%s', async (query, fields) => {
      const { ws, founder } = await team();
      const res = await request(t.http)
        .get(`${membersPath(ws)}?${query}`)
        .set(bearer(founder))
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });

  describe('PATCH /api/workspaces/:ws/members/:userId', () => {
    it('requires authentication', async () => {
      const { ws, va } = await team();
      await request(t.http).patch(memberPath(ws, va)).send({ jobTitle: 'x' }).expect(401);
    });

    it('answers 404 to a member of another workspace and for a user who is not a member', async () => {
      const { ws, founder, va } = await team();
      const stranger = await joinAs(t, await createWorkspace(t.dataSource), 'founder', {
        owner: true,
      });
      await request(t.http)
        .patch(memberPath(ws, va))
        .set(bearer(stranger))
        .send({ jobTitle: 'x' })
        .expect(404);
      for (const userId of [stranger.user.id, MISSING_ID]) {
        await request(t.http)
          .patch(memberPath(ws, userId))
          .set(bearer(founder))
          .send({ jobTitle: 'x' })
          .expect(404);
      }
    });

    it('answers 400 to a malformed user id', async () => {
      const { ws, founder } = await team();
      const res = await request(t.http)
        .patch(memberPath(ws, 'nobody'))
        .set(bearer(founder))
        .send({})
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['userId']);
    });

    it('answers 403 to a VA, even about herself', async () => {
      const { ws, va, obm } = await team();
      await request(t.http)
        .patch(memberPath(ws, obm))
        .set(bearer(va))
        .send({ jobTitle: 'x' })
        .expect(403);
      await request(t.http)
        .patch(memberPath(ws, va))
        .set(bearer(va))
        .send({ jobTitle: 'x' })
        .expect(403);
    });

    it.each<[Role, Role, Role, number]>([
      ['founder', 'va', 'obm', 200],
      ['founder', 'obm', 'ops_director', 200],
      ['founder', 'ops_director', 'founder', 200],
      ['founder', 'ops_director', 'va', 200],
      ['ops_director', 'va', 'obm', 200],
      ['ops_director', 'obm', 'ops_director', 200],
      ['ops_director', 'obm', 'founder', 403],
      ['ops_director', 'founder', 'va', 403],
      ['obm', 'va', 'obm', 403],
      ['obm', 'va', 'ops_director', 403],
      ['obm', 'obm', 'va', 403],
      ['obm', 'ops_director', 'va', 403],
    ])('lets a %s change a %s into a %s: %d', async (actorRole, targetRole, newRole, status) => {
      const ws = await createWorkspace(t.dataSource);
      await joinAs(t, ws, 'founder', { owner: true });
      const actor = await joinAs(t, ws, actorRole);
      const target = await joinAs(t, ws, targetRole);
      await request(t.http)
        .patch(memberPath(ws, target))
        .set(bearer(actor))
        .send({ role: newRole })
        .expect(status);
      expect((await membershipOf(ws, target.user.id)).role).toBe(
        status === 200 ? newRole : targetRole,
      );
    });

    it('lets an OBM edit a VA but nobody above, and records before and after', async () => {
      const { ws, obm, va, ops_director } = await team();
      const res = await request(t.http)
        .patch(memberPath(ws, va))
        .set(bearer(obm))
        .send({ jobTitle: ' Assistante ', weeklyCapacityHours: 22.5 })
        .expect(200);
      expect(res.body).toMatchObject({
        userId: va.user.id,
        jobTitle: 'Assistante',
        weeklyCapacityHours: 22.5,
      });
      expect(res.body).not.toHaveProperty('hourlyCostCents');
      const [event] = await auditOf(ws, va.user.id);
      expect(event).toEqual({
        action: 'member.updated',
        actor_id: obm.user.id,
        changes: {
          jobTitle: { before: null, after: 'Assistante' },
          weeklyCapacityHours: { before: null, after: 22.5 },
        },
      });
      await request(t.http)
        .patch(memberPath(ws, ops_director))
        .set(bearer(obm))
        .send({ jobTitle: 'x' })
        .expect(403);
    });

    it('records a role change with its before and after', async () => {
      const { ws, founder, va } = await team();
      await request(t.http)
        .patch(memberPath(ws, va))
        .set(bearer(founder))
        .send({ role: 'obm' })
        .expect(200);
      expect(await auditOf(ws, va.user.id)).toEqual([
        {
          action: 'member.role_changed',
          actor_id: founder.user.id,
          changes: { role: { before: 'va', after: 'obm' } },
        },
      ]);
    });

    it.each(MANAGERS)('answers 403 to a %s changing their own role', async (role) => {
      const world = await team();
      const other = role === 'founder' ? 'ops_director' : 'va';
      await request(t.http)
        .patch(memberPath(world.ws, world[role]))
        .set(bearer(world[role]))
        .send({ role: other })
        .expect(403);
      expect((await membershipOf(world.ws, world[role].user.id)).role).toBe(role);
    });

    it('answers 409 to demoting or deactivating the owner, asking to transfer ownership first', async () => {
      const ws = await createWorkspace(t.dataSource);
      const owner = await joinAs(t, ws, 'ops_director', { owner: true });
      const founder = await joinAs(t, ws, 'founder');
      for (const body of [{ role: 'obm' }, { active: false }]) {
        const res = await request(t.http)
          .patch(memberPath(ws, owner))
          .set(bearer(founder))
          .send(body)
          .expect(409);
        expect(res.body.message).toMatch(/transfer ownership first/i);
      }
      expect(await membershipOf(ws, owner.user.id)).toMatchObject({
        role: 'ops_director',
        owner: true,
        active: true,
      });
      // promoting the owner is not a demotion
      await request(t.http)
        .patch(memberPath(ws, owner))
        .set(bearer(founder))
        .send({ role: 'founder' })
        .expect(200);
    });

    it.each<[Role, number]>([
      ['founder', 200],
      ['ops_director', 200],
      ['obm', 403],
    ])('lets a %s set a cost rate: %d', async (role, status) => {
      const world = await team();
      await request(t.http)
        .patch(memberPath(world.ws, world.va))
        .set(bearer(world[role]))
        .send({ hourlyCostCents: 3100 })
        .expect(status);
      expect((await membershipOf(world.ws, world.va.user.id)).hourly_cost_cents).toBe(
        status === 200 ? 3100 : 2500,
      );
    });

    it('sets a client scope from clients of the workspace, naming clientIds otherwise', async () => {
      const { ws, founder, va } = await team();
      const client = await createWorkspaceClient(t, ws);
      const foreign = await createWorkspaceClient(t, await createWorkspace(t.dataSource));
      for (const clientIds of [[MISSING_ID], [client.id, foreign.id]]) {
        const res = await request(t.http)
          .patch(memberPath(ws, va))
          .set(bearer(founder))
          .send({ clientIds })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['clientIds']);
      }
      const res = await request(t.http)
        .patch(memberPath(ws, va))
        .set(bearer(founder))
        .send({ clientIds: [client.id.toUpperCase()] })
        .expect(200);
      expect(res.body.clientIds).toEqual([client.id]);
      expect((await membershipOf(ws, va.user.id)).client_ids).toEqual([client.id]);
    });

    it('keeps a manager limited to some clients within them', async () => {
      const ws = await createWorkspace(t.dataSource);
      await joinAs(t, ws, 'founder', { owner: true });
      const [mine, theirs] = [
        await createWorkspaceClient(t, ws),
        await createWorkspaceClient(t, ws),
      ];
      const obm = await joinAs(t, ws, 'obm', { clientIds: [mine.id] });
      const scopedVa = await joinAs(t, ws, 'va', { clientIds: [mine.id] });
      const unscopedVa = await joinAs(t, ws, 'va');
      // a client outside her scope is unknown to her: 400, as for a client that does not exist
      const res = await request(t.http)
        .patch(memberPath(ws, scopedVa))
        .set(bearer(obm))
        .send({ clientIds: [theirs.id] })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['clientIds']);
      // "every client" is wider than her own scope
      await request(t.http)
        .patch(memberPath(ws, scopedVa))
        .set(bearer(obm))
        .send({ clientIds: [] })
        .expect(403);
      // a VA who sees more than she does is out of her hands
      await request(t.http)
        .patch(memberPath(ws, unscopedVa))
        .set(bearer(obm))
        .send({ jobTitle: 'x' })
        .expect(403);
      await request(t.http)
        .patch(memberPath(ws, scopedVa))
        .set(bearer(obm))
        .send({ clientIds: [mine.id], jobTitle: 'VA' })
        .expect(200);
    });

    it('deactivates and reactivates through active', async () => {
      const { ws, ops_director, va } = await team();
      await request(t.http)
        .patch(memberPath(ws, va))
        .set(bearer(ops_director))
        .send({ active: false })
        .expect(200);
      await request(t.http).get(`/api/workspaces/${ws.id}`).set(bearer(va)).expect(404);
      const res = await request(t.http)
        .patch(memberPath(ws, va))
        .set(bearer(ops_director))
        .send({ active: true })
        .expect(200);
      expect(res.body.active).toBe(true);
      await request(t.http).get(`/api/workspaces/${ws.id}`).set(bearer(va)).expect(200);
      expect((await auditOf(ws, va.user.id)).map((e: { action: string }) => e.action)).toEqual([
        'member.deactivated',
        'member.reactivated',
      ]);
    });

    it.each([
      [
        'fields no one may set here',
        {
          owner: true,
          workspaceId: MISSING_ID,
          id: MISSING_ID,
          createdAt: '2020-01-01',
          userId: MISSING_ID,
        },
        ['createdAt', 'id', 'owner', 'userId', 'workspaceId'],
      ],
      ['an unknown role', { role: 'admin' }, ['role']],
      ['a null role', { role: null }, ['role']],
      ['a null scope', { clientIds: null }, ['clientIds']],
      ['malformed client ids', { clientIds: ['abc'] }, ['clientIds']],
      ['duplicate client ids', { clientIds: [MISSING_ID, MISSING_ID] }, ['clientIds']],
      ['a capacity over a week', { weeklyCapacityHours: 169 }, ['weeklyCapacityHours']],
      ['a negative capacity', { weeklyCapacityHours: -1 }, ['weeklyCapacityHours']],
      ['a capacity as text', { weeklyCapacityHours: '20' }, ['weeklyCapacityHours']],
      ['a fractional cost', { hourlyCostCents: 12.5 }, ['hourlyCostCents']],
      ['a cost out of range', { hourlyCostCents: 2 ** 40 }, ['hourlyCostCents']],
      ['a job title too long', { jobTitle: 'x'.repeat(121) }, ['jobTitle']],
      ['active as text', { active: 'no' }, ['active']],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const { ws, founder, va } = await team();
      const res = await request(t.http)
        .patch(memberPath(ws, va))
        .set(bearer(founder))
        .send(body)
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
      expect(await membershipOf(ws, va.user.id)).toMatchObject({
        role: 'va',
        owner: false,
        active: true,
      });
    });
  });

  describe('DELETE /api/workspaces/:ws/members/:userId', () => {
    it('requires authentication', async () => {
      const { ws, va } = await team();
      await request(t.http).delete(memberPath(ws, va)).expect(401);
    });

    it('answers 404 to a member of another workspace and for a user who is not a member', async () => {
      const { ws, founder, va } = await team();
      const stranger = await joinAs(t, await createWorkspace(t.dataSource), 'founder', {
        owner: true,
      });
      await request(t.http).delete(memberPath(ws, va)).set(bearer(stranger)).expect(404);
      await request(t.http).delete(memberPath(ws, stranger)).set(bearer(founder)).expect(404);
      await request(t.http).delete(memberPath(ws, 'x')).set(bearer(founder)).expect(400);
    });

    it.each<[Role, Role, number]>([
      ['va', 'va', 403],
      ['obm', 'va', 204],
      ['obm', 'obm', 403],
      ['obm', 'ops_director', 403],
      ['ops_director', 'obm', 204],
      ['ops_director', 'ops_director', 204],
      ['ops_director', 'founder', 403],
      ['founder', 'founder', 204],
    ])('lets a %s deactivate a %s: %d', async (actorRole, targetRole, status) => {
      const ws = await createWorkspace(t.dataSource);
      await joinAs(t, ws, 'founder', { owner: true });
      const actor = await joinAs(t, ws, actorRole);
      const target = await joinAs(t, ws, targetRole);
      await request(t.http).delete(memberPath(ws, target)).set(bearer(actor)).expect(status);
      expect((await membershipOf(ws, target.user.id)).active).toBe(status !== 204);
    });

    it('deactivates, keeping the membership for history, and records it', async () => {
      const { ws, obm, va, founder } = await team();
      await request(t.http).delete(memberPath(ws, va)).set(bearer(obm)).expect(204);
      expect(await membershipOf(ws, va.user.id)).toMatchObject({
        role: 'va',
        active: false,
        hourly_cost_cents: 2500,
      });
      await request(t.http).get(membersPath(ws)).set(bearer(va)).expect(404);
      const list = await request(t.http).get(membersPath(ws)).set(bearer(founder)).expect(200);
      expect(list.body.items.map((m: MemberBody) => m.userId)).not.toContain(va.user.id);
      expect(await auditOf(ws, va.user.id)).toEqual([
        {
          action: 'member.deactivated',
          actor_id: obm.user.id,
          changes: { active: { before: true, after: false } },
        },
      ]);
      // a second time is harmless
      await request(t.http).delete(memberPath(ws, va)).set(bearer(obm)).expect(204);
      expect(await auditOf(ws, va.user.id)).toHaveLength(1);
    });

    it('answers 409 for the owner, even asked by the owner', async () => {
      const { ws, founder } = await team();
      const other = await joinAs(t, ws, 'founder');
      for (const actor of [founder, other]) {
        const res = await request(t.http)
          .delete(memberPath(ws, founder))
          .set(bearer(actor))
          .expect(409);
        expect(res.body.message).toMatch(/transfer ownership first/i);
      }
      expect((await membershipOf(ws, founder.user.id)).active).toBe(true);
    });

    it('answers 403 to a manager deactivating themselves', async () => {
      const { ws, ops_director } = await team();
      await request(t.http)
        .delete(memberPath(ws, ops_director))
        .set(bearer(ops_director))
        .expect(403);
      expect((await membershipOf(ws, ops_director.user.id)).active).toBe(true);
    });
  });

  it('keeps outsiders out of every member route', async () => {
    const { ws, va } = await team();
    const me = await outsider(t);
    await request(t.http).get(membersPath(ws)).set(bearer(me)).expect(404);
    await request(t.http).patch(memberPath(ws, va)).set(bearer(me)).send({}).expect(404);
    await request(t.http).delete(memberPath(ws, va)).set(bearer(me)).expect(404);
  });
});
