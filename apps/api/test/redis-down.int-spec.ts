import request from 'supertest';
import { TaskActivityService } from '../src/modules/notifications/task-activity.service';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import { createTestTask, createTestTeam, emailsTo, notificationsOf } from './background-factories';
import { startTestApp, type TestApp } from './test-app';

/**
 * The API with BullMQ pointed at a Redis that is not there (on both databases): reads are
 * served, writes that only enqueue after their commit still succeed, and health says the queue
 * is down.
 */
describe('with Redis down', () => {
  let t: TestApp;

  beforeAll(async () => {
    // nothing listens on this port; the connection errors would only bury the results
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:6390', LOG_LEVEL: 'fatal' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('still serves reads', async () => {
    const team = await createTestTeam(t);
    const { token } = team.members.va;
    const me = await request(t.http).get('/api/me').auth(token, { type: 'bearer' }).expect(200);
    expect(me.body.memberships).toEqual([
      expect.objectContaining({ workspaceId: team.workspace.id, role: 'va' }),
    ]);
    await request(t.http).get('/api/me/notifications').auth(token, { type: 'bearer' }).expect(200);
    await request(t.http)
      .get('/api/me/notification-preferences')
      .auth(token, { type: 'bearer' })
      .expect(200);
  });

  it('reports the queue as down in /api/health, with 503', async () => {
    const res = await request(t.http).get('/api/health').expect(503);
    expect(res.body).toEqual({
      status: 'error',
      database: { status: 'up' },
      queue: { status: 'down', driver: 'bullmq', error: expect.any(String) },
    });
  });

  it('writes notifications and keeps their emails pending when the queue cannot take them', async () => {
    const team = await createTestTeam(t, { signIn: false });
    const { obm, va } = team.members;
    const before = await createTestTask(t.dataSource, team.project, { createdById: obm.user.id });
    const after = { ...before, assigneeId: va.user.id };
    const activity = t.app.get(TaskActivityService);
    const followUp = await t.dataSource.transaction(async (manager) => {
      await manager.save(TaskEntity, after);
      return activity.afterTaskSaved(manager, { before, after, actorId: obm.user.id });
    });

    await activity.dispatch(followUp);

    expect(await notificationsOf(t, va.user.id, 'task_assigned')).toHaveLength(1);
    // sent at the next start-up of a process, once Redis is back
    expect(await emailsTo(t, va.user.email)).toEqual([
      expect.objectContaining({ kind: 'task_assigned', status: 'pending' }),
    ]);
  });

  it('accepts a CSV import, kept queued until a worker can run it', async () => {
    const team = await createTestTeam(t);
    const res = await request(t.http)
      .post(`/api/workspaces/${team.workspace.id}/imports`)
      .auth(team.members.obm.token, { type: 'bearer' })
      .send({ projectId: team.project.id, mapping: { title: 'Name' }, csv: 'Name\nA' })
      .expect(202);
    const status = await request(t.http)
      .get(`/api/workspaces/${team.workspace.id}/imports/${res.body.id}`)
      .auth(team.members.obm.token, { type: 'bearer' })
      .expect(200);
    expect(status.body).toMatchObject({ status: 'queued', processedRows: 0 });
  });

  it('answers 503 on the failed jobs page, which reads the queue', async () => {
    const team = await createTestTeam(t);
    await request(t.http)
      .get(`/api/workspaces/${team.workspace.id}/admin/failed-jobs`)
      .auth(team.members.founder.token, { type: 'bearer' })
      .expect(503);
  });
});
