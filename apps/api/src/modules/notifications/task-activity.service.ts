import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { grantFor, ROLES } from '@relais/domain';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { JobQueue, type JobRequest } from '../jobs/job-queue';
import { RecurringService } from '../recurring/recurring.service';
import { reminderJobFor } from '../reminders/jobs/task-reminder.job';
import { Notifier, type NotificationDraft } from './notifier.service';
import {
  excerpt,
  mentionEmail,
  taskAssignedEmail,
  taskStatusEmail,
  type TaskEmailContext,
} from './task-emails';
import { taskPath, type CommentSnapshot, type TaskSnapshot } from './task-snapshot';

/**
 * What to do once the caller's transaction has committed: send the emails written in it and
 * enqueue its jobs. Opaque to callers: pass it to `TaskActivityService.dispatch`.
 */
export interface ActivityFollowUp {
  emailIds: string[];
  jobs: JobRequest[];
}

/** Roles that see only the projects they belong to or have a task in (VAs). */
const ROLES_SEEING_OWN_PROJECTS = ROLES.filter((role) => grantFor(role, 'projects.view') === 'own');

/** Shown as the actor of changes made by Relais itself (no user). */
const SYSTEM_ACTOR = 'Relais';

interface TaskContext {
  workspace_name: string;
  time_zone: string;
  project_name: string;
  actor_name: string | null;
}

/**
 * The side effects of task and comment changes, written in the caller's transaction:
 * notifications (in-app, and by email unless turned off), the due-soon reminder, the next
 * occurrence of a recurring task. Usage, in the tasks and comments services:
 *
 *   let followUp: ActivityFollowUp | undefined;
 *   const result = await this.dataSource.transaction(async (manager) => {
 *     …save the task…
 *     followUp = await this.activity.afterTaskSaved(manager, { before, after, actorId });
 *     return …;
 *   });
 *   await this.activity.dispatch(followUp);
 */
@Injectable()
export class TaskActivityService {
  private readonly logger = new Logger('TaskActivity');

