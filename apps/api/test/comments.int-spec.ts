import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES } from '@relais/domain';
import { CommentEntity } from '../src/modules/comments/comment.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import { createClient, createProject, createTask, createTeam, type Team } from './task-factories';
import { startTestApp, type TestApp } from './test-app';

function fieldsOf(res: request.Response): string[] {
  return (res.body.fields as { field: string }[]).map((f) => f.field).sort();
}

describe('comments', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await startTestApp();
    team = await createTeam(t, {
      names: { founder: 'Zoé Lefèvre', ops_director: 'Camille Durand', obm: 'Élodie Martin' },
    });
  });

  afterAll(async () => {
    await t.close();
  });

  function as(token: string) {
    return {
      get: (url: string) => request(t.http).get(url).auth(token, { type: 'bearer' }),
      post: (url: string, body: object) =>
        request(t.http).post(url).auth(token, { type: 'bearer' }).send(body),
    };
  }

  const commentsUrl = (taskId: string, ws = team.workspace.id) =>
    `/api/workspaces/${ws}/tasks/${taskId}/comments`;

  async function outsiderToken(): Promise<string> {
    const user = await createUser(t.dataSource);
    await addMember(t.dataSource, await createWorkspace(t.dataSource), user, 'founder');
    return (await signIn(t, user.email)).accessToken;
  }

  /** A task of the team's project (which the VA belongs to). */
  const visibleTask = () => createTask(t.dataSource, team.project);

  /** A task in a project the VA neither belongs to nor has a task in. */
  async function hiddenTask() {
    return createTask(t.dataSource, await createProject(t.dataSource, team.client));
  }

  describe('GET /api/workspaces/:ws/tasks/:id/comments', () => {
    it('requires authentication', async () => {
      const task = await visibleTask();
      await request(t.http).get(commentsUrl(task.id)).expect(401);
    });

    it('answers 404 to a non-member, for a task of another workspace, and to a VA who may not see the task', async () => {
      const task = await visibleTask();
      await as(await outsiderToken())
        .get(commentsUrl(task.id))
        .expect(404);
      const workspace = await createWorkspace(t.dataSource);
      const foreign = await createTask(
        t.dataSource,
        await createProject(t.dataSource, await createClient(t.dataSource, workspace)),
      );
      await as(team.members.founder.token).get(commentsUrl(foreign.id)).expect(404);
      await as(team.members.va.token)
        .get(commentsUrl((await hiddenTask()).id))
        .expect(404);
    });

    it('answers 400 to malformed ids and cursors', async () => {
      const obm = as(team.members.obm.token);
      expect(fieldsOf(await obm.get(commentsUrl('nope')).expect(400))).toEqual(['id']);
      const task = await visibleTask();
      const res = await obm.get(commentsUrl(task.id)).query({ cursor: 'x' }).expect(400);
      expect(fieldsOf(res)).toEqual(['cursor']);
      const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
      await obm.get(commentsUrl(task.id)).query({ cursor: forged }).expect(400);
    });

    it('lists the comments oldest first, page after page, without repeating one', async () => {
      const task = await visibleTask();
      const repo = t.dataSource.getRepository(CommentEntity);
      // microseconds apart within one millisecond, some at the same instant (the id breaks the
      // tie): a cursor rounded to the millisecond would repeat or skip comments
      const instants = ['001003', '001001', '001001', '002000', '001002', '900000', '001003'];
      for (const [i, micros] of instants.entries()) {
        const comment = await repo.save(
          repo.create({
            workspaceId: team.workspace.id,
            taskId: task.id,
            authorId: team.members.obm.user.id,
            body: `comment ${i}`,
          }),
        );
        await t.dataSource.query('UPDATE comments SET created_at = $2 WHERE id = $1', [
          comment.id,
          `2026-01-01T09:00:00.${micros}Z`,
        ]);
      }
      const rows: { id: string }[] = await t.dataSource.query(
        'SELECT id FROM comments WHERE task_id = $1 ORDER BY created_at, id',
        [task.id],
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res: request.Response = await as(team.members.va.token)
          .get(commentsUrl(task.id))
          .query({ limit: 2, ...(cursor && { cursor }) })
          .expect(200);
        seen.push(...res.body.items.map((c: { id: string }) => c.id));
        cursor = res.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(4);
      expect(seen).toEqual(rows.map((r) => r.id));
    });
  });

  describe('POST /api/workspaces/:ws/tasks/:id/comments', () => {
    it('requires authentication', async () => {
      const task = await visibleTask();
      await request(t.http).post(commentsUrl(task.id)).send({ body: 'hi' }).expect(401);
    });

    it('answers 404 to a non-member and to a VA who may not see the task', async () => {
      const task = await visibleTask();
      await as(await outsiderToken())
        .post(commentsUrl(task.id), { body: 'hi' })
        .expect(404);
      await as(team.members.va.token)
        .post(commentsUrl((await hiddenTask()).id), { body: 'hi' })
        .expect(404);
      await as(team.members.va.token).post(commentsUrl(randomUUID()), { body: 'hi' }).expect(404);
    });

    it.each(ROLES)('lets a %s comment on a task she can see', async (role) => {
      const task = await visibleTask();
      const caller = team.members[role];
      const res = await as(caller.token)
        .post(commentsUrl(task.id), { body: '  On it.  ' })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        taskId: task.id,
        authorId: caller.user.id,
        authorName: caller.user.name,
        body: 'On it.',
        mentions: [],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const list = await as(caller.token).get(commentsUrl(task.id)).expect(200);
      expect(list.body).toEqual({ items: [res.body], nextCursor: null });
      const [audit] = await t.dataSource.query(
        `SELECT actor_id FROM audit_events WHERE entity_id = $1 AND action = 'comment.created'`,
        [res.body.id],
      );
      expect(audit.actor_id).toBe(caller.user.id);
    });

    it.each([
      ['an empty body', { body: '' }, ['body']],
      ['a blank body', { body: '   ' }, ['body']],
      ['a body over 10000 characters', { body: 'x'.repeat(10_001) }, ['body']],
      ['a body that is not text', { body: 42 }, ['body']],
      [
        'an author and mentions of its own',
        { body: 'hi', authorId: randomUUID(), mentions: [] },
        ['authorId', 'mentions'],
      ],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const task = await visibleTask();
      const res = await as(team.members.obm.token).post(commentsUrl(task.id), body).expect(400);
      expect(fieldsOf(res)).toEqual(fields);
    });

    it('accepts a body of exactly 10000 characters', async () => {
      const task = await visibleTask();
      await as(team.members.obm.token)
        .post(commentsUrl(task.id), { body: 'x'.repeat(10_000) })
        .expect(201);
    });

    it('resolves @mentions to the active members who work for the client', async () => {
      const task = await visibleTask();
      const { founder, ops_director, obm } = team.members;
      const inactive = await createUser(t.dataSource, { name: 'Hugo Petit' });
      await addMember(t.dataSource, team.workspace, inactive, 'va', { active: false });
      const otherClient = await createClient(t.dataSource, team.workspace);
      const outOfScope = await createUser(t.dataSource, { name: 'Inès Moreau' });
      await addMember(t.dataSource, team.workspace, outOfScope, 'va', {
        clientIds: [otherClient.id],
      });
      // a user of the platform who is not a member
      await createUser(t.dataSource, { name: 'Paul Blanc' });
      const res = await as(team.members.va.token)
        .post(commentsUrl(task.id), {
          body:
            'Done. @camille.durand can you check, and @Zoe Lefevre approve? ' +
            'cc @ELODIE, @hugo.petit, @ines.moreau, @paul.blanc, @nobody and mail me at va@example.com',
        })
        .expect(201);
      expect(res.body.mentions).toEqual([ops_director.user.id, founder.user.id, obm.user.id]);
      const [row] = await t.dataSource.query('SELECT mentions FROM comments WHERE id = $1', [
        res.body.id,
      ]);
      expect(row.mentions).toEqual(res.body.mentions);
    });
  });
});
