import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { NOTIFICATION_KINDS } from '@relais/domain';
import { CommentEntity } from '../src/modules/comments/comment.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import {
  TaskActivityService,
  type ActivityFollowUp,
} from '../src/modules/notifications/task-activity.service';
import type { TaskSnapshot } from '../src/modules/notifications/task-snapshot';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import {
  addSignedInMember,
  createTestTask,
  createTestTeam,
  emailsTo,
  notificationsOf,
  pause,
  startSmtpServer,
  type TestSmtpServer,
} from './background-factories';
import { createClient } from './project-factories';
import { startTestApp, type TestApp } from './test-app';
import { waitFor } from './wait';

describe('notifications', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ SMTP_URL: smtp.url });
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  function as(token: string) {
    return {
      get: (url: string) => request(t.http).get(`/api${url}`).auth(token, { type: 'bearer' }),
      post: (url: string) => request(t.http).post(`/api${url}`).auth(token, { type: 'bearer' }),
      put: (url: string, body: object) =>
        request(t.http).put(`/api${url}`).auth(token, { type: 'bearer' }).send(body),
    };
  }

  /** As the tasks service will: side effects in the save's transaction, dispatch after commit. */
  async function taskSaved(
    before: TaskSnapshot | null,
    after: TaskSnapshot,
    actorId: string,
  ): Promise<ActivityFollowUp> {
    const activity = t.app.get(TaskActivityService);
    const followUp = await t.dataSource.transaction(async (manager) => {
      await manager.save(TaskEntity, after);
      return activity.afterTaskSaved(manager, { before, after, actorId });
    });
    await activity.dispatch(followUp);
    return followUp;
  }

  /** A notification written straight in the table, `secondsAgo` old. */
  async function notification(userId: string, workspaceId: string | null, secondsAgo: number) {
    const repo = t.dataSource.getRepository(NotificationEntity);
    const saved = await repo.save(
      repo.create({
        userId,
        workspaceId,
        kind: 'task_assigned',
        title: `Task ${secondsAgo}`,
        data: { taskId: randomUUID() },
      }),
    );
    await repo.update({ id: saved.id }, { createdAt: new Date(Date.now() - secondsAgo * 1000) });
    return saved.id;
  }

  describe('the bell', () => {
    it('requires authentication', async () => {
      await request(t.http).get('/api/me/notifications').expect(401);
      await request(t.http).post(`/api/me/notifications/${randomUUID()}/read`).expect(401);
      await request(t.http).post('/api/me/notifications/read-all').expect(401);
    });

    it("lists the caller's notifications only, newest first, by pages, with the unread count", async () => {
      const team = await createTestTeam(t);
      const { founder, va } = team.members;
      const older = await notification(founder.user.id, team.workspace.id, 30);
      const middle = await notification(founder.user.id, team.workspace.id, 20);
      const newest = await notification(founder.user.id, null, 10);
      await notification(va.user.id, team.workspace.id, 5);

      const first = await as(founder.token).get('/me/notifications?limit=2').expect(200);
      expect(first.body.items.map((n: { id: string }) => n.id)).toEqual([newest, middle]);
      expect(first.body.unreadCount).toBe(3);
      expect(first.body.items[0]).toEqual({
        id: newest,
        workspaceId: null,
        kind: 'task_assigned',
        title: 'Task 10',
        body: '',
        link: null,
        data: { taskId: expect.any(String) },
        readAt: null,
        createdAt: expect.any(String),
      });
      const second = await as(founder.token)
        .get(`/me/notifications?limit=2&cursor=${first.body.nextCursor}`)
        .expect(200);
      expect(second.body.items.map((n: { id: string }) => n.id)).toEqual([older]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('marks one read, idempotently, and filters the unread ones', async () => {
      const team = await createTestTeam(t);
      const { obm } = team.members;
      const first = await notification(obm.user.id, team.workspace.id, 20);
      const second = await notification(obm.user.id, team.workspace.id, 10);

      const res = await as(obm.token).post(`/me/notifications/${first}/read`).expect(200);
      expect(res.body).toEqual({ unreadCount: 1 });
      await as(obm.token).post(`/me/notifications/${first}/read`).expect(200);
      const unread = await as(obm.token).get('/me/notifications?unread=true').expect(200);
      expect(unread.body.items.map((n: { id: string }) => n.id)).toEqual([second]);
      const all = await as(obm.token).get('/me/notifications').expect(200);
      expect(all.body.items.find((n: { id: string }) => n.id === first).readAt).toEqual(
        expect.any(String),
      );
    });

    it("answers 404 for someone else's notification and 400 for a malformed id", async () => {
      const team = await createTestTeam(t);
      const theirs = await notification(team.members.founder.user.id, team.workspace.id, 1);
      await as(team.members.va.token).post(`/me/notifications/${theirs}/read`).expect(404);
      await as(team.members.va.token).post('/me/notifications/not-a-uuid/read').expect(400);
      await as(team.members.va.token).get('/me/notifications?unread=maybe').expect(400);
      const [row] = await notificationsOf(t, team.members.founder.user.id);
      expect(row).toBeDefined();
    });

    it('marks all read', async () => {
      const team = await createTestTeam(t);
      const { va } = team.members;
      await notification(va.user.id, team.workspace.id, 2);
      await notification(va.user.id, team.workspace.id, 1);
      const res = await as(va.token).post('/me/notifications/read-all').expect(200);
      expect(res.body).toEqual({ unreadCount: 0 });
      const list = await as(va.token).get('/me/notifications').expect(200);
      expect(list.body.unreadCount).toBe(0);
      expect(list.body.items.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
    });

    it('hides the notifications of a workspace the user is no longer an active member of', async () => {
      const team = await createTestTeam(t);
      const { va } = team.members;
      await notification(va.user.id, team.workspace.id, 2);
      const personal = await notification(va.user.id, null, 1);
      await t.dataSource
        .getRepository(MembershipEntity)
        .update({ id: va.membership.id }, { active: false });
      const res = await as(va.token).get('/me/notifications').expect(200);
      expect(res.body.items.map((n: { id: string }) => n.id)).toEqual([personal]);
      expect(res.body.unreadCount).toBe(1);
    });
  });

  describe('email preferences', () => {
    it('requires authentication', async () => {
      await request(t.http).get('/api/me/notification-preferences').expect(401);
      await request(t.http)
        .put('/api/me/notification-preferences')
        .send({ mention: false })
        .expect(401);
    });

    it('has every kind on by default, and keeps what the user turns off or on', async () => {
      const team = await createTestTeam(t);
      const { obm } = team.members;
      const defaults = await as(obm.token).get('/me/notification-preferences').expect(200);
      expect(defaults.body).toEqual(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, true])));

      await as(obm.token)
        .put('/me/notification-preferences', { mention: false, due_soon: false })
        .expect(200);
      const res = await as(obm.token)
        .put('/me/notification-preferences', { due_soon: true })
        .expect(200);
      expect(res.body).toMatchObject({ mention: false, due_soon: true, task_assigned: true });
      const read = await as(obm.token).get('/me/notification-preferences').expect(200);
      expect(read.body).toEqual(res.body);
      // one user's choices are theirs only
      const other = await as(team.members.va.token).get('/me/notification-preferences');
      expect(other.body.mention).toBe(true);
    });

    it('refuses unknown kinds and values that are not booleans (400)', async () => {
      const team = await createTestTeam(t);
      const api = as(team.members.va.token);
      await api.put('/me/notification-preferences', { birthday: false }).expect(400);
      await api.put('/me/notification-preferences', { mention: 'no' }).expect(400);
    });
  });

  describe('task activity', () => {
    it('notifies a new assignee in the app and by email, once the transaction has committed', async () => {
      const team = await createTestTeam(t);
      const { obm, va } = team.members;
      const before = await createTestTask(t.dataSource, team.project, {
        title: 'Préparer la newsletter',
        createdById: obm.user.id,
        dueDate: '2030-03-15',
      });
      const after = { ...before, assigneeId: va.user.id };

      const followUp = await taskSaved(before, after, obm.user.id);

      expect(followUp.emailIds).toHaveLength(1);
      const [row] = await notificationsOf(t, va.user.id);
      expect(row).toMatchObject({
        workspace_id: team.workspace.id,
        kind: 'task_assigned',
        title: 'Préparer la newsletter',
        link: `/w/${team.workspace.id}/projects/${team.project.id}?task=${before.id}`,
        data: {
          taskId: before.id,
          projectId: team.project.id,
          projectName: team.project.name,
          actorId: obm.user.id,
          actorName: 'Sophie Laurent',
          dueDate: '2030-03-15',
        },
      });
      await waitFor(() => smtp.to(va.user.email).length === 1, { what: 'the assignment email' });
      const [email] = await emailsTo(t, va.user.email);
      expect(email).toMatchObject({ kind: 'task_assigned', status: expect.any(String) });
      expect(email.subject).toBe(
        'Nouvelle tâche : Préparer la newsletter / New task: Préparer la newsletter',
      );
      expect(email.text_body).toContain(
        'Sophie Laurent vous a confié la tâche « Préparer la newsletter »',
      );
      expect(email.text_body).toContain('Échéance : vendredi 15 mars 2030.');
      expect(email.text_body).toContain(
        'Sophie Laurent assigned you the task “Préparer la newsletter”',
      );
      expect(email.text_body).toMatch(/Due Friday,? 15 March 2030\./);
      expect(email.html_body).toContain('<a href="http://localhost:3000/w/');
      // the founder, who did nothing, hears nothing
      expect(await notificationsOf(t, team.members.founder.user.id)).toEqual([]);
    });

    it('does not notify members who assign a task to themselves', async () => {
      const team = await createTestTeam(t);
      const { obm } = team.members;
      const task = await createTestTask(t.dataSource, team.project, { createdById: obm.user.id });
      await taskSaved(null, { ...task, assigneeId: obm.user.id }, obm.user.id);
      expect(await notificationsOf(t, obm.user.id)).toEqual([]);
    });

    it.each([
      ['completed', 'todo', 'done', 'task_completed', 'Tâche terminée'],
      ['reopened', 'done', 'in_progress', 'task_reopened', 'Tâche rouverte'],
    ] as const)(
      'tells the creator and the assignee, not the actor, when a task is %s',
      async (_change, from, to, kind, subject) => {
        const team = await createTestTeam(t);
        const { founder, obm, va } = team.members;
        const before = await createTestTask(t.dataSource, team.project, {
          title: 'Mettre à jour le CRM',
          status: from,
          createdById: founder.user.id,
          assigneeId: va.user.id,
        });
        const after = { ...before, status: to, completedAt: to === 'done' ? new Date() : null };

        await taskSaved(before, after, obm.user.id);

        for (const member of [founder, va]) {
          const rows = await notificationsOf(t, member.user.id, kind);
          expect(rows).toHaveLength(1);
          await waitFor(() => smtp.to(member.user.email).length === 1, { what: `${kind} email` });
          const [email] = await emailsTo(t, member.user.email, kind);
          expect(email.subject).toContain(`${subject} : Mettre à jour le CRM`);
        }
        expect(await notificationsOf(t, obm.user.id)).toEqual([]);
      },
    );

    it('does not tell the assignee who completes her own task, only the creator', async () => {
      const team = await createTestTeam(t);
      const { obm, va } = team.members;
      const before = await createTestTask(t.dataSource, team.project, {
        createdById: obm.user.id,
        assigneeId: va.user.id,
      });
      await taskSaved(before, { ...before, status: 'done' }, va.user.id);
      expect(await notificationsOf(t, va.user.id)).toEqual([]);
      expect(await notificationsOf(t, obm.user.id, 'task_completed')).toHaveLength(1);
    });

    it('skips recipients who may not see the task (another client, or no longer active)', async () => {
      const team = await createTestTeam(t);
      const otherClient = await createClient(t.dataSource, team.workspace);
      const scoped = await addSignedInMember(t, team.workspace, 'obm', {
        clientIds: [otherClient.id],
        signIn: false,
      });
      const { founder, va } = team.members;
      const before = await createTestTask(t.dataSource, team.project, {
        createdById: scoped.user.id,
        assigneeId: va.user.id,
      });
      await t.dataSource
        .getRepository(MembershipEntity)
        .update({ id: va.membership.id }, { active: false });

      await taskSaved(before, { ...before, status: 'done' }, founder.user.id);

      expect(await notificationsOf(t, scoped.user.id)).toEqual([]);
      expect(await notificationsOf(t, va.user.id)).toEqual([]);
    });

    it('keeps the in-app notification but sends no email when the user turned that kind off', async () => {
      const team = await createTestTeam(t);
      const { obm, va } = team.members;
      await as(va.token).put('/me/notification-preferences', { task_assigned: false }).expect(200);
      const task = await createTestTask(t.dataSource, team.project, { createdById: obm.user.id });

      const followUp = await taskSaved(task, { ...task, assigneeId: va.user.id }, obm.user.id);

      expect(followUp.emailIds).toEqual([]);
      expect(await notificationsOf(t, va.user.id, 'task_assigned')).toHaveLength(1);
      expect(await emailsTo(t, va.user.email)).toEqual([]);
    });

    it('leaves nothing behind when the transaction rolls back', async () => {
      const team = await createTestTeam(t);
      const { obm, va } = team.members;
      const task = await createTestTask(t.dataSource, team.project, { createdById: obm.user.id });
      const activity = t.app.get(TaskActivityService);
      await expect(
        t.dataSource.transaction(async (manager) => {
          await activity.afterTaskSaved(manager, {
            before: task,
            after: { ...task, assigneeId: va.user.id },
            actorId: obm.user.id,
          });
          throw new Error('the save failed after all');
        }),
      ).rejects.toThrow('the save failed after all');
      expect(await notificationsOf(t, va.user.id)).toEqual([]);
      expect(await emailsTo(t, va.user.email)).toEqual([]);
    });

    it('notifies the members a comment mentions, once, not its author nor those who cannot see the task', async () => {
      const team = await createTestTeam(t);
      const { founder, obm, va } = team.members;
      const otherClient = await createClient(t.dataSource, team.workspace);
      const outsider = await addSignedInMember(t, team.workspace, 'va', {
        clientIds: [otherClient.id],
        signIn: false,
      });
      const task = await createTestTask(t.dataSource, team.project, {
        title: 'Relire la page de vente',
        createdById: founder.user.id,
      });
      const comment = await t.dataSource.getRepository(CommentEntity).save({
        workspaceId: team.workspace.id,
        taskId: task.id,
        authorId: obm.user.id,
        body: '@Léa Martin et @Camille Durand : pouvez-vous relire avant vendredi ?',
        mentions: [va.user.id, founder.user.id, obm.user.id, outsider.user.id],
      });
      const activity = t.app.get(TaskActivityService);
      const mention = () =>
        t.dataSource.transaction((manager) =>
          activity.afterCommentCreated(manager, {
            comment,
            taskTitle: task.title,
            actorId: obm.user.id,
          }),
        );

      await activity.dispatch(await mention());
      // a second run (a retried request) adds nothing
      await activity.dispatch(await mention());

      for (const member of [va, founder]) {
        const rows = await notificationsOf(t, member.user.id, 'mention');
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          title: 'Relire la page de vente',
          body: comment.body,
          data: expect.objectContaining({ commentId: comment.id, actorName: 'Sophie Laurent' }),
        });
        await waitFor(() => smtp.to(member.user.email).length === 1, { what: 'mention email' });
        const [email] = await emailsTo(t, member.user.email);
        expect(email.subject).toBe(
          'Sophie Laurent vous a mentionné sur « Relire la page de vente » / Sophie Laurent mentioned you on “Relire la page de vente”',
        );
        expect(email.text_body).toContain(`> ${comment.body}`);
      }
      expect(await notificationsOf(t, obm.user.id)).toEqual([]);
      expect(await notificationsOf(t, outsider.user.id)).toEqual([]);
      await pause(100);
      expect(smtp.to(va.user.email)).toHaveLength(1);
    });

    it('writes nothing for a change nobody needs to hear about', async () => {
      const team = await createTestTeam(t);
      const { obm } = team.members;
      const task = await createTestTask(t.dataSource, team.project, { createdById: obm.user.id });
      const followUp = await taskSaved(task, { ...task, title: 'Renamed' }, obm.user.id);
      expect(followUp).toEqual({ emailIds: [], jobs: [] });
      const count = await t.dataSource
        .getRepository(NotificationEntity)
        .countBy({ workspaceId: team.workspace.id });
      expect(count).toBe(0);
      // the snapshot type is the entity's shape
      const entity: TaskSnapshot = await t.dataSource
        .getRepository(TaskEntity)
        .findOneByOrFail({ id: task.id });
      expect(entity.id).toBe(task.id);
    });
  });
});
