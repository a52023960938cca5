import { AuditEventEntity } from '../src/modules/audit/audit-event.entity';
import { TaskActivityService } from '../src/modules/notifications/task-activity.service';
import { ProjectEntity } from '../src/modules/projects/project.entity';
import { RecurringScanJob } from '../src/modules/recurring/jobs/recurring-scan.job';
import { RecurringService } from '../src/modules/recurring/recurring.service';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import {
  createTestTask,
  createTestTeam,
  daysIn,
  pause,
  zoneWhereHourIs,
  type TestTeam,
} from './background-factories';
import { startTestApp, type TestApp } from './test-app';
import { waitFor } from './wait';

describe('recurring tasks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  /** A zone where today is well under way, so "today" does not change during a test. */
  const timeZone = zoneWhereHourIs(2, 20);

  async function team(): Promise<TestTeam> {
    return createTestTeam(t, { timeZone, signIn: false });
  }

  /** Completes the task as the tasks service does: the change and its side effects together. */
  async function complete(task: TaskEntity, actorId: string): Promise<void> {
    const after = { ...task, status: 'done' as const, completedAt: new Date() };
    const activity = t.app.get(TaskActivityService);
    const followUp = await t.dataSource.transaction(async (manager) => {
      await manager.save(TaskEntity, after);
      return activity.afterTaskSaved(manager, { before: task, after, actorId });
    });
    await activity.dispatch(followUp);
  }

  async function reopen(task: TaskEntity): Promise<TaskEntity> {
    await t.dataSource
      .getRepository(TaskEntity)
      .update({ id: task.id }, { status: 'todo', completedAt: null });
    return t.dataSource.getRepository(TaskEntity).findOneByOrFail({ id: task.id });
  }

  async function occurrencesOf(project: Pick<ProjectEntity, 'id'>, title: string) {
    return t.dataSource.getRepository(TaskEntity).find({
      where: { projectId: project.id, title },
      order: { createdAt: 'ASC' },
    });
  }

  it('creates the next occurrence when one is completed, with a fresh checklist, once', async () => {
    const { project, members } = await team();
    const { today, tomorrow } = daysIn(timeZone);
    const first = await createTestTask(t.dataSource, project, {
      title: 'Point hebdo',
      description: 'Ordre du jour partagé',
      priority: 'high',
      estimateMinutes: 30,
      assigneeId: members.va.user.id,
      createdById: members.obm.user.id,
      dueDate: today,
      checklist: [{ id: '7b7a0a8e-9c4b-4f6c-8a7e-0f2f3c1d2e3f', title: 'Notes', done: true }],
      recurrence: { frequency: 'daily' },
    });

    await complete(first, members.va.user.id);
    // reopened and completed again (or a request retried): still one successor
    await complete(await reopen(first), members.va.user.id);

    const occurrences = await occurrencesOf(project, 'Point hebdo');
    expect(occurrences).toHaveLength(2);
    const next = occurrences[1];
    expect(next).toMatchObject({
      status: 'todo',
      dueDate: tomorrow,
      description: 'Ordre du jour partagé',
      priority: 'high',
      estimateMinutes: 30,
      assigneeId: members.va.user.id,
      createdById: members.obm.user.id,
      completedAt: null,
      version: 1,
      recurrence: { frequency: 'daily' },
      checklist: [{ id: expect.any(String), title: 'Notes', done: false }],
    });
    expect(next.checklist[0].id).not.toBe(first.checklist[0].id);
    const audit = await t.dataSource
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ entityId: next.id });
    expect(audit).toMatchObject({
      action: 'task.created',
      actorId: members.va.user.id,
      changes: expect.objectContaining({ recurrenceOf: { before: null, after: first.id } }),
    });
  });

  it("puts the next occurrence at the end of its project's To do column", async () => {
    const { project, members } = await team();
    const first = await createTestTask(t.dataSource, project, {
      title: 'Relances',
      position: 1000,
      dueDate: daysIn(timeZone).today,
      recurrence: { frequency: 'daily' },
    });
    await createTestTask(t.dataSource, project, { position: 5000 });
    // other columns do not count, however far down their cards are
    await createTestTask(t.dataSource, project, { status: 'in_progress', position: 9000 });

    await complete(first, members.va.user.id);

    const [, next] = await occurrencesOf(project, 'Relances');
    expect(next).toMatchObject({ status: 'todo', position: 6000 });
  });

  it('follows weekly weekdays and monthly days, keeping the day of the month across short months', async () => {
    const { project, members } = await team();
    const weekly = await createTestTask(t.dataSource, project, {
      title: 'Weekly',
      dueDate: '2030-03-04',
      recurrence: { frequency: 'weekly', weekdays: [1, 3] },
    });
    const monthly = await createTestTask(t.dataSource, project, {
      title: 'Monthly',
      dueDate: '2030-01-31',
      recurrence: { frequency: 'monthly' },
    });

    await complete(weekly, members.obm.user.id);
    await complete(monthly, members.obm.user.id);
    const [, february] = await occurrencesOf(project, 'Monthly');
    await complete(february, members.obm.user.id);

    expect((await occurrencesOf(project, 'Weekly')).map((o) => o.dueDate)).toEqual([
      '2030-03-04',
      '2030-03-06',
    ]);
    const months = await occurrencesOf(project, 'Monthly');
    expect(months.map((o) => o.dueDate)).toEqual(['2030-01-31', '2030-02-28', '2030-03-31']);
    expect(months[1].recurrence).toEqual({ frequency: 'monthly', dayOfMonth: 31 });
  });

  it('creates one occurrence when two completions race', async () => {
    const { project, members } = await team();
    const task = await createTestTask(t.dataSource, project, {
      title: 'Race',
      dueDate: '2030-05-02',
      recurrence: { frequency: 'daily' },
    });
    const recurring = t.app.get(RecurringService);
    const createNext = () =>
      t.dataSource.transaction((manager) =>
        recurring.createNext(manager, task, { timeZone, actorId: members.obm.user.id }),
      );

    const created = await Promise.all([createNext(), createNext(), createNext()]);

    expect(created.filter((next) => next !== null)).toHaveLength(1);
    expect(await occurrencesOf(project, 'Race')).toHaveLength(2);
  });

  it('creates the next occurrence on schedule while the earlier one is still open, never twice', async () => {
    const { project, members } = await team();
    const { today } = daysIn(timeZone);
    // found by a scan on 10 January 2020, its due day over; by the time the job runs, today
    const open = await createTestTask(t.dataSource, project, {
      title: 'Rapport quotidien',
      assigneeId: members.va.user.id,
      dueDate: '2020-01-08',
      recurrence: { frequency: 'daily' },
    });
    const scan = (now: Date) => t.app.get(RecurringScanJob).handle(now);

    expect(await scan(new Date('2020-01-08T12:00:00Z'))).toBe(0);
    expect(await scan(new Date('2020-01-10T12:00:00Z'))).toBeGreaterThanOrEqual(1);
    const [, next] = await waitFor(
      async () => {
        const rows = await occurrencesOf(project, 'Rapport quotidien');
        return rows.length === 2 ? rows : undefined;
      },
      { what: 'the scheduled occurrence' },
    );
    // a series that fell behind resumes today, rather than creating every missed day
    expect(next).toMatchObject({ dueDate: today, status: 'todo', assigneeId: members.va.user.id });

    expect(await scan(new Date('2020-01-10T12:00:00Z'))).toBe(0);
    await complete(open, members.va.user.id);
    await pause(200);
    expect(await occurrencesOf(project, 'Rapport quotidien')).toHaveLength(2);
  });

  it('leaves the next occurrence unassigned when the assignee left the workspace', async () => {
    const { project, members } = await team();
    const task = await createTestTask(t.dataSource, project, {
      title: 'Left',
      assigneeId: members.va.user.id,
      dueDate: '2030-06-03',
      recurrence: { frequency: 'daily' },
    });
    await t.dataSource
      .getRepository(MembershipEntity)
      .update({ id: members.va.membership.id }, { active: false });
    await complete(task, members.obm.user.id);
    const [, next] = await occurrencesOf(project, 'Left');
    expect(next.assigneeId).toBeNull();
  });

  it('stops in an archived project, and does nothing for a task that does not repeat', async () => {
    const { project, members } = await team();
    const plain = await createTestTask(t.dataSource, project, { title: 'Plain' });
    const repeating = await createTestTask(t.dataSource, project, {
      title: 'Archived',
      dueDate: '2030-06-03',
      recurrence: { frequency: 'daily' },
    });
    await complete(plain, members.obm.user.id);
    await t.dataSource
      .getRepository(ProjectEntity)
      .update({ id: project.id }, { archivedAt: new Date() });
    const next = await t.dataSource.transaction((manager) =>
      t.app.get(RecurringService).createNext(manager, repeating, { timeZone, actorId: null }),
    );
    expect(next).toBeNull();
    expect(await occurrencesOf(project, 'Plain')).toHaveLength(1);
    expect(await occurrencesOf(project, 'Archived')).toHaveLength(1);
  });
});
