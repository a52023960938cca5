import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import { signIn } from './auth-helpers';
import { TEST_PASSWORD, uniqueEmail } from './factories';
import { createDecision, linkDecision } from './operations-factories';
import {
  ACTORS,
  buildWorld,
  freshClient,
  freshDecision,
  freshIdea,
  freshInvitation,
  freshMember,
  freshNotification,
  freshObjective,
  freshProcess,
  freshProject,
  freshTask,
  freshTimeEntry,
  mirrorWorkspace,
  runningTimer,
  type ActorName,
  type MemberName,
  type World,
} from './matrix-world';
import { createInvitation } from './members-factories';
import { startTestApp, type TestApp } from './test-app';

/**
 * The permission matrix of SPEC.md, route by route: every endpoint of the API is called by each
 * role, by a member limited to another client, by a signed-in user of no workspace, by the owner
 * of another workspace and without a token. A route without a case fails the coverage test.
 *
 * Each case prepares its own request for each caller: mutating cases act on a fresh record, so
 * no case depends on another. Record-level cases act on client A; the scoped member (an OBM
 * limited to client B) must not learn that those records exist.
 *
 * Every status below agrees with SPEC.md's matrix. Where the spec is silent, the cases pin the
 * API's own rules: a body naming a client out of the caller's scope is a 400 on that field
 * (projects, decisions, invitations) while a path or body naming a task or project she cannot
 * see is a 404; only a founder, or the owner, records revenue; a member limited to some clients
 * creates no client; ideas are not for VAs.
 */

type Status = Record<ActorName, number>;

interface Call {
  path: string;
  body?: object;
  query?: Record<string, string>;
  cookie?: string;
}

interface Case {
  /** `METHOD /path` as the OpenAPI document writes it. */
  route: string;
  /** What a further case of the same route shows. */
  note?: string;
  prepare(w: World, actor: ActorName): Call | Promise<Call>;
  expect: Status;
  /** More checks of the answer (list scoping). */
  check?(body: unknown, w: World, actor: ActorName): void;
  /** Undoes what the call changed outside the world (none but POST /api/workspaces). */
  after?(w: World, res: request.Response): Promise<void>;
}

/** A workspace route: callers from outside get 404, the anonymous caller 401. */
function inWorkspace(members: Record<MemberName, number>): Status {
  return { ...members, outsider: 404, stranger: 404, anonymous: 401 };
}

/** A route about the caller: the same answer for anyone signed in. */
function signedIn(status: number): Status {
  return {
    founder: status,
    ops_director: status,
    obm: status,
    va: status,
    scoped: status,
    outsider: status,
    stranger: status,
    anonymous: 401,
  };
}

/** A public route. */
function open(status: number): Status {
  return { ...signedIn(status), anonymous: status };
}

const everyMember = (status: number): Record<MemberName, number> => ({
  founder: status,
  ops_director: status,
  obm: status,
  va: status,
  scoped: status,
});

/** Founder, ops director and OBM may; the VA may not (403); the scoped member sees nothing of A. */
const managers = (status: number, scoped = 404): Record<MemberName, number> => ({
  founder: status,
  ops_director: status,
  obm: status,
  va: 403,
  scoped,
});

/** Founder and ops director only. */
const directors = (status: number): Record<MemberName, number> => ({
  founder: status,
  ops_director: status,
  obm: 403,
  va: 403,
  scoped: 403,
});

/** Everyone in the workspace on a record of client A, which the scoped member cannot see. */
const allButScoped = (status: number): Record<MemberName, number> => ({
  ...everyMember(status),
  scoped: 404,
});

/** The items of a list answer. */
function itemsOf(body: unknown): { id: string; clientId?: string | null; userId?: string }[] {
  return (body as { items: { id: string; clientId?: string | null; userId?: string }[] }).items;
}

/** The scoped member sees client B's records and none of A's; the others see A's. */
function expectClientScope(body: unknown, w: World, actor: ActorName): void {
  // a client is its own client
  const clients = itemsOf(body).map((item) => item.clientId ?? item.id);
  if (actor === 'scoped') {
    expect(clients).not.toContain(w.clientA.id);
    expect(clients).toContain(w.clientB.id);
  } else {
    expect(clients).toContain(w.clientA.id);
  }
}

/** Money fields are in the answer only for the roles that may see money. */
function expectMoney(record: unknown, actor: ActorName, field: string): void {
  const seesMoney = actor === 'founder' || actor === 'ops_director';
  expect(Object.keys(record as object).includes(field)).toBe(seesMoney);
}

