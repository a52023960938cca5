import { createHash } from 'node:crypto';
import request from 'supertest';
import { ROLES, type Role } from '@relais/domain';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { createWorkspace, uniqueEmail } from './factories';
import {
  bearer,
  createInvitation,
  createWorkspaceClient,
  fieldsOf,
  joinAs,
  MISSING_ID,
  outsider,
  type Actor,
} from './members-factories';
import { startTestApp, type TestApp } from './test-app';

const PUBLIC_URL = 'https://relais.example.test';
const LINK = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}/invitations/([A-Za-z0-9_-]{43})`);

interface InvitationBody {
  id: string;
  email: string;
  role: Role;
}

describe('invitations API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL });
  });

  afterAll(async () => {
    await t?.close();
  });

  const invitationsPath = (ws: { id: string }) => `/api/workspaces/${ws.id}/invitations`;

  async function team(): Promise<{ ws: WorkspaceEntity } & Record<Role, Actor>> {
    const ws = await createWorkspace(t.dataSource, { name: 'Atelier Fontaine' });
    const founder = await joinAs(t, ws, 'founder', { owner: true }, { name: 'Fanny Fontaine' });
    const ops_director = await joinAs(t, ws, 'ops_director');
    const obm = await joinAs(t, ws, 'obm');
    const va = await joinAs(t, ws, 'va');
    return { ws, founder, ops_director, obm, va };
  }

  /** The emails sent to an address, newest last. */
  async function emailsTo(
    address: string,
  ): Promise<{ kind: string; subject: string; text_body: string }[]> {
    return t.dataSource.query(
      'SELECT kind, subject, text_body FROM emails WHERE to_address = $1 ORDER BY created_at',
      [address],
    );
  }

  /** Invites through the API and reads the token back from the email, as the invitee would. */
  async function invite(
    ws: { id: string },
    actor: Actor,
    body: { email: string; role: Role; clientIds?: string[] },
  ): Promise<{ id: string; token: string }> {
    const res = await request(t.http)
      .post(invitationsPath(ws))
      .set(bearer(actor))
      .send(body)
      .expect(201);
    const emails = await emailsTo(body.email);
    const token = LINK.exec(emails[emails.length - 1].text_body)?.[1];
    if (!token) throw new Error('no invitation link in the email');
    return { id: res.body.id, token };
  }

  describe('POST /api/workspaces/:ws/invitations', () => {
    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      await request(t.http)
        .post(invitationsPath(ws))
        .send({ email: uniqueEmail(), role: 'va' })
        .expect(401);
    });

    it('answers 404 to a member of another workspace, 400 to a malformed workspace id', async () => {
      const { ws } = await team();
      const stranger = await joinAs(t, await createWorkspace(t.dataSource), 'founder', {
        owner: true,
      });
      await request(t.http)
        .post(invitationsPath(ws))
        .set(bearer(stranger))
        .send({ email: uniqueEmail(), role: 'va' })
        .expect(404);
      await request(t.http)
        .post('/api/workspaces/ws/invitations')
        .set(bearer(stranger))
        .send({ email: uniqueEmail(), role: 'va' })
        .expect(400);
    });

    it.each<[Role, Role, number]>([
      ['founder', 'founder', 201],
      ['founder', 'ops_director', 201],
      ['founder', 'obm', 201],
      ['founder', 'va', 201],
      ['ops_director', 'founder', 403],
      ['ops_director', 'ops_director', 201],
      ['ops_director', 'obm', 201],
      ['ops_director', 'va', 201],
      ['obm', 'founder', 403],
      ['obm', 'ops_director', 403],
      ['obm', 'obm', 403],
      ['obm', 'va', 201],
      ['va', 'va', 403],
    ])('lets a %s invite a %s: %d', async (actorRole, role, status) => {
      const world = await team();
      const email = uniqueEmail('invitee');
      await request(t.http)
        .post(invitationsPath(world.ws))
        .set(bearer(world[actorRole]))
        .send({ email, role })
        .expect(status);
      expect(await emailsTo(email)).toHaveLength(status === 201 ? 1 : 0);
    });

    it('stores a normalised address and a hash of the token, answers without the token, and sends the link', async () => {
      const { ws, founder } = await team();
      const client = await createWorkspaceClient(t, ws);
      const email = uniqueEmail('lea');
      const res = await request(t.http)
        .post(invitationsPath(ws))
        .set(bearer(founder))
        .send({ email: `  ${email.toUpperCase()} `, role: 'obm', clientIds: [client.id] })
        .expect(201);
      expect(Object.keys(res.body).sort()).toEqual([
        'clientIds',
        'createdAt',
        'email',
        'expiresAt',
        'id',
        'role',
      ]);
      expect(res.body).toMatchObject({ email, role: 'obm', clientIds: [client.id] });
      const days = (Date.parse(res.body.expiresAt) - Date.parse(res.body.createdAt)) / 86_400_000;
      expect(days).toBeCloseTo(7, 2);

      const [mail] = await emailsTo(email);
      expect(mail.kind).toBe('invitation');
      expect(mail.subject).toContain('Atelier Fontaine');
      expect(mail.text_body).toContain('Fanny Fontaine vous invite');
      expect(mail.text_body).toContain('Fanny Fontaine invites you');
      const token = LINK.exec(mail.text_body)?.[1] as string;
      expect(token).toBeDefined();
      const [row] = await t.dataSource.query(
        'SELECT token_hash, invited_by_id FROM invitations WHERE id = $1',
        [res.body.id],
      );
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(row.invited_by_id).toBe(founder.user.id);
      expect(JSON.stringify(res.body)).not.toContain(token);
      const [event] = await t.dataSource.query(
        `SELECT actor_id, changes FROM audit_events WHERE action = 'invitation.created' AND entity_id = $1`,
        [res.body.id],
      );
      expect(event.actor_id).toBe(founder.user.id);
      expect(event.changes.role).toEqual({ before: null, after: 'obm' });
    });

    it('answers 409 when an active member has the address, whatever its case', async () => {
      const { ws, founder, va } = await team();
      await request(t.http)
        .post(invitationsPath(ws))
        .set(bearer(founder))
        .send({ email: va.user.email.toUpperCase(), role: 'obm' })
        .expect(409);
    });

    it('invites a deactivated member back', async () => {
      const { ws, founder } = await team();
      const gone = await joinAs(t, ws, 'va', { active: false });
      await request(t.http)
        .post(invitationsPath(ws))
        .set(bearer(founder))
        .send({ email: gone.user.email, role: 'va' })
        .expect(201);
    });

    it('replaces a pending invitation for the same address', async () => {
      const { ws, founder } = await team();
      const email = uniqueEmail('twice');
      const first = await invite(ws, founder, { email, role: 'va' });
      const second = await invite(ws, founder, { email, role: 'obm' });
      const [old] = await t.dataSource.query('SELECT revoked_at FROM invitations WHERE id = $1', [
        first.id,
      ]);
      expect(old.revoked_at).not.toBeNull();
      const list = await request(t.http).get(invitationsPath(ws)).set(bearer(founder)).expect(200);
      expect(list.body.items.map((i: InvitationBody) => [i.id, i.role])).toEqual([
        [second.id, 'obm'],
      ]);
      expect(await emailsTo(email)).toHaveLength(2);
    });

    it('answers 403 to an OBM replacing an invitation sent for a role above hers', async () => {
      const { ws, founder, obm } = await team();
      const email = uniqueEmail('director');
      const first = await invite(ws, founder, { email, role: 'ops_director' });
      await request(t.http)
        .post(invitationsPath(ws))
        .set(bearer(obm))
        .send({ email, role: 'va' })
        .expect(403);
      const [row] = await t.dataSource.query('SELECT revoked_at FROM invitations WHERE id = $1', [
        first.id,
      ]);
      expect(row.revoked_at).toBeNull();
    });

    it('keeps the client scope within the workspace and the inviter’s own scope', async () => {
      const ws = await createWorkspace(t.dataSource);
      await joinAs(t, ws, 'founder', { owner: true });
      const [mine, theirs] = [
        await createWorkspaceClient(t, ws),
        await createWorkspaceClient(t, ws),
      ];
      const obm = await joinAs(t, ws, 'obm', { clientIds: [mine.id] });
      const send = (clientIds?: string[]) =>
        request(t.http)
          .post(invitationsPath(ws))
          .set(bearer(obm))
          .send({ email: uniqueEmail(), role: 'va', clientIds });
      for (const clientIds of [[theirs.id], [MISSING_ID]]) {
        const res = await send(clientIds).expect(400);
        expect(fieldsOf(res.body)).toEqual(['clientIds']);
      }
      await send([]).expect(403);
      await send(undefined).expect(403);
      await send([mine.id]).expect(201);
    });

    it.each([
      ['missing fields', {}, ['email', 'role']],
      ['an invalid email', { email: 'lea@', role: 'va' }, ['email']],
      ['an unknown role', { email: 'lea@example.test', role: 'admin' }, ['role']],
      ['a null scope', { email: 'lea@example.test', role: 'va', clientIds: null }, ['clientIds']],
      [
        'malformed client ids',
        { email: 'lea@example.test', role: 'va', clientIds: [1] },
        ['clientIds'],
      ],
      [
        'fields the server decides',
        {
          email: 'lea@example.test',
          role: 'va',
          workspaceId: MISSING_ID,
          owner: true,
          id: MISSING_ID,
          createdAt: '2020-01-01',
          token: 'x',
          expiresAt: '2099-01-01',
        },
        ['createdAt', 'expiresAt', 'id', 'owner', 'token', 'workspaceId'],
      ],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const { ws, founder } = await team();
      const res = await request(t.http)
        .post(invitationsPath(ws))
        .set(bearer(founder))
        .send(body)
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(fields);
    });
  });

  describe('GET /api/workspaces/:ws/invitations', () => {
    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      await request(t.http).get(invitationsPath(ws)).expect(401);
    });

    it('answers 404 to a member of another workspace and 403 to a VA', async () => {
      const { ws, va } = await team();
      const stranger = await joinAs(t, await createWorkspace(t.dataSource), 'founder', {
        owner: true,
      });
      await request(t.http).get(invitationsPath(ws)).set(bearer(stranger)).expect(404);
      await request(t.http).get(invitationsPath(ws)).set(bearer(va)).expect(403);
    });

    it.each(['founder', 'ops_director', 'obm'] as const)(
      'lists only pending invitations to a %s',
      async (role) => {
        const world = await team();
        const { invitation: pending } = await createInvitation(t, world.ws, {
          role: 'ops_director',
        });
        await createInvitation(t, world.ws, { acceptedAt: new Date() });
        await createInvitation(t, world.ws, { revokedAt: new Date() });
        await createInvitation(t, world.ws, { expiresAt: new Date(Date.now() - 1000) });
        await createInvitation(t, await createWorkspace(t.dataSource));
        const res = await request(t.http)
          .get(invitationsPath(world.ws))
          .set(bearer(world[role]))
          .expect(200);
        expect(res.body).toEqual({
          items: [
            {
              id: pending.id,
              email: pending.email,
              role: 'ops_director',
              clientIds: [],
              expiresAt: pending.expiresAt.toISOString(),
              createdAt: pending.createdAt.toISOString(),
            },
          ],
          nextCursor: null,
        });
      },
    );

    it('walks every page once with limit and cursor', async () => {
      const { ws, founder } = await team();
      const ids = new Set<string>();
      for (let i = 0; i < 5; i++) ids.add((await createInvitation(t, ws)).invitation.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: Record<string, string | number> = { limit: 2, ...(cursor ? { cursor } : {}) };
        const res = await request(t.http)
          .get(invitationsPath(ws))
          .query(query)
          .set(bearer(founder))
          .expect(200);
        seen.push(...res.body.items.map((i: InvitationBody) => i.id));
        cursor = res.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(5);
      expect(new Set(seen)).toEqual(ids);
    });

    it.each(['limit=0', 'limit=500', 'cursor=nope', 'status=all'])(
      'answers 400 to ?%s',
      async (query) => {
        const { ws, founder } = await team();
        await request(t.http)
          .get(`${invitationsPath(ws)}?${query}`)
          .set(bearer(founder))
          .expect(400);
      },
    );
  });

  describe('GET /api/workspaces/:ws/invitations as a client-scoped manager', () => {
    it('lists only invitations within her clients', async () => {
      const workspace = await createWorkspace(t.dataSource);
      const mine = await createWorkspaceClient(t, workspace);
      const other = await createWorkspaceClient(t, workspace);
      const scoped = await joinAs(t, workspace, 'obm', { clientIds: [mine.id] });
      const inside = await createInvitation(t, workspace, { clientIds: [mine.id] });
      await createInvitation(t, workspace, { clientIds: [other.id] });
      await createInvitation(t, workspace, { clientIds: [] });
      const res = await request(t.http)
        .get(`/api/workspaces/${workspace.id}/invitations`)
        .set(bearer(scoped))
        .expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([inside.invitation.id]);
    });
  });

  describe('DELETE /api/workspaces/:ws/invitations/:id', () => {
    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      const { invitation } = await createInvitation(t, ws);
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${invitation.id}`)
        .expect(401);
    });

    it('answers 404 to another workspace’s member or invitation, 400 to a malformed id, 403 to a VA', async () => {
      const { ws, founder, va } = await team();
      const other = await createWorkspace(t.dataSource);
      const stranger = await joinAs(t, other, 'founder', { owner: true });
      const { invitation } = await createInvitation(t, ws);
      const { invitation: foreign } = await createInvitation(t, other);
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${invitation.id}`)
        .set(bearer(stranger))
        .expect(404);
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${foreign.id}`)
        .set(bearer(founder))
        .expect(404);
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${MISSING_ID}`)
        .set(bearer(founder))
        .expect(404);
      await request(t.http)
        .delete(`${invitationsPath(ws)}/1`)
        .set(bearer(founder))
        .expect(400);
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${invitation.id}`)
        .set(bearer(va))
        .expect(403);
    });

    it('answers 403 to an OBM revoking an invitation for a role above hers', async () => {
      const { ws, obm } = await team();
      const { invitation } = await createInvitation(t, ws, { role: 'obm' });
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${invitation.id}`)
        .set(bearer(obm))
        .expect(403);
    });

    it('revokes: the link stops working and the invitation leaves the list', async () => {
      const { ws, obm } = await team();
      const invitee = await outsider(t);
      const { id, token } = await invite(ws, obm, { email: invitee.user.email, role: 'va' });
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${id}`)
        .set(bearer(obm))
        .expect(204);
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${id}`)
        .set(bearer(obm))
        .expect(204);
      await request(t.http)
        .post(`/api/invitations/${token}/accept`)
        .set(bearer(invitee))
        .expect(404);
      const list = await request(t.http).get(invitationsPath(ws)).set(bearer(obm)).expect(200);
      expect(list.body.items).toEqual([]);
      const events = await t.dataSource.query(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at`,
        [id],
      );
      expect(events.map((e: { action: string }) => e.action)).toEqual([
        'invitation.created',
        'invitation.revoked',
      ]);
    });

    it('answers 409 for an invitation already accepted', async () => {
      const { ws, founder } = await team();
      const { invitation } = await createInvitation(t, ws, { acceptedAt: new Date() });
      await request(t.http)
        .delete(`${invitationsPath(ws)}/${invitation.id}`)
        .set(bearer(founder))
        .expect(409);
    });
  });

  describe('telling an invitee who already has an account', () => {
    interface NotificationBody {
      kind: string;
      workspaceId: string | null;
      title: string;
      link: string | null;
      data: Record<string, unknown>;
      readAt: string | null;
    }

    async function invitationNotifications(actor: { token: string }): Promise<NotificationBody[]> {
      const res = await request(t.http).get('/api/me/notifications').set(bearer(actor)).expect(200);
      return (res.body.items as NotificationBody[]).filter((n) => n.kind === 'invitation');
    }

    it('notifies them in the app and by email, with the same link', async () => {
      const { ws, founder } = await team();
      const invitee = await outsider(t);
      const { id, token } = await invite(ws, founder, { email: invitee.user.email, role: 'obm' });

      const [notice] = await invitationNotifications(invitee);
      expect(notice).toMatchObject({
        // not a member yet: the notification belongs to no workspace, or it would be hidden
        workspaceId: null,
        title: 'Atelier Fontaine',
        link: `/invitations/${token}`,
        data: {
          invitationId: id,
          workspaceId: ws.id,
          workspaceName: 'Atelier Fontaine',
          actorId: founder.user.id,
          actorName: 'Fanny Fontaine',
          role: 'obm',
        },
        readAt: null,
      });
      expect(await emailsTo(invitee.user.email)).toHaveLength(1);
    });

    it('sends no email once they turned invitation emails off, and the in-app link still works', async () => {
      const { ws, founder } = await team();
      const invitee = await outsider(t);
      await request(t.http)
        .put('/api/me/notification-preferences')
        .set(bearer(invitee))
        .send({ invitation: false })
        .expect(200);

      await request(t.http)
        .post(invitationsPath(ws))
        .set(bearer(founder))
        .send({ email: invitee.user.email, role: 'va' })
        .expect(201);

      expect(await emailsTo(invitee.user.email)).toEqual([]);
      const [notice] = await invitationNotifications(invitee);
      const token = /^\/invitations\/([A-Za-z0-9_-]{43})$/.exec(notice?.link ?? '')?.[1];
      expect(token).toBeDefined();
      await request(t.http)
        .post(`/api/invitations/${token}/accept`)
        .set(bearer(invitee))
        .expect(200);
      // answered: the invitation no longer waits as unread under the bell
      const [answered] = await invitationNotifications(invitee);
      expect(answered.readAt).toEqual(expect.any(String));
      // another kind turned off does not silence invitations
      const other = await outsider(t);
      await request(t.http)
        .put('/api/me/notification-preferences')
        .set(bearer(other))
        .send({ task_assigned: false })
        .expect(200);
      await invite(ws, founder, { email: other.user.email, role: 'va' });
      expect(await emailsTo(other.user.email)).toHaveLength(1);
    });
  });

  describe('GET /api/invitations/:token', () => {
    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      const { token } = await createInvitation(t, ws);
      await request(t.http).get(`/api/invitations/${token}`).expect(401);
    });

    it('shows the invitee what the link offers', async () => {
      const { ws, founder } = await team();
      const invitee = await outsider(t);
      const { token } = await invite(ws, founder, { email: invitee.user.email, role: 'obm' });
      const res = await request(t.http)
        .get(`/api/invitations/${token}`)
        .set(bearer(invitee))
        .expect(200);
      expect(res.body).toEqual({
        workspaceName: 'Atelier Fontaine',
        role: 'obm',
        invitedByName: 'Fanny Fontaine',
        expiresAt: expect.any(String),
      });
    });

    it('answers 404 for an unknown, malformed or revoked link, 403 to another account, 410 once used or expired', async () => {
      const ws = await createWorkspace(t.dataSource);
      const invitee = await outsider(t);
      const someoneElse = await outsider(t);
      const mine = { email: invitee.user.email };
      const revoked = await createInvitation(t, ws, { ...mine, revokedAt: new Date() });
      const used = await createInvitation(t, ws, { ...mine, acceptedAt: new Date() });
      const expired = await createInvitation(t, ws, {
        ...mine,
        expiresAt: new Date(Date.now() - 1000),
      });
      const valid = await createInvitation(t, ws, mine);
      const get = (token: string, actor: { token: string } = invitee) =>
        request(t.http)
          .get(`/api/invitations/${encodeURIComponent(token)}`)
          .set(bearer(actor));
      await get('a'.repeat(43)).expect(404);
      await get('not a token!').expect(404);
      await get(revoked.token).expect(404);
      await get(used.token).expect(410);
      await get(expired.token).expect(410);
      await get(valid.token, someoneElse).expect(403);
      await get(valid.token).expect(200);
    });
  });

  describe('POST /api/invitations/:token/accept', () => {
    const accept = (token: string, actor?: { token: string }) => {
      const req = request(t.http).post(`/api/invitations/${token}/accept`);
      return actor ? req.set(bearer(actor)) : req;
    };

    it('requires authentication', async () => {
      const ws = await createWorkspace(t.dataSource);
      const { token } = await createInvitation(t, ws);
      await accept(token).expect(401);
    });

    it('joins the workspace with the invited role and scope, once', async () => {
      const { ws, obm } = await team();
      const client = await createWorkspaceClient(t, ws);
      const invitee = await outsider(t);
      const { id, token } = await invite(ws, obm, {
        email: invitee.user.email,
        role: 'va',
        clientIds: [client.id],
      });
      await request(t.http).get(`/api/workspaces/${ws.id}`).set(bearer(invitee)).expect(404);

      const res = await accept(token, invitee).expect(200);
      expect(res.body).toEqual({ workspaceId: ws.id, role: 'va' });
      const me = await request(t.http).get('/api/me').set(bearer(invitee)).expect(200);
      expect(me.body.memberships).toEqual([
        {
          workspaceId: ws.id,
          workspaceName: 'Atelier Fontaine',
          role: 'va',
          owner: false,
          clientIds: [client.id],
        },
      ]);
      const [row] = await t.dataSource.query(
        'SELECT accepted_at, accepted_by_id FROM invitations WHERE id = $1',
        [id],
      );
      expect(row.accepted_at).not.toBeNull();
      expect(row.accepted_by_id).toBe(invitee.user.id);
      const events = await t.dataSource.query(
        `SELECT action, actor_id FROM audit_events WHERE workspace_id = $1 AND entity_id IN ($2, $3) ORDER BY action`,
        [ws.id, id, invitee.user.id],
      );
      expect(events).toEqual([
        { action: 'invitation.accepted', actor_id: invitee.user.id },
        { action: 'invitation.created', actor_id: obm.user.id },
        { action: 'member.joined', actor_id: invitee.user.id },
      ]);
      // single use
      await accept(token, invitee).expect(410);
      const list = await request(t.http).get(invitationsPath(ws)).set(bearer(obm)).expect(200);
      expect(list.body.items).toEqual([]);
    });

    it('answers 403 to another account, so a leaked link is useless', async () => {
      const { ws, founder } = await team();
      const invitee = await outsider(t);
      const thief = await outsider(t);
      const { token } = await invite(ws, founder, {
        email: invitee.user.email,
        role: 'ops_director',
      });
      await accept(token, thief).expect(403);
      await request(t.http).get(`/api/workspaces/${ws.id}`).set(bearer(thief)).expect(404);
      // and a member of the workspace cannot use it to change their own role
      await accept(token, founder).expect(403);
      await accept(token, invitee).expect(200);
    });

    it('answers 410 once expired and 404 once revoked or unknown', async () => {
      const { ws, founder } = await team();
      const invitee = await outsider(t);
      const { id, token } = await invite(ws, founder, { email: invitee.user.email, role: 'va' });
      await t.dataSource.query(
        `UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [id],
      );
      const res = await accept(token, invitee).expect(410);
      expect(res.body.message).toMatch(/expired/);
      const revoked = await createInvitation(t, ws, {
        email: invitee.user.email,
        revokedAt: new Date(),
      });
      await accept(revoked.token, invitee).expect(404);
      await accept('b'.repeat(43), invitee).expect(404);
      await request(t.http).get(`/api/workspaces/${ws.id}`).set(bearer(invitee)).expect(404);
    });

    it('answers 409 to someone who is already an active member', async () => {
      const { ws, va } = await team();
      const { token } = await createInvitation(t, ws, { email: va.user.email, role: 'obm' });
      await accept(token, va).expect(409);
      const [row] = await t.dataSource.query(
        'SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2',
        [ws.id, va.user.id],
      );
      expect(row.role).toBe('va');
    });

    it('brings a deactivated member back with the invited role and scope', async () => {
      const { ws, founder } = await team();
      const client = await createWorkspaceClient(t, ws);
      const gone = await joinAs(t, ws, 'va', { active: false, hourlyCostCents: 2000 });
      const { token } = await invite(ws, founder, {
        email: gone.user.email,
        role: 'obm',
        clientIds: [client.id],
      });
      await accept(token, gone).expect(200);
      const [row] = await t.dataSource.query(
        `SELECT role, client_ids, active, owner, hourly_cost_cents FROM memberships
          WHERE workspace_id = $1 AND user_id = $2`,
        [ws.id, gone.user.id],
      );
      expect(row).toEqual({
        role: 'obm',
        client_ids: [client.id],
        active: true,
        owner: false,
        hourly_cost_cents: 2000,
      });
      const [event] = await t.dataSource.query(
        `SELECT changes FROM audit_events WHERE action = 'member.reactivated' AND entity_id = $1`,
        [gone.user.id],
      );
      expect(event.changes.role).toEqual({ before: 'va', after: 'obm' });
    });

    it.each(ROLES)('needs no workspace permission: a future %s accepts', async (role) => {
      const { ws, founder } = await team();
      const invitee = await outsider(t);
      const { token } = await invite(ws, founder, { email: invitee.user.email, role });
      await accept(token, invitee).expect(200);
      const ws2 = await request(t.http)
        .get(`/api/workspaces/${ws.id}`)
        .set(bearer(invitee))
        .expect(200);
      expect(ws2.body.membership).toEqual({ role, owner: false, clientIds: [] });
    });
  });
});
