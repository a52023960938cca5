import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dueInstant, isDueSoon } from '@relais/domain';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/app-config';
import { JobQueue, type JobRequest } from '../../jobs/job-queue';
import { Notifier } from '../../notifications/notifier.service';
import { dueSoonEmail } from '../../notifications/task-emails';
import { taskPath, type TaskSnapshot } from '../../notifications/task-snapshot';

export const TASK_REMINDER_JOB = 'task-reminder';

export interface TaskReminderPayload {
  workspaceId: string;
  taskId: string;
  /** The due date the reminder is for: a task whose due date changed since is not reminded. */
  dueDate: string;
}

/** Same key on the notification and on its email: one reminder per task and due date. */
export function reminderKey(taskId: string, dueDate: string): string {
  return `reminder:${taskId}:${dueDate}`;
}

/** One reminder per task and due date: the job id makes enqueueing it again a no-op. */
export function taskReminderJob(payload: TaskReminderPayload): JobRequest<TaskReminderPayload> {
  return {
    name: TASK_REMINDER_JOB,
    data: payload,
    options: { jobId: `reminder-${payload.taskId}-${payload.dueDate}` },
  };
}

/**
 * The reminder to enqueue once a save has committed, when the save put the task in the window
 * (new, or its due date, assignee or status changed) and it is due soon already; the scan
 * takes care of the others when their time comes.
 */
export function reminderJobFor(
  before: TaskSnapshot | null,
  after: TaskSnapshot,
  timeZone: string,
  now = new Date(),
): JobRequest<TaskReminderPayload> | null {
  if (after.status === 'done' || !after.assigneeId || !after.dueDate) return null;
  const armed =
    before === null ||
    before.dueDate !== after.dueDate ||
    before.assigneeId !== after.assigneeId ||
    before.status === 'done';
  if (!armed || !isDueSoon(after.dueDate, timeZone, now)) return null;
  return taskReminderJob({
    workspaceId: after.workspaceId,
    taskId: after.id,
    dueDate: after.dueDate,
  });
}

/**
 * Reminds the assignee of one task due soon, in the app and by email. Running it again writes
 * nothing more (the dedupe key), but sends an email a stopped run left pending.
 */
@Injectable()
export class TaskReminderJob implements OnModuleInit {
  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.queue.register<TaskReminderPayload>(TASK_REMINDER_JOB, (data) => this.handle(data));
  }

  /** Writes the reminder if the task is still open, assigned and due that day. */
  async handle(
    { workspaceId, taskId, dueDate }: TaskReminderPayload,
    now = new Date(),
  ): Promise<void> {
    const emailIds = await this.dataSource.transaction(async (manager) => {
      const [task]: {
        title: string;
        status: string;
        due_date: string | null;
        assignee_id: string;
        project_id: string;
        project_name: string;
        workspace_name: string;
        time_zone: string;
      }[] = await manager.query(
        `SELECT t.title, t.status, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.assignee_id,
                t.project_id, p.name AS project_name, w.name AS workspace_name, w.time_zone
           FROM tasks t
           JOIN projects p ON p.id = t.project_id
           JOIN workspaces w ON w.id = t.workspace_id
           JOIN memberships m ON m.workspace_id = t.workspace_id AND m.user_id = t.assignee_id AND m.active
          WHERE t.id = $1 AND t.workspace_id = $2`,
        [taskId, workspaceId],
      );
      // completed, deleted, unassigned or moved to another day since: nothing to remind
      if (!task || task.status === 'done' || task.due_date !== dueDate) return [];
      // a reminder after the due day ended would be wrong; the overdue digest takes over
      if (dueInstant(dueDate, task.time_zone) <= now) return [];
      const path = taskPath({ workspaceId, projectId: task.project_id, id: taskId });
      return this.notifier.notify(manager, [
        {
          userId: task.assignee_id,
          workspaceId,
          kind: 'due_soon',
          title: task.title,
          link: path,
          data: { taskId, projectId: task.project_id, projectName: task.project_name, dueDate },
          dedupeKey: reminderKey(taskId, dueDate),
          email: (to) =>
            dueSoonEmail(
              {
                taskTitle: task.title,
                projectName: task.project_name,
                workspaceName: task.workspace_name,
                dueDate,
                url: `${this.config.publicUrl}${path}`,
              },
              to,
            ),
        },
      ]);
    });
    await this.notifier.dispatch(emailIds);
  }
}