  constructor(
    private readonly notifier: Notifier,
    private readonly recurring: RecurringService,
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * After a task was created (`before` null) or changed:
   * - a new assignee other than the actor is notified (`task_assigned`);
   * - done, or reopened: the task's creator and assignee other than the actor are notified
   *   (`task_completed`, `task_reopened`);
   * - the due-soon reminder is armed when a due date, assignee or reopening puts the task in
   *   its window; a completed task or one due another day is not reminded (the job re-checks);
   * - a recurring task just done gets its next occurrence, once (see RecurringService).
   * Recipients who may no longer see the task are skipped.
   */
  async afterTaskSaved(
    manager: EntityManager,
    input: { before: TaskSnapshot | null; after: TaskSnapshot; actorId: string | null },
  ): Promise<ActivityFollowUp> {
    const { before, after, actorId } = input;
    const followUp: ActivityFollowUp = { emailIds: [], jobs: [] };
    const completed = before !== null && before.status !== 'done' && after.status === 'done';
    const reopened = before !== null && before.status === 'done' && after.status !== 'done';
    const newAssignee =
      after.assigneeId !== null &&
      after.assigneeId !== (before?.assigneeId ?? null) &&
      after.assigneeId !== actorId
        ? after.assigneeId
        : null;
    const watchers =
      completed || reopened
        ? unique([after.createdById, after.assigneeId]).filter((id) => id !== actorId)
        : [];
    // the due date, assignee or reopening may have put the task in its reminder's window
    const mayRemind =
      after.status !== 'done' &&
      after.assigneeId !== null &&
      after.dueDate !== null &&
      (before === null ||
        before.dueDate !== after.dueDate ||
        before.assigneeId !== after.assigneeId ||
        before.status === 'done');
    const mayRecur = completed && after.recurrence !== null;
    if (!newAssignee && watchers.length === 0 && !mayRemind && !mayRecur) return followUp;

    const context = await this.taskContext(manager, after, actorId);
    if (!context) return followUp;
    const viewers = await this.viewers(manager, after, unique([newAssignee, ...watchers]));
    const email = this.emailContext(after, context);
    const base = this.taskDraft(after, context, actorId);
    const drafts: NotificationDraft[] = [];
    if (newAssignee && viewers.has(newAssignee)) {
      drafts.push({
        ...base,
        userId: newAssignee,
        kind: 'task_assigned',
        email: (to) => taskAssignedEmail(email, to),
      });
    }
    for (const userId of watchers.filter((id) => viewers.has(id))) {
      drafts.push({
        ...base,
        userId,
        kind: completed ? 'task_completed' : 'task_reopened',
        email: (to) => taskStatusEmail(email, to, completed ? 'completed' : 'reopened'),
      });
    }
    followUp.emailIds.push(...(await this.notifier.notify(manager, drafts)));

    const reminder = reminderJobFor(before, after, context.time_zone);
    if (reminder) followUp.jobs.push(reminder);
    if (mayRecur) {
      const next = await this.recurring.createNext(manager, after, {
        timeZone: context.time_zone,
        actorId,
      });
      const nextReminder = next && reminderJobFor(null, next, context.time_zone);
      if (nextReminder) followUp.jobs.push(nextReminder);
    }
    return followUp;
  }

  /**
   * After a comment was written: the members it mentions, other than its author and among
   * those who may see the task, are notified (`mention`), once per comment and member.
   */
  async afterCommentCreated(
    manager: EntityManager,
    input: { comment: CommentSnapshot; taskTitle: string; actorId: string | null },
  ): Promise<ActivityFollowUp> {
    const { comment, taskTitle, actorId } = input;
    const followUp: ActivityFollowUp = { emailIds: [], jobs: [] };
    const mentioned = unique(comment.mentions).filter((id) => id !== actorId);
    if (mentioned.length === 0) return followUp;
    const [task]: { project_id: string; client_id: string }[] = await manager.query(
      'SELECT project_id, client_id FROM tasks WHERE id = $1 AND workspace_id = $2',
      [comment.taskId, comment.workspaceId],
    );
    if (!task) return followUp;
    const target = {
      id: comment.taskId,
      workspaceId: comment.workspaceId,
      projectId: task.project_id,
      clientId: task.client_id,
      title: taskTitle,
      dueDate: null,
    };
    const context = await this.taskContext(manager, target, actorId);
    if (!context) return followUp;
    const viewers = await this.viewers(manager, target, mentioned);
    const email = this.emailContext(target, context);
    const base = this.taskDraft(target, context, actorId);
    const drafts = mentioned
      .filter((userId) => viewers.has(userId))
      .map((userId): NotificationDraft => ({
        ...base,
        userId,
        kind: 'mention',
        body: excerpt(comment.body, 1000),
        data: { ...base.data, commentId: comment.id },
        dedupeKey: `mention:${comment.id}:${userId}`,
        email: (to) => mentionEmail(email, to, comment.body),
      }));
    followUp.emailIds.push(...(await this.notifier.notify(manager, drafts)));
    return followUp;
  }

  /** Once the transaction has committed: sends its emails, enqueues its jobs. Never throws. */
  async dispatch(...followUps: (ActivityFollowUp | null | undefined)[]): Promise<void> {
    for (const followUp of followUps) {
      if (!followUp) continue;
      await this.notifier.dispatch(followUp.emailIds);
      for (const job of followUp.jobs) {
        try {
          await this.queue.enqueue(job.name, job.data, job.options);
        } catch (error) {
          // the periodic scans find what this job was for
          this.logger.warn(`could not enqueue ${job.name}: ${(error as Error).message}`);
        }
      }
    }
  }

  private taskDraft(
    task: Pick<TaskSnapshot, 'id' | 'workspaceId' | 'projectId' | 'title' | 'dueDate'>,
    context: TaskContext,
    actorId: string | null,
  ): Omit<NotificationDraft, 'userId' | 'kind'> {
    return {
      workspaceId: task.workspaceId,
      title: task.title,
      link: taskPath(task),
      data: {
        taskId: task.id,
        projectId: task.projectId,
        projectName: context.project_name,
        actorId,
        actorName: context.actor_name ?? SYSTEM_ACTOR,
        dueDate: task.dueDate,
      },
    };
  }

  private emailContext(
    task: Pick<TaskSnapshot, 'id' | 'workspaceId' | 'projectId' | 'title' | 'dueDate'>,
    context: TaskContext,
  ): TaskEmailContext {
    return {
      taskTitle: task.title,
      projectName: context.project_name,
      workspaceName: context.workspace_name,
      actorName: context.actor_name ?? SYSTEM_ACTOR,
      dueDate: task.dueDate,
      url: `${this.config.publicUrl}${taskPath(task)}`,
    };
  }

  private async taskContext(
    manager: EntityManager,
    task: Pick<TaskSnapshot, 'workspaceId' | 'projectId'>,
    actorId: string | null,
  ): Promise<TaskContext | null> {
    const [row]: TaskContext[] = await manager.query(
      `SELECT w.name AS workspace_name, w.time_zone, p.name AS project_name, a.name AS actor_name
         FROM workspaces w
         JOIN projects p ON p.id = $2 AND p.workspace_id = w.id
         LEFT JOIN users a ON a.id = $3
        WHERE w.id = $1`,
      [task.workspaceId, task.projectId, actorId],
    );
    return row ?? null;
  }

  /** Those of the users who may view the task: active, in scope, and for a VA, on its project. */
  private async viewers(
    manager: EntityManager,
    task: Pick<TaskSnapshot, 'workspaceId' | 'projectId' | 'clientId'>,
    userIds: string[],
  ): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { user_id: string }[] = await manager.query(
      `SELECT m.user_id FROM memberships m
        WHERE m.workspace_id = $1 AND m.user_id = ANY($2::uuid[]) AND m.active
          AND (cardinality(m.client_ids) = 0 OR $3 = ANY(m.client_ids))
          AND (m.role <> ALL($4::text[])
               OR EXISTS (SELECT 1 FROM project_members pm WHERE pm.project_id = $5 AND pm.user_id = m.user_id)
               OR EXISTS (SELECT 1 FROM tasks vt WHERE vt.project_id = $5 AND vt.assignee_id = m.user_id))`,
      [task.workspaceId, userIds, task.clientId, ROLES_SEEING_OWN_PROJECTS, task.projectId],
    );
    return new Set(rows.map((row) => row.user_id));
  }
}

function unique(ids: readonly (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}
