import request from 'supertest';
import type { Role } from '@relais/domain';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import { createClient } from './project-factories';
import { startTestApp, type TestApp } from './test-app';

describe('clients', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  /** A workspace with one member of the given role (and scope), signed in. */
  async function memberOf(role: Role, clientIds: string[] = []) {
    const workspace = await createWorkspace(t.dataSource);
    const user = await createUser(t.dataSource);
    await addMember(t.dataSource, workspace, user, role, { owner: role === 'founder', clientIds });
    const { accessToken } = await signIn(t, user.email);
    const client = await createClient(t.dataSource, workspace, {
      engagement: 'retainer',
      monthlyAmountCents: 150000,
      monthlyHoursBudget: '20',
      hourlyRateCents: 4500,
    });
    const api = (method: 'get' | 'post' | 'patch' | 'delete', path: string) =>
      request(t.http)
        [method](`/api/workspaces/${workspace.id}/clients${path}`)
        .set('authorization', `Bearer ${accessToken}`);
    return { workspace, user, client, api };
  }

  it('requires authentication', async () => {
    const { workspace } = await memberOf('founder');
    await request(t.http).get(`/api/workspaces/${workspace.id}/clients`).expect(401);
  });

  it('answers 404 to someone who is not a member, and 400 to a malformed workspace id', async () => {
    const { workspace } = await memberOf('founder');
    const outsider = await createUser(t.dataSource);
    const { accessToken } = await signIn(t, outsider.email);
    await request(t.http)
      .get(`/api/workspaces/${workspace.id}/clients`)
      .set('authorization', `Bearer ${accessToken}`)
      .expect(404);
    await request(t.http)
      .get('/api/workspaces/not-a-uuid/clients')
      .set('authorization', `Bearer ${accessToken}`)
      .expect(400);
  });

  it.each(['founder', 'ops_director'] as Role[])('shows money to a %s', async (role) => {
    const { api, client } = await memberOf(role);
    const res = await api('get', `/${client.id}`).expect(200);
    expect(res.body).toMatchObject({
      monthlyAmountCents: 150000,
      hourlyRateCents: 4500,
      monthlyHoursBudget: 20,
    });
  });

  it.each(['obm', 'va'] as Role[])(
    'hides money from a %s but shows the hours budget',
    async (role) => {
      const { api, client } = await memberOf(role);
      const res = await api('get', `/${client.id}`).expect(200);
      expect(res.body.monthlyHoursBudget).toBe(20);
      for (const field of ['monthlyAmountCents', 'hourlyRateCents', 'commissionPercent']) {
        expect(res.body).not.toHaveProperty(field);
      }
      const list = await api('get', '').expect(200);
      expect(list.body.items[0]).not.toHaveProperty('monthlyAmountCents');
    },
  );

  it('lets a VA read but not create, edit or archive clients', async () => {
    const { api, client } = await memberOf('va');
    await api('post', '').send({ name: 'Nouveau' }).expect(403);
    await api('patch', `/${client.id}`).send({ name: 'Renamed' }).expect(403);
    await api('delete', `/${client.id}`).expect(403);
  });

  it('refuses money fields from an OBM (403) and accepts the rest', async () => {
    const { api } = await memberOf('obm');
    await api('post', '').send({ name: 'Studio', hourlyRateCents: 3000 }).expect(403);
    const res = await api('post', '')
      .send({ name: 'Studio', monthlyHoursBudget: 12.5 })
      .expect(201);
    expect(res.body).toMatchObject({
      name: 'Studio',
      monthlyHoursBudget: 12.5,
      engagement: 'hourly',
    });
  });

  it('creates, edits and archives a client with an audit trail', async () => {
    const { api, workspace, user } = await memberOf('founder');
    const created = await api('post', '')
      .send({
        name: ' Boutique Éclat ',
        engagement: 'fixed_plus_commission',
        monthlyAmountCents: 90000,
        commissionPercent: 7.5,
      })
      .expect(201);
    expect(created.body).toMatchObject({
      name: 'Boutique Éclat',
      commissionPercent: 7.5,
      workspaceId: workspace.id,
    });
    const updated = await api('patch', `/${created.body.id}`)
      .send({ name: 'Boutique Éclat Paris' })
      .expect(200);
    expect(updated.body.name).toBe('Boutique Éclat Paris');
    await api('delete', `/${created.body.id}`).expect(204);
    const list = await api('get', '').expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(created.body.id);
    const archived = await api('get', '?includeArchived=true').expect(200);
    expect(archived.body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
    const events = await t.dataSource.query(
      `SELECT action, actor_id, changes FROM audit_events WHERE entity_id = $1 ORDER BY created_at`,
      [created.body.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'client.created',
      'client.updated',
      'client.archived',
    ]);
    expect(events[1].actor_id).toBe(user.id);
    expect(events[1].changes).toEqual({
      name: { before: 'Boutique Éclat', after: 'Boutique Éclat Paris' },
    });
  });

  it('rejects mass assignment and nulls on required fields with 400 naming the fields', async () => {
    const { api, client } = await memberOf('founder');
    const res = await api('post', '')
      .send({ name: 'X', workspaceId: client.workspaceId, id: client.id, createdAt: '2020-01-01' })
      .expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'createdAt',
      'id',
      'workspaceId',
    ]);
    const nulls = await api('patch', `/${client.id}`)
      .send({ name: null, engagement: null })
      .expect(400);
    expect(nulls.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'engagement',
      'name',
    ]);
    await api('get', '/not-a-uuid').expect(400);
  });

  it('keeps a client-scoped member to their clients: others are 404 and absent from lists', async () => {
    const { workspace } = await memberOf('founder');
    const mine = await createClient(t.dataSource, workspace, { name: 'A mine' });
    const other = await createClient(t.dataSource, workspace, { name: 'B other' });
    const scoped = await createUser(t.dataSource);
    await addMember(t.dataSource, workspace, scoped, 'obm', { clientIds: [mine.id] });
    const { accessToken } = await signIn(t, scoped.email);
    const get = (path: string) =>
      request(t.http)
        .get(`/api/workspaces/${workspace.id}/clients${path}`)
        .set('authorization', `Bearer ${accessToken}`);
    const list = await get('').expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([mine.id]);
    await get(`/${other.id}`).expect(404);
    await request(t.http)
      .post(`/api/workspaces/${workspace.id}/clients`)
      .set('authorization', `Bearer ${accessToken}`)
      .send({ name: 'New' })
      .expect(403);
  });

  it('paginates by name with a cursor, without duplicates, and rejects a forged cursor', async () => {
    const { api, workspace, client } = await memberOf('founder');
    for (let i = 0; i < 6; i++)
      await createClient(t.dataSource, workspace, { name: `Client ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await api(
        'get',
        `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen).toContain(client.id);
    await api('get', '?cursor=garbage').expect(400);
    await api('get', '?limit=500').expect(400);
    await api('get', '?limit=0').expect(400);
  });
});
