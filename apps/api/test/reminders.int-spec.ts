import { TaskActivityService } from '../src/modules/notifications/task-activity.service';
import { ReminderScanJob } from '../src/modules/reminders/jobs/reminder-scan.job';
import { TaskReminderJob } from '../src/modules/reminders/jobs/task-reminder.job';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import {
  createTestTask,
  createTestTeam,
  daysIn,
  emailsTo,
  notificationsOf,
  pause,
  startSmtpServer,
  zoneWhereHourIs,
  type TestSmtpServer,
  type TestTeam,
} from './background-factories';
import { startTestApp, type TestApp } from './test-app';
import { waitFor } from './wait';

/**
 * Due-soon reminders. Scans run at chosen instants (in 2030, so the reminders they queue are
 * still ahead when their jobs run) or now, in a zone where the day is well under way.
 */
describe('due-soon reminders', () => {
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

  const scan = (now?: Date) => t.app.get(ReminderScanJob).handle(now);

  async function teamIn(timeZone: string): Promise<TestTeam> {
    return createTestTeam(t, { timeZone, signIn: false });
  }

  async function remindersOf(team: TestTeam) {
    return notificationsOf(t, team.members.va.user.id, 'due_soon');
  }

  it('reminds the assignee of an open task whose due day ends within 24 hours, by email and in the app', async () => {
    const team = await teamIn('Europe/Paris');
    const { obm, va } = team.members;
    const task = await createTestTask(t.dataSource, team.project, {
      title: 'Envoyer la facture',
      assigneeId: va.user.id,
      createdById: obm.user.id,
      dueDate: '2030-03-11',
    });

    // Monday 11 March 2030, 10:00 in Paris
    expect(await scan(new Date('2030-03-11T09:00:00Z'))).toBeGreaterThanOrEqual(1);

    await waitFor(() => smtp.to(va.user.email).length === 1, { what: 'the reminder email' });
    const [row] = await remindersOf(team);
    expect(row).toMatchObject({
      workspace_id: team.workspace.id,
      title: 'Envoyer la facture',
      dedupe_key: `reminder:${task.id}:2030-03-11`,
      data: expect.objectContaining({ taskId: task.id, dueDate: '2030-03-11' }),
    });
    const [email] = await emailsTo(t, va.user.email);
    expect(email).toMatchObject({ kind: 'due_soon', dedupe_key: `reminder:${task.id}:2030-03-11` });
    expect(email.subject).toMatch(
      /^Rappel : « Envoyer la facture » est à rendre le lundi 11 mars \/ Reminder: “Envoyer la facture” is due Monday,? 11 March$/,
    );
    expect(email.text_body).toContain('est à rendre le lundi 11 mars 2030.');
  });

  it('counts the due day in the workspace time zone', async () => {
    // 22:30 UTC on 10 March 2030: 23:30 in Paris, already 12:30 on the 11th in Kiritimati (UTC+14)
    const now = new Date('2030-03-10T22:30:00Z');
    const paris = await teamIn('Europe/Paris');
    const kiritimati = await teamIn('Pacific/Kiritimati');
    const task = (team: TestTeam, dueDate: string) =>
      createTestTask(t.dataSource, team.project, { assigneeId: team.members.va.user.id, dueDate });
    const parisToday = await task(paris, '2030-03-10');
    const parisTomorrow = await task(paris, '2030-03-11');
    const kiritimatiYesterday = await task(kiritimati, '2030-03-10');
    const kiritimatiToday = await task(kiritimati, '2030-03-11');

    await scan(now);

    await waitFor(
      async () =>
        (await remindersOf(paris)).length === 1 && (await remindersOf(kiritimati)).length === 1,
      {
        what: 'one reminder in each workspace',
      },
    );
    await pause(200);
    const reminded = [...(await remindersOf(paris)), ...(await remindersOf(kiritimati))].map(
      (n) => n.data.taskId,
    );
    expect(reminded.sort()).toEqual([parisToday.id, kiritimatiToday.id].sort());
    expect(reminded).not.toContain(parisTomorrow.id);
    expect(reminded).not.toContain(kiritimatiYesterday.id);
  });

  it('leaves out done, unassigned and overdue tasks', async () => {
    const team = await teamIn('Europe/Paris');
    const { va } = team.members;
    const now = new Date('2030-03-13T09:00:00Z');
    await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      dueDate: '2030-03-13',
      status: 'done',
    });
    await createTestTask(t.dataSource, team.project, { dueDate: '2030-03-13' });
    await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      dueDate: '2030-03-12',
    });
    const sentinel = await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      dueDate: '2030-03-13',
    });

    await scan(now);

    await waitFor(async () => (await remindersOf(team)).length > 0, {
      what: 'the sentinel reminder',
    });
    await pause(200);
    expect((await remindersOf(team)).map((n) => n.data.taskId)).toEqual([sentinel.id]);
  });

  it('sends one email however many times the scan and the job run', async () => {
    const team = await teamIn('Europe/Paris');
    const { va } = team.members;
    const task = await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      dueDate: '2030-03-14',
    });
    const now = new Date('2030-03-14T09:00:00Z');

    await scan(now);
    await waitFor(() => smtp.to(va.user.email).length === 1, { what: 'the reminder email' });
    await scan(now);
    const job = t.app.get(TaskReminderJob);
    await job.handle({ workspaceId: team.workspace.id, taskId: task.id, dueDate: '2030-03-14' });
    await job.handle({ workspaceId: team.workspace.id, taskId: task.id, dueDate: '2030-03-14' });
    await pause(300);

    expect(smtp.to(va.user.email)).toHaveLength(1);
    expect(await emailsTo(t, va.user.email)).toHaveLength(1);
    expect(await remindersOf(team)).toHaveLength(1);
  });

  it('reminds again when the due date changes, once per due date', async () => {
    const team = await teamIn('Europe/Paris');
    const { va } = team.members;
    const task = await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      dueDate: '2030-03-18',
    });
    await scan(new Date('2030-03-18T09:00:00Z'));
    await waitFor(() => smtp.to(va.user.email).length === 1, { what: 'the first reminder' });

    await t.dataSource.getRepository(TaskEntity).update({ id: task.id }, { dueDate: '2030-03-20' });
    await scan(new Date('2030-03-19T09:00:00Z'));
    await pause(200);
    expect(smtp.to(va.user.email)).toHaveLength(1);
    await scan(new Date('2030-03-20T09:00:00Z'));
    await waitFor(() => smtp.to(va.user.email).length === 2, { what: 'the second reminder' });

    const keys = (await emailsTo(t, va.user.email)).map((e) => e.dedupe_key);
    expect(keys).toEqual([`reminder:${task.id}:2030-03-18`, `reminder:${task.id}:2030-03-20`]);
  });

  it('sends nothing for a task completed, or moved to another day, before its reminder ran', async () => {
    const team = await teamIn('Europe/Paris');
    const { va } = team.members;
    const done = await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      dueDate: '2030-03-21',
    });
    const moved = await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      dueDate: '2030-03-25',
    });
    await t.dataSource
      .getRepository(TaskEntity)
      .update({ id: done.id }, { status: 'done', completedAt: new Date() });

    const job = t.app.get(TaskReminderJob);
    await job.handle({ workspaceId: team.workspace.id, taskId: done.id, dueDate: '2030-03-21' });
    await job.handle({ workspaceId: team.workspace.id, taskId: moved.id, dueDate: '2030-03-21' });

    expect(await remindersOf(team)).toEqual([]);
    expect(await emailsTo(t, va.user.email)).toEqual([]);
  });

  it('keeps the in-app reminder without the email when the assignee turned it off', async () => {
    const team = await teamIn('Europe/Paris');
    const { va } = team.members;
    await t.dataSource.query(
      `INSERT INTO notification_preferences (user_id, kind, email) VALUES ($1, 'due_soon', false)`,
      [va.user.id],
    );
    await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      dueDate: '2030-03-22',
    });
    await scan(new Date('2030-03-22T09:00:00Z'));
    await waitFor(async () => (await remindersOf(team)).length === 1, { what: 'the reminder' });
    expect(await emailsTo(t, va.user.email)).toEqual([]);
  });

  it('arms the reminder when a save makes a task due soon, without waiting for the scan', async () => {
    const timeZone = zoneWhereHourIs(2, 20);
    const team = await teamIn(timeZone);
    const { obm, va } = team.members;
    const { today, inDays } = daysIn(timeZone);
    const before = await createTestTask(t.dataSource, team.project, {
      assigneeId: va.user.id,
      createdById: obm.user.id,
      dueDate: inDays(5),
    });
    const after = { ...before, dueDate: today };
    const activity = t.app.get(TaskActivityService);

    // as the tasks service does: the change, then its side effects, in one transaction
    const followUp = await t.dataSource.transaction(async (manager) => {
      await manager.update(TaskEntity, { id: before.id }, { dueDate: today });
      return activity.afterTaskSaved(manager, { before, after, actorId: obm.user.id });
    });
    expect(followUp.jobs).toEqual([
      {
        name: 'task-reminder',
        data: { workspaceId: team.workspace.id, taskId: before.id, dueDate: today },
        options: { jobId: `reminder-${before.id}-${today}` },
      },
    ]);
    await activity.dispatch(followUp);

    await waitFor(() => smtp.to(va.user.email).length === 1, { what: 'the reminder email' });
  });

  it('runs the scan by itself every REMINDER_SCAN_MS', async () => {
    const scheduled = await startTestApp({ SMTP_URL: smtp.url, REMINDER_SCAN_MS: '200' });
    try {
      const timeZone = zoneWhereHourIs(2, 20);
      // with PGlite, each application has its own database
      const team = await createTestTeam(scheduled, { timeZone, signIn: false });
      const task = await createTestTask(scheduled.dataSource, team.project, {
        assigneeId: team.members.va.user.id,
        dueDate: daysIn(timeZone).today,
      });
      const [reminder] = await waitFor(
        async () => {
          const rows = await notificationsOf(scheduled, team.members.va.user.id, 'due_soon');
          return rows.length > 0 ? rows : undefined;
        },
        { what: 'a reminder from the scheduled scan', timeoutMs: 15_000 },
      );
      expect(reminder.data.taskId).toBe(task.id);
    } finally {
      await scheduled.close();
    }
  });
});