const CASES: Case[] = [
  // -------------------------------------------------------------------------------------------
  // Public routes and the signed-in user's own
  // -------------------------------------------------------------------------------------------
  {
    route: 'POST /api/auth/register',
    prepare: () => ({
      path: '/api/auth/register',
      body: { email: uniqueEmail('matrix'), password: TEST_PASSWORD, name: 'Nouvelle Personne' },
    }),
    expect: open(201),
  },
  {
    route: 'POST /api/auth/login',
    note: 'wrong password',
    prepare: (w, actor) => ({
      path: '/api/auth/login',
      body: { email: w.userOf(actor).email, password: 'not the password' },
    }),
    expect: open(401),
  },
  {
    route: 'POST /api/auth/refresh',
    note: 'with the refresh cookie of a sign-in',
    prepare: async (w, actor) => {
      if (actor === 'anonymous') return { path: '/api/auth/refresh' };
      const { refreshCookie } = await signIn(w.t, w.userOf(actor).email);
      return { path: '/api/auth/refresh', cookie: refreshCookie };
    },
    expect: signedIn(200),
  },
  {
    route: 'POST /api/auth/logout',
    prepare: () => ({ path: '/api/auth/logout' }),
    expect: open(204),
  },
  { route: 'GET /api/health', prepare: () => ({ path: '/api/health' }), expect: open(200) },
  { route: 'GET /api/meta', prepare: () => ({ path: '/api/meta' }), expect: open(200) },
  {
    route: 'GET /api/dev/outbox',
    note: 'without SMTP, outside production',
    prepare: () => ({ path: '/api/dev/outbox' }),
    expect: open(200),
  },
  { route: 'GET /api/me', prepare: () => ({ path: '/api/me' }), expect: signedIn(200) },
  { route: 'GET /api/me/tasks', prepare: () => ({ path: '/api/me/tasks' }), expect: signedIn(200) },
  { route: 'GET /api/me/timer', prepare: () => ({ path: '/api/me/timer' }), expect: signedIn(200) },
  {
    route: 'GET /api/me/notifications',
    prepare: () => ({ path: '/api/me/notifications' }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/me/notifications/read-all',
    prepare: () => ({ path: '/api/me/notifications/read-all' }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/me/notifications/{id}/read',
    note: 'her own notification',
    prepare: async (w, actor) => ({
      path: `/api/me/notifications/${await freshNotification(w, w.userOf(actor))}/read`,
    }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/me/notifications/{id}/read',
    note: "someone else's notification",
    prepare: async (w) => ({
      path: `/api/me/notifications/${await freshNotification(w, w.members.va.user)}/read`,
    }),
    expect: { ...signedIn(404), va: 200 },
  },
  {
    route: 'GET /api/me/notification-preferences',
    prepare: () => ({ path: '/api/me/notification-preferences' }),
    expect: signedIn(200),
  },
  {
    route: 'PUT /api/me/notification-preferences',
    prepare: () => ({ path: '/api/me/notification-preferences', body: { mention: true } }),
    expect: signedIn(200),
  },
  {
    route: 'GET /api/invitations/{token}',
    note: 'unknown token',
    prepare: () => ({ path: '/api/invitations/no-such-token' }),
    expect: signedIn(404),
  },
  {
    route: 'POST /api/invitations/{token}/accept',
    note: 'unknown token',
    prepare: () => ({ path: '/api/invitations/no-such-token/accept' }),
    expect: signedIn(404),
  },
  {
    route: 'POST /api/invitations/{token}/accept',
    note: 'an invitation sent to another address',
    prepare: async (w) => {
      const { token } = await createInvitation(w.t, w.ws, { role: 'va' });
      return { path: `/api/invitations/${token}/accept` };
    },
    expect: signedIn(403),
  },
  {
    route: 'POST /api/workspaces',
    prepare: () => ({ path: '/api/workspaces', body: { name: 'Bac à sable' } }),
    expect: signedIn(201),
    // the outsider stays a member of nothing
    after: async (w, res) => {
      await w.t.dataSource.query('DELETE FROM memberships WHERE workspace_id = $1', [res.body.id]);
    },
  },

  // -------------------------------------------------------------------------------------------
  // The workspace and its team
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}',
    prepare: (w) => ({ path: w.base }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}',
    prepare: (w) => ({ path: w.base, body: { name: w.ws.name } }),
    expect: inWorkspace({ founder: 200, ops_director: 200, obm: 403, va: 403, scoped: 403 }),
  },
  {
    route: 'PATCH /api/workspaces/{ws}',
    note: 'a workspace nobody owns',
    prepare: async (w, actor) => {
      const { ws } = await mirrorWorkspace(w, actor, { owner: false });
      return { path: `/api/workspaces/${ws.id}`, body: { currency: 'EUR' } };
    },
    expect: inWorkspace({ founder: 403, ops_director: 200, obm: 403, va: 403, scoped: 403 }),
  },
  {
    route: 'PATCH /api/workspaces/{ws}',
    note: 'a workspace the caller owns, whatever her role',
    prepare: async (w, actor) => {
      const { ws } = await mirrorWorkspace(w, actor, { owner: true });
      return { path: `/api/workspaces/${ws.id}`, body: { currency: 'EUR' } };
    },
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/transfer-ownership',
    prepare: async (w, actor) => {
      const { ws, other } = await mirrorWorkspace(w, actor);
      return { path: `/api/workspaces/${ws.id}/transfer-ownership`, body: { userId: other.id } };
    },
    expect: inWorkspace({ founder: 200, ops_director: 403, obm: 403, va: 403, scoped: 403 }),
  },
  {
    route: 'GET /api/workspaces/{ws}/members',
    prepare: (w) => ({ path: `${w.base}/members` }),
    expect: inWorkspace(everyMember(200)),
    check: (body, _w, actor) => {
      for (const member of itemsOf(body)) expectMoney(member, actor, 'hourlyCostCents');
    },
  },
  {
    route: 'PATCH /api/workspaces/{ws}/members/{userId}',
    note: 'a VA of client A',
    prepare: async (w) => ({
      path: `${w.base}/members/${(await freshMember(w)).id}`,
      body: { jobTitle: 'Assistante' },
    }),
    // the scoped OBM sees the member (names are public) but may not manage client A's people
    expect: inWorkspace(managers(200, 403)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/members/{userId}',
    note: 'promote a VA to ops director',
    prepare: async (w) => ({
      path: `${w.base}/members/${(await freshMember(w, 'va', [])).id}`,
      body: { role: 'ops_director' },
    }),
    expect: inWorkspace({ founder: 200, ops_director: 200, obm: 403, va: 403, scoped: 403 }),
  },
  {
    route: 'DELETE /api/workspaces/{ws}/members/{userId}',
    note: 'a VA of client A',
    prepare: async (w) => ({ path: `${w.base}/members/${(await freshMember(w)).id}` }),
    expect: inWorkspace(managers(204, 403)),
  },
  {
    route: 'POST /api/workspaces/{ws}/invitations',
    note: 'a VA for client A',
    prepare: (w) => ({
      path: `${w.base}/invitations`,
      body: { email: uniqueEmail('invitee'), role: 'va', clientIds: [w.clientA.id] },
    }),
    // the scoped OBM is told clientIds is no client of hers, not that A exists (400)
    expect: inWorkspace(managers(201, 400)),
  },
  {
    route: 'POST /api/workspaces/{ws}/invitations',
    note: 'an ops director',
    prepare: (w) => ({
      path: `${w.base}/invitations`,
      body: { email: uniqueEmail('invitee'), role: 'ops_director' },
    }),
    expect: inWorkspace({ founder: 201, ops_director: 201, obm: 403, va: 403, scoped: 403 }),
  },
  {
    route: 'GET /api/workspaces/{ws}/invitations',
    prepare: (w) => ({ path: `${w.base}/invitations` }),
    expect: inWorkspace(managers(200, 200)),
  },
  {
    route: 'DELETE /api/workspaces/{ws}/invitations/{id}',
    note: 'a VA for client A',
    prepare: async (w) => ({ path: `${w.base}/invitations/${await freshInvitation(w)}` }),
    expect: inWorkspace(managers(204, 403)),
  },

  // -------------------------------------------------------------------------------------------
  // Clients and budgets
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}/clients',
    prepare: (w) => ({ path: `${w.base}/clients`, query: { limit: '200' } }),
    expect: inWorkspace(everyMember(200)),
    check: expectClientScope,
  },
  {
    route: 'POST /api/workspaces/{ws}/clients',
    prepare: (w) => ({ path: `${w.base}/clients`, body: { name: 'Boutique Éclat' } }),
    // a member limited to some clients creates none
    expect: inWorkspace(managers(201, 403)),
  },
  {
    route: 'GET /api/workspaces/{ws}/clients/{id}',
    prepare: (w) => ({ path: `${w.base}/clients/${w.clientA.id}` }),
    expect: inWorkspace(allButScoped(200)),
    check: (body, _w, actor) => expectMoney(body, actor, 'hourlyRateCents'),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/clients/{id}',
    prepare: async (w) => ({
      path: `${w.base}/clients/${(await freshClient(w)).id}`,
      body: { name: 'Renamed' },
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'DELETE /api/workspaces/{ws}/clients/{id}',
    prepare: async (w) => ({ path: `${w.base}/clients/${(await freshClient(w)).id}` }),
    expect: inWorkspace(managers(204)),
  },
  {
    route: 'PUT /api/workspaces/{ws}/clients/{clientId}/revenues/{month}',
    prepare: (w) => ({
      path: `${w.base}/clients/${w.clientA.id}/revenues/2026-01`,
      body: { revenueCents: 1_250_000 },
    }),
    expect: inWorkspace({ founder: 200, ops_director: 403, obm: 403, va: 403, scoped: 403 }),
  },
  {
    route: 'GET /api/workspaces/{ws}/budgets',
    prepare: (w) => ({ path: `${w.base}/budgets` }),
    expect: inWorkspace(managers(200, 200)),
  },

  // -------------------------------------------------------------------------------------------
  // Projects, tasks, comments
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}/projects',
    prepare: (w) => ({ path: `${w.base}/projects`, query: { limit: '200' } }),
    expect: inWorkspace(everyMember(200)),
    check: (body, w, actor) => {
      expectClientScope(body, w, actor);
      // a VA sees the projects she belongs to, not the others
      if (actor === 'va') expect(itemsOf(body).map((p) => p.id)).not.toContain(w.projectB.id);
    },
  },
  {
    route: 'POST /api/workspaces/{ws}/projects',
    prepare: (w) => ({
      path: `${w.base}/projects`,
      body: { clientId: w.clientA.id, name: 'Lancement' },
    }),
    expect: inWorkspace(managers(201, 400)),
  },
  {
    route: 'GET /api/workspaces/{ws}/projects/{id}',
    note: 'a project of the VA',
    prepare: (w) => ({ path: `${w.base}/projects/${w.projectA.id}` }),
    expect: inWorkspace(allButScoped(200)),
  },
  {
    route: 'GET /api/workspaces/{ws}/projects/{id}',
    note: 'a project the VA neither belongs to nor has a task in',
    prepare: async (w) => ({ path: `${w.base}/projects/${(await freshProject(w)).id}` }),
    expect: inWorkspace({ ...allButScoped(200), va: 404 }),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/projects/{id}',
    prepare: async (w) => ({
      path: `${w.base}/projects/${(await freshProject(w)).id}`,
      body: { name: 'Renamed' },
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'DELETE /api/workspaces/{ws}/projects/{id}',
    prepare: async (w) => ({ path: `${w.base}/projects/${(await freshProject(w)).id}` }),
    expect: inWorkspace(managers(204)),
  },
  {
    route: 'GET /api/workspaces/{ws}/tasks',
    prepare: (w) => ({ path: `${w.base}/tasks`, query: { limit: '200' } }),
    expect: inWorkspace(everyMember(200)),
    check: (body, w, actor) => {
      const clients = itemsOf(body).map((task) => task.clientId);
      if (actor === 'scoped') {
        expect(clients).not.toContain(w.clientA.id);
        expect(clients).toContain(w.clientB.id);
      } else {
        expect(clients).toContain(w.clientA.id);
      }
      if (actor === 'va') expect(clients).not.toContain(w.clientB.id);
    },
  },
  {
    route: 'POST /api/workspaces/{ws}/tasks',
    note: 'in project A, the VA assigning it to herself by default',
    prepare: (w) => ({
      path: `${w.base}/tasks`,
      body: { projectId: w.projectA.id, title: 'Faire' },
    }),
    expect: inWorkspace(allButScoped(201)),
  },
  {
    route: 'POST /api/workspaces/{ws}/tasks',
    note: 'assigned to someone else',
    prepare: (w) => ({
      path: `${w.base}/tasks`,
      body: { projectId: w.projectA.id, title: 'Faire', assigneeId: w.members.obm.user.id },
    }),
    expect: inWorkspace(managers(201)),
  },
  {
    route: 'POST /api/workspaces/{ws}/tasks',
    note: 'in a project the VA does not belong to',
    prepare: async (w) => ({
      path: `${w.base}/tasks`,
      body: { projectId: (await freshProject(w)).id, title: 'Faire' },
    }),
    expect: inWorkspace({ ...managers(201), va: 404 }),
  },
  {
    route: 'GET /api/workspaces/{ws}/tasks/{id}',
    prepare: (w) => ({ path: `${w.base}/tasks/${w.taskA.id}` }),
    expect: inWorkspace(allButScoped(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/tasks/{id}',
    note: 'status of a task assigned to the VA',
    prepare: async (w) => ({
      path: `${w.base}/tasks/${(await freshTask(w)).id}`,
      body: { version: 1, status: 'in_progress' },
    }),
    expect: inWorkspace(allButScoped(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/tasks/{id}',
    note: 'checklist of a task assigned to the VA',
    prepare: async (w) => ({
      path: `${w.base}/tasks/${(await freshTask(w)).id}`,
      body: { version: 1, checklist: [{ title: 'Relire', done: true }] },
    }),
    expect: inWorkspace(allButScoped(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/tasks/{id}',
    note: 'title of a task assigned to the VA but created by the OBM',
    prepare: async (w) => ({
      path: `${w.base}/tasks/${(await freshTask(w)).id}`,
      body: { version: 1, title: 'Reworded' },
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/tasks/{id}',
    note: 'title of a task the VA created for herself',
    prepare: async (w) => ({
      path: `${w.base}/tasks/${(await freshTask(w, { createdById: w.members.va.user.id })).id}`,
      body: { version: 1, title: 'Reworded', dueDate: '2026-12-31', estimateMinutes: 30 },
    }),
    expect: inWorkspace(allButScoped(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/tasks/{id}',
    note: "status of another member's task in the VA's project",
    prepare: async (w) => ({
      path: `${w.base}/tasks/${(await freshTask(w, { assigneeId: w.members.obm.user.id })).id}`,
      body: { version: 1, status: 'done' },
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/tasks/{id}',
    note: 'reassign',
    prepare: async (w) => ({
      path: `${w.base}/tasks/${(await freshTask(w)).id}`,
      body: { version: 1, assigneeId: w.members.obm.user.id },
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'DELETE /api/workspaces/{ws}/tasks/{id}',
    prepare: async (w) => ({ path: `${w.base}/tasks/${(await freshTask(w)).id}` }),
    expect: inWorkspace(managers(204)),
  },
  {
    route: 'GET /api/workspaces/{ws}/tasks/{id}/comments',
    prepare: (w) => ({ path: `${w.base}/tasks/${w.taskA.id}/comments` }),
    expect: inWorkspace(allButScoped(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/tasks/{id}/comments',
    prepare: (w) => ({ path: `${w.base}/tasks/${w.taskA.id}/comments`, body: { body: 'Noté' } }),
    expect: inWorkspace(allButScoped(201)),
  },

  // -------------------------------------------------------------------------------------------
  // Time
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}/time-entries',
    prepare: (w) => ({ path: `${w.base}/time-entries`, query: { limit: '200' } }),
    expect: inWorkspace(everyMember(200)),
    check: (body, w, actor) => {
      const people = new Set(itemsOf(body).map((entry) => entry.userId));
      const clients = itemsOf(body).map((entry) => entry.clientId);
      // a VA sees her own time only; the others see everyone's, in their client scope
      if (actor === 'va') expect([...people]).toEqual([w.members.va.user.id]);
      else expect(people.size).toBeGreaterThan(1);
      if (actor === 'scoped') expect(clients).not.toContain(w.clientA.id);
      else expect(clients).toContain(w.clientA.id);
    },
  },
  {
    route: 'GET /api/workspaces/{ws}/time-entries/export.csv',
    prepare: (w) => ({ path: `${w.base}/time-entries/export.csv` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/time-entries',
    prepare: (w) => ({
      path: `${w.base}/time-entries`,
      body: { taskId: w.taskA.id, startedAt: w.nextSlot(), minutes: 30 },
    }),
    expect: inWorkspace(allButScoped(201)),
  },
  {
    route: 'POST /api/workspaces/{ws}/time-entries/timer/start',
    prepare: (w) => ({ path: `${w.base}/time-entries/timer/start`, body: { taskId: w.taskA.id } }),
    expect: inWorkspace(allButScoped(201)),
  },
  {
    route: 'POST /api/workspaces/{ws}/time-entries/timer/stop',
    note: 'her own timer, running on a task she sees',
    prepare: async (w, actor) => {
      if (actor in w.members) {
        await runningTimer(w, w.userOf(actor), actor === 'scoped' ? w.taskB : w.taskA);
      }
      return { path: `${w.base}/time-entries/timer/stop` };
    },
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/time-entries/approve',
    note: "the VA's entry",
    prepare: async (w) => ({
      path: `${w.base}/time-entries/approve`,
      body: { ids: [(await freshTimeEntry(w, w.members.va.user)).id] },
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/time-entries/{id}/approve',
    note: "the VA's entry",
    prepare: async (w) => ({
      path: `${w.base}/time-entries/${(await freshTimeEntry(w, w.members.va.user)).id}/approve`,
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/time-entries/{id}',
    note: 'her own entry',
    prepare: async (w, actor) => ({
      path: `${w.base}/time-entries/${(await freshTimeEntry(w, w.userOf(actor))).id}`,
      body: { note: 'Relu' },
    }),
    expect: inWorkspace(allButScoped(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/time-entries/{id}',
    note: "the OBM's entry",
    prepare: async (w) => ({
      path: `${w.base}/time-entries/${(await freshTimeEntry(w, w.members.obm.user)).id}`,
      body: { note: 'Relu' },
    }),
    expect: inWorkspace({ founder: 403, ops_director: 403, obm: 200, va: 404, scoped: 404 }),
  },
  {
    route: 'DELETE /api/workspaces/{ws}/time-entries/{id}',
    note: 'her own entry',
    prepare: async (w, actor) => ({
      path: `${w.base}/time-entries/${(await freshTimeEntry(w, w.userOf(actor))).id}`,
    }),
    expect: inWorkspace(allButScoped(204)),
  },
  {
    route: 'GET /api/workspaces/{ws}/dashboard',
    note: 'client A',
    prepare: (w) => ({ path: `${w.base}/dashboard`, query: { clientId: w.clientA.id } }),
    expect: inWorkspace(allButScoped(200)),
  },

  // -------------------------------------------------------------------------------------------
  // Decisions
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}/decisions',
    prepare: (w) => ({ path: `${w.base}/decisions`, query: { limit: '200' } }),
    expect: inWorkspace(everyMember(200)),
    check: (body, w, actor) => {
      const ids = itemsOf(body).map((d) => d.id);
      if (actor === 'scoped') expect(ids).not.toContain(w.decisionId);
      else expect(ids).toContain(w.decisionId);
    },
  },
  {
    route: 'POST /api/workspaces/{ws}/decisions',
    prepare: (w) => ({
      path: `${w.base}/decisions`,
      body: { title: 'Outil de tickets', domain: 'operations', clientId: w.clientA.id },
    }),
    expect: inWorkspace(managers(201, 400)),
  },
  {
    route: 'GET /api/workspaces/{ws}/decisions/{id}',
    prepare: (w) => ({ path: `${w.base}/decisions/${w.decisionId}` }),
    expect: inWorkspace(allButScoped(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/decisions/{id}',
    note: "the OBM's proposal",
    prepare: async (w) => ({
      path: `${w.base}/decisions/${await freshDecision(w)}`,
      body: { title: 'Reworded' },
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/decisions/{id}',
    note: "the founder's proposal",
    prepare: async (w) => ({
      path: `${w.base}/decisions/${await freshDecision(w, { proposedById: w.members.founder.user.id })}`,
      body: { title: 'Reworded' },
    }),
    expect: inWorkspace({ founder: 200, ops_director: 200, obm: 403, va: 403, scoped: 404 }),
  },
  {
    route: 'POST /api/workspaces/{ws}/decisions/{id}/decide',
    note: 'an operations decision, with an active ops director',
    prepare: async (w) => ({
      path: `${w.base}/decisions/${await freshDecision(w)}/decide`,
      body: { outcome: 'decided' },
    }),
    expect: inWorkspace({ founder: 403, ops_director: 200, obm: 403, va: 403, scoped: 404 }),
  },
  {
    route: 'POST /api/workspaces/{ws}/decisions/{id}/decide',
    note: 'a strategy decision',
    prepare: async (w) => ({
      path: `${w.base}/decisions/${await freshDecision(w, { domain: 'strategy' })}/decide`,
      body: { outcome: 'decided' },
    }),
    expect: inWorkspace({ founder: 200, ops_director: 403, obm: 403, va: 403, scoped: 404 }),
  },
  {
    route: 'POST /api/workspaces/{ws}/decisions/{id}/decide',
    note: "an operations decision in the stranger's workspace, which has no ops director",
    prepare: async (w) => {
      const decision = await createDecision(w.t.dataSource, w.stranger.ws, {});
      return {
        path: `/api/workspaces/${w.stranger.ws.id}/decisions/${decision.id}/decide`,
        body: { outcome: 'rejected', rationale: 'Pas maintenant' },
      };
    },
    expect: { ...inWorkspace(everyMember(404)), stranger: 200 },
  },
  {
    route: 'POST /api/workspaces/{ws}/decisions/{id}/links',
    prepare: async (w) => ({
      path: `${w.base}/decisions/${await freshDecision(w)}/links`,
      body: { entityType: 'project', entityId: w.projectA.id },
    }),
    expect: inWorkspace(managers(201)),
  },
  {
    route: 'DELETE /api/workspaces/{ws}/decisions/{id}/links/{entityType}/{entityId}',
    prepare: async (w) => {
      const id = await freshDecision(w);
      await linkDecision(w.t.dataSource, { id }, 'project', w.projectA.id);
      return { path: `${w.base}/decisions/${id}/links/project/${w.projectA.id}` };
    },
    expect: inWorkspace(managers(204)),
  },

  // -------------------------------------------------------------------------------------------
  // Process library (workspace-wide: no client scope)
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}/processes',
    prepare: (w) => ({ path: `${w.base}/processes` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/processes',
    prepare: (w) => ({
      path: `${w.base}/processes`,
      body: { title: 'Publier la newsletter', body: '- écrire\n- relire' },
    }),
    expect: inWorkspace(managers(201, 201)),
  },
  {
    route: 'GET /api/workspaces/{ws}/processes/{id}',
    prepare: (w) => ({ path: `${w.base}/processes/${w.process.id}` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/processes/{id}',
    prepare: async (w) => ({
      path: `${w.base}/processes/${(await freshProcess(w)).id}`,
      body: { version: 1, body: '- une étape de plus' },
    }),
    expect: inWorkspace(managers(200, 200)),
  },
  {
    route: 'GET /api/workspaces/{ws}/processes/{id}/versions',
    prepare: (w) => ({ path: `${w.base}/processes/${w.process.id}/versions` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'GET /api/workspaces/{ws}/processes/{id}/versions/{version}',
    prepare: (w) => ({ path: `${w.base}/processes/${w.process.id}/versions/1` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'GET /api/workspaces/{ws}/processes/{id}/diff',
    prepare: (w) => ({
      path: `${w.base}/processes/${w.process.id}/diff`,
      query: { from: '1', to: '1' },
    }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/processes/{id}/suggestions',
    prepare: (w) => ({
      path: `${w.base}/processes/${w.process.id}/suggestions`,
      body: { body: "L'étape 2 a changé." },
    }),
    expect: inWorkspace(everyMember(201)),
  },
  {
    route: 'GET /api/workspaces/{ws}/processes/{id}/suggestions',
    prepare: (w) => ({ path: `${w.base}/processes/${w.process.id}/suggestions` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/processes/{id}/template',
    prepare: (w) => ({ path: `${w.base}/processes/${w.process.id}/template`, body: {} }),
    expect: inWorkspace(managers(201, 201)),
  },
  {
    route: 'GET /api/workspaces/{ws}/task-templates',
    prepare: (w) => ({ path: `${w.base}/task-templates` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'GET /api/workspaces/{ws}/task-templates/{id}',
    prepare: (w) => ({ path: `${w.base}/task-templates/${w.templateId}` }),
    expect: inWorkspace(everyMember(200)),
  },

  // -------------------------------------------------------------------------------------------
  // Objectives (workspace-wide)
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}/objectives',
    prepare: (w) => ({ path: `${w.base}/objectives` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/objectives',
    prepare: (w) => ({
      path: `${w.base}/objectives`,
      body: {
        title: 'Doubler les clients récurrents',
        periodStart: '2026-04-01',
        periodEnd: '2026-06-30',
        keyResults: [{ title: 'Clients', start: 0, target: 10, current: 0 }],
      },
    }),
    expect: inWorkspace(directors(201)),
  },
  {
    route: 'GET /api/workspaces/{ws}/objectives/{id}',
    prepare: (w) => ({ path: `${w.base}/objectives/${w.objective.id}` }),
    expect: inWorkspace(everyMember(200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/objectives/{id}',
    note: 'progress of a key result',
    prepare: async (w) => {
      const { objective, keyResults } = await freshObjective(w);
      return {
        path: `${w.base}/objectives/${objective.id}`,
        body: { keyResults: [{ id: keyResults[0].id, current: 5 }] },
      };
    },
    expect: inWorkspace(managers(200, 200)),
  },
  {
    route: 'PATCH /api/workspaces/{ws}/objectives/{id}',
    note: 'its title',
    prepare: async (w) => ({
      path: `${w.base}/objectives/${(await freshObjective(w)).objective.id}`,
      body: { title: 'Reworded' },
    }),
    expect: inWorkspace(directors(200)),
  },
  {
    route: 'DELETE /api/workspaces/{ws}/objectives/{id}',
    prepare: async (w) => ({
      path: `${w.base}/objectives/${(await freshObjective(w)).objective.id}`,
    }),
    expect: inWorkspace(directors(204)),
  },

  // -------------------------------------------------------------------------------------------
  // The founder's idea inbox
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}/ideas',
    prepare: (w) => ({ path: `${w.base}/ideas` }),
    expect: inWorkspace(managers(200, 200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/ideas',
    prepare: (w) => ({ path: `${w.base}/ideas`, body: { title: 'Lancer un podcast' } }),
    expect: inWorkspace(directors(201)),
  },
  {
    route: 'GET /api/workspaces/{ws}/ideas/{id}',
    note: "the founder's idea (a scoped member sees only her own)",
    prepare: (w) => ({ path: `${w.base}/ideas/${w.ideaId}` }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/ideas/{id}/triage',
    prepare: async (w) => ({
      path: `${w.base}/ideas/${await freshIdea(w)}/triage`,
      body: { outcome: 'accepted' },
    }),
    expect: inWorkspace(managers(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/ideas/{id}/convert',
    prepare: async (w) => ({
      path: `${w.base}/ideas/${await freshIdea(w)}/convert`,
      body: { clientId: w.clientA.id },
    }),
    expect: inWorkspace(managers(201)),
  },

  // -------------------------------------------------------------------------------------------
  // Audit log, failed jobs, imports
  // -------------------------------------------------------------------------------------------
  {
    route: 'GET /api/workspaces/{ws}/audit-events',
    prepare: (w) => ({ path: `${w.base}/audit-events` }),
    expect: inWorkspace(directors(200)),
  },
  {
    route: 'GET /api/workspaces/{ws}/audit-events/export.csv',
    prepare: (w) => ({ path: `${w.base}/audit-events/export.csv` }),
    expect: inWorkspace(directors(200)),
  },
  {
    route: 'GET /api/workspaces/{ws}/admin/failed-jobs',
    prepare: (w) => ({ path: `${w.base}/admin/failed-jobs` }),
    expect: inWorkspace(directors(200)),
  },
  {
    route: 'POST /api/workspaces/{ws}/imports',
    prepare: (w) => ({
      path: `${w.base}/imports`,
      body: { projectId: w.projectA.id, mapping: { title: 'Name' }, csv: 'Name\nImportée\n' },
    }),
    expect: inWorkspace(managers(202)),
  },
  {
    route: 'GET /api/workspaces/{ws}/imports/{id}',
    prepare: (w) => ({ path: `${w.base}/imports/${w.importId}` }),
    expect: inWorkspace(managers(200)),
  },
];

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

function methodOf(route: string): Method {
  const method = route.split(' ')[0].toLowerCase();
  if (!(METHODS as readonly string[]).includes(method)) throw new Error(`bad route ${route}`);
  return method as Method;
}

/** `/api/workspaces/{ws}/tasks/{id}` matches `/api/workspaces/<uuid>/tasks/<uuid>`. */
function pathPattern(route: string): RegExp {
  const segments = route
    .slice(route.indexOf(' ') + 1)
    .split('/')
    .map((segment) =>
      segment.startsWith('{') ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
    );
  return new RegExp(`^${segments.join('/')}$`);
}

/** Every `METHOD /path` of the OpenAPI document. */
function routesOf(document: OpenAPIObject): string[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

function titleOf(c: Case): string {
  return c.note ? `${c.route} (${c.note})` : c.route;
}

async function call(w: World, c: Case, actor: ActorName, prepared: Call) {
  let req = request(w.t.http)[methodOf(c.route)](prepared.path);
  const token = w.tokenOf(actor);
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  if (prepared.cookie) req = req.set('Cookie', prepared.cookie);
  if (prepared.query) req = req.query(prepared.query);
  return prepared.body === undefined ? req : req.send(prepared.body);
}

describe('permission matrix', () => {
  let t: TestApp;
  let w: World;
  let document: OpenAPIObject;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    document = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
  });

  afterAll(async () => {
    await t?.close();
  });

  it('has a case for every route of the API, and none for a route that no longer exists', () => {
    const routes = routesOf(document);
    const covered = new Set(CASES.map((c) => c.route));
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('gives every case a valid route and an expected status for every caller', () => {
    for (const c of CASES) {
      methodOf(c.route);
      expect(Object.keys(c.expect).sort()).toEqual([...ACTORS].sort());
    }
  });

  const table = CASES.flatMap((c) =>
    ACTORS.map((actor) => [titleOf(c), actor, c.expect[actor], c] as const),
  );

  it.each(table)('%s as %s → %i', async (_title, actor, expected, c) => {
    const prepared = await c.prepare(w, actor);
    expect(prepared.path).toMatch(pathPattern(c.route));
    const res = await call(w, c, actor, prepared);
    if (res.status !== expected) {
      throw new Error(`expected ${expected}, got ${res.status}: ${JSON.stringify(res.body)}`);
    }
    if (res.status < 300) {
      c.check?.(res.body, w, actor);
      await c.after?.(w, res);
    }
  });

  describe('mass assignment', () => {
    const FORBIDDEN = ['workspaceId', 'owner', 'role', 'id', 'createdAt', 'completedAt'];

    /** The properties the route's JSON body declares in the OpenAPI document. */
    function declaredFields(route: string): string[] | null {
      const [method, path] = route.split(' ');
      const operation = document.paths[path]?.[method.toLowerCase() as Method];
      const content = (operation?.requestBody as { content?: Record<string, unknown> } | undefined)
        ?.content?.['application/json'] as { schema?: { $ref?: string } } | undefined;
      const ref = content?.schema?.$ref;
      if (!ref) return null;
      const schema = document.components?.schemas?.[ref.split('/').pop()!] as {
        properties?: Record<string, unknown>;
      };
      return Object.keys(schema.properties ?? {});
    }

    /** The first case of each write route, with the first caller it succeeds for. */
    const writes = CASES.filter((c) => /^(POST|PUT|PATCH) \/api\/(?!auth\/)/.test(c.route))
      .filter((c, i, all) => all.findIndex((other) => other.route === c.route) === i)
      .flatMap((c) => {
        const actor = ACTORS.find((a) => a !== 'anonymous' && c.expect[a] < 300);
        return actor ? [[c.route, actor, c] as const] : [];
      });

    it.each(writes)(
      '%s as %s: refused with 400, or ignored by a route that reads no body',
      async (route, actor, c) => {
        const declared = declaredFields(route);
        const prepared = await c.prepare(w, actor);
        const extra = FORBIDDEN.filter((field) => !declared?.includes(field));
        const body = {
          ...prepared.body,
          ...Object.fromEntries(extra.map((field) => [field, fakeValue(field, w)])),
        };
        const res = await call(w, c, actor, { ...prepared, body });
        if (declared === null) {
          expect(res.status).toBe(c.expect[actor]);
          return;
        }
        expect(res.status).toBe(400);
        const fields = (res.body.fields as { field: string }[]).map((f) => f.field);
        expect(fields).toEqual(expect.arrayContaining(extra));
      },
    );
  });
});

function fakeValue(field: string, w: World): unknown {
  switch (field) {
    case 'workspaceId':
      return w.stranger.ws.id;
    case 'owner':
      return true;
    case 'role':
      return 'founder';
    case 'id':
      return '00000000-0000-4000-8000-000000000000';
    default:
      return '2020-01-01T00:00:00.000Z';
  }
}
