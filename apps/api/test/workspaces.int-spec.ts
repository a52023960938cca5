import request from 'supertest';
import { ROLES, type Role } from '@relais/domain';
import { createWorkspace } from './factories';
import {
  bearer,
  createWorkspaceClient,
  fieldsOf,
  joinAs,
  MISSING_ID,
  outsider,
} from './members-factories';
import { startTestApp, type TestApp } from './test-app';

describe('workspaces API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  async function auditOf(workspaceId: string, action: string) {
    return t.dataSource.query(
      `SELECT actor_id, entity_id, changes FROM audit_events
        WHERE workspace_id = $1 AND action = $2 ORDER BY created_at`,
      [workspaceId, action],
    );
  }

  describe('POST /api/workspaces', () => {
    it('requires authentication', async () => {
      await request(t.http).post('/api/workspaces').send({ name: 'Atelier' }).expect(401);
    });

    it("makes the creator the owner and answers with the creator's membership", async () => {
      const me = await outsider(t);
      const res = await request(t.http)
        .post('/api/workspaces')
        .set(bearer(me))
        .send({ name: ' Atelier Martin ', role: 'obm' })
        .expect(201);
      expect(res.body).toMatchObject({
        name: 'Atelier Martin',
        timeZone: 'Europe/Paris',
        currency: 'EUR',
        membership: { role: 'obm', owner: true, clientIds: [] },
      });
      expect(await auditOf(res.body.id, 'workspace.created')).toHaveLength(1);
    });
  });

  describe('GET /api/workspaces/:ws', () => {
    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      await request(t.http).get(`/api/workspaces/${ws.id}`).expect(401);
    });

    it('answers 404 to non-members, deactivated members and unknown workspaces', async () => {
      const ws = await createWorkspace(t.dataSource);
      const other = await createWorkspace(t.dataSource);
      const stranger = await joinAs(t, other, 'founder', { owner: true });
      const gone = await joinAs(t, ws, 'obm', { active: false });
      await request(t.http).get(`/api/workspaces/${ws.id}`).set(bearer(stranger)).expect(404);
      await request(t.http).get(`/api/workspaces/${ws.id}`).set(bearer(gone)).expect(404);
      await request(t.http).get(`/api/workspaces/${MISSING_ID}`).set(bearer(stranger)).expect(404);
    });

    it('answers 400 to a malformed workspace id', async () => {
      const me = await outsider(t);
      const res = await request(t.http)
        .get('/api/workspaces/not-a-uuid')
        .set(bearer(me))
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['ws']);
    });

    it.each(ROLES)('shows the settings and the membership of a %s', async (role) => {
      const ws = await createWorkspace(t.dataSource, {
        name: 'Atelier',
        timeZone: 'America/Montreal',
      });
      const client = await createWorkspaceClient(t, ws);
      const me = await joinAs(t, ws, role, { clientIds: [client.id] });
      const res = await request(t.http).get(`/api/workspaces/${ws.id}`).set(bearer(me)).expect(200);
      expect(res.body).toEqual({
        id: ws.id,
        name: 'Atelier',
        timeZone: 'America/Montreal',
        currency: 'EUR',
        createdAt: ws.createdAt.toISOString(),
        updatedAt: expect.any(String),
        membership: { role, owner: false, clientIds: [client.id] },
      });
    });
  });

  describe('PATCH /api/workspaces/:ws', () => {
    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      await request(t.http).patch(`/api/workspaces/${ws.id}`).send({ name: 'X' }).expect(401);
    });

    it('answers 404 to a member of another workspace', async () => {
      const ws = await createWorkspace(t.dataSource);
      const other = await createWorkspace(t.dataSource);
      const stranger = await joinAs(t, other, 'founder', { owner: true });
      await request(t.http)
        .patch(`/api/workspaces/${ws.id}`)
        .set(bearer(stranger))
        .send({ name: 'Taken over' })
        .expect(404);
    });

    it.each<[Role, boolean, number]>([
      ['founder', true, 200],
      ['founder', false, 403],
      ['ops_director', false, 200],
      ['ops_director', true, 200],
      ['obm', false, 403],
      ['obm', true, 200],
      ['va', false, 403],
      ['va', true, 200],
    ])('lets a %s (owner: %s) update the settings: %d', async (role, owner, status) => {
      const ws = await createWorkspace(t.dataSource, { name: 'Before' });
      const me = await joinAs(t, ws, role, { owner });
      await request(t.http)
        .patch(`/api/workspaces/${ws.id}`)
        .set(bearer(me))
        .send({ name: 'After' })
        .expect(status);
      const [row] = await t.dataSource.query('SELECT name FROM workspaces WHERE id = $1', [ws.id]);
      expect(row.name).toBe(status === 200 ? 'After' : 'Before');
    });

    it('updates name, time zone and currency and records the change', async () => {
      const ws = await createWorkspace(t.dataSource, { name: 'Atelier' });
      const owner = await joinAs(t, ws, 'founder', { owner: true });
      const res = await request(t.http)
        .patch(`/api/workspaces/${ws.id}`)
        .set(bearer(owner))
        .send({ name: ' Atelier Fontaine ', timeZone: 'America/Montreal', currency: 'CAD' })
        .expect(200);
      expect(res.body).toMatchObject({
        id: ws.id,
        name: 'Atelier Fontaine',
        timeZone: 'America/Montreal',
        currency: 'CAD',
        membership: { role: 'founder', owner: true, clientIds: [] },
      });
      const [event] = await auditOf(ws.id, 'workspace.updated');
      expect(event.actor_id).toBe(owner.user.id);
      expect(event.changes).toEqual({
        name: { before: 'Atelier', after: 'Atelier Fontaine' },
        timeZone: { before: 'Europe/Paris', after: 'America/Montreal' },
        currency: { before: 'EUR', after: 'CAD' },
      });
    });

    it('stores a time zone with its canonical capitalisation', async () => {
      const ws = await createWorkspace(t.dataSource);
      const owner = await joinAs(t, ws, 'founder', { owner: true });
      const res = await request(t.http)
        .patch(`/api/workspaces/${ws.id}`)
        .set(bearer(owner))
        .send({ timeZone: 'asia/tokyo' })
        .expect(200);
      expect(res.body.timeZone).toBe('Asia/Tokyo');
    });

    it('changes nothing and records nothing for an empty body', async () => {
      const ws = await createWorkspace(t.dataSource, { name: 'Same' });
      const owner = await joinAs(t, ws, 'founder', { owner: true });
      const res = await request(t.http)
        .patch(`/api/workspaces/${ws.id}`)
        .set(bearer(owner))
        .send({})
        .expect(200);
      expect(res.body.name).toBe('Same');
      expect(await auditOf(ws.id, 'workspace.updated')).toEqual([]);
    });

    it.each([
      ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, ['timeZone']],
      ['an offset instead of a zone', { timeZone: '+01:00' }, ['timeZone']],
      ['an empty time zone', { timeZone: '' }, ['timeZone']],
      ['a lower-case currency', { currency: 'eur' }, ['currency']],
      ['a four-letter currency', { currency: 'EURO' }, ['currency']],
      ['an empty name', { name: '   ' }, ['name']],
      ['a null name', { name: null }, ['name']],
      ['a name of 121 characters', { name: 'x'.repeat(121) }, ['name']],
      [
        'wrong types',
        { name: 12, timeZone: ['Europe/Paris'], currency: 978 },
        ['currency', 'name', 'timeZone'],
      ],
      [
        'fields that are not settings',
        { id: MISSING_ID, owner: true, workspaceId: MISSING_ID, createdAt: '2020-01-01T00:00:00Z' },
        ['createdAt', 'id', 'owner', 'workspaceId'],
      ],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const ws = await createWorkspace(t.dataSource, { name: 'Untouched' });
      const owner = await joinAs(t, ws, 'founder', { owner: true });
      const res = await request(t.http)
        .patch(`/api/workspaces/${ws.id}`)
        .set(bearer(owner))
        .send(body)
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
      const [row] = await t.dataSource.query(
        'SELECT name, time_zone FROM workspaces WHERE id = $1',
        [ws.id],
      );
      expect(row).toEqual({ name: 'Untouched', time_zone: 'Europe/Paris' });
    });
  });

  describe('POST /api/workspaces/:ws/transfer-ownership', () => {
    const path = (ws: { id: string }) => `/api/workspaces/${ws.id}/transfer-ownership`;

    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      await request(t.http).post(path(ws)).send({ userId: MISSING_ID }).expect(401);
    });

    it('answers 404 to a member of another workspace', async () => {
      const ws = await createWorkspace(t.dataSource);
      const other = await createWorkspace(t.dataSource);
      const stranger = await joinAs(t, other, 'founder', { owner: true });
      await request(t.http)
        .post(path(ws))
        .set(bearer(stranger))
        .send({ userId: stranger.user.id })
        .expect(404);
    });

    it.each(ROLES)('answers 403 to a %s who is not the owner', async (role) => {
      const ws = await createWorkspace(t.dataSource);
      const owner = await joinAs(t, ws, 'founder', { owner: true });
      const me = await joinAs(t, ws, role);
      await request(t.http).post(path(ws)).set(bearer(me)).send({ userId: me.user.id }).expect(403);
      const [row] = await t.dataSource.query(
        'SELECT owner FROM memberships WHERE workspace_id = $1 AND user_id = $2',
        [ws.id, owner.user.id],
      );
      expect(row.owner).toBe(true);
    });

    it('hands ownership over: the old owner keeps their role but no longer administers', async () => {
      const ws = await createWorkspace(t.dataSource, { name: 'Before' });
      const owner = await joinAs(t, ws, 'founder', { owner: true });
      const heir = await joinAs(t, ws, 'obm');
      const res = await request(t.http)
        .post(path(ws))
        .set(bearer(owner))
        .send({ userId: heir.user.id.toUpperCase() })
        .expect(200);
      expect(res.body.membership).toEqual({ role: 'founder', owner: false, clientIds: [] });
      const rows = await t.dataSource.query(
        'SELECT user_id, role, owner FROM memberships WHERE workspace_id = $1 ORDER BY role',
        [ws.id],
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { user_id: owner.user.id, role: 'founder', owner: false },
          { user_id: heir.user.id, role: 'obm', owner: true },
        ]),
      );
      const [event] = await auditOf(ws.id, 'workspace.ownership_transferred');
      expect(event).toMatchObject({
        actor_id: owner.user.id,
        entity_id: ws.id,
        changes: { ownerId: { before: owner.user.id, after: heir.user.id } },
      });
      // settings follow ownership: a founder who is not the owner may no longer change them
      await request(t.http)
        .patch(`/api/workspaces/${ws.id}`)
        .set(bearer(owner))
        .send({ name: 'X' })
        .expect(403);
      await request(t.http)
        .patch(`/api/workspaces/${ws.id}`)
        .set(bearer(heir))
        .send({ name: 'Y' })
        .expect(200);
      await request(t.http)
        .post(path(ws))
        .set(bearer(owner))
        .send({ userId: owner.user.id })
        .expect(403);
    });

    it('answers 400 when the new owner is not an active member, or is the owner already', async () => {
      const ws = await createWorkspace(t.dataSource);
      const owner = await joinAs(t, ws, 'founder', { owner: true });
      const gone = await joinAs(t, ws, 'ops_director', { active: false });
      const elsewhere = await outsider(t);
      for (const userId of [gone.user.id, elsewhere.user.id, MISSING_ID, owner.user.id]) {
        const res = await request(t.http)
          .post(path(ws))
          .set(bearer(owner))
          .send({ userId })
          .expect(400);
        expect(fieldsOf(res.body)).toEqual(['userId']);
      }
      const [row] = await t.dataSource.query(
        'SELECT owner FROM memberships WHERE workspace_id = $1 AND user_id = $2',
        [ws.id, owner.user.id],
      );
      expect(row.owner).toBe(true);
    });

    it.each([
      ['no user id', {}, ['userId']],
      ['a malformed user id', { userId: 'me' }, ['userId']],
      [
        'unknown fields',
        { userId: MISSING_ID, owner: true, workspaceId: MISSING_ID },
        ['owner', 'workspaceId'],
      ],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const ws = await createWorkspace(t.dataSource);
      const owner = await joinAs(t, ws, 'founder', { owner: true });
      const res = await request(t.http).post(path(ws)).set(bearer(owner)).send(body).expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });
});
