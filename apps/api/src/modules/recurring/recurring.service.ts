import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { nextDueDate, resolveRecurrence, todayIn } from '@relais/domain';
import { AuditService, diffFields } from '../audit/audit.service';
import type { TaskSnapshot } from '../notifications/task-snapshot';
import { columnEndPosition } from '../tasks/column-end';
import { TASK_AUDITED_FIELDS } from '../tasks/task-audit';
import { TaskEntity } from '../tasks/task.entity';

/** The idempotency key of "this occurrence has had its successor". */
export function recurringKey(taskId: string, dueDate: string | null): string {
  return `recurring:${taskId}:${dueDate ?? 'none'}`;
}

/**
 * Recurring tasks: an occurrence gets its successor once, when it is completed or, still open,
 * once its due day is over (the scan). The key in processed_jobs is written in the transaction
 * that creates the successor, so two paths racing create one task.
 */
@Injectable()
export class RecurringService {
  constructor(private readonly audit: AuditService) {}

  /**
   * Creates the next occurrence of the task in the caller's transaction, or returns null when
   * it already exists, the task does not repeat, or its project is archived.
   */
  async createNext(
    manager: EntityManager,
    task: TaskSnapshot,
    options: { timeZone: string; actorId: string | null; now?: Date },
  ): Promise<TaskEntity | null> {
    if (!task.recurrence) return null;
    const [project]: { archived: boolean }[] = await manager.query(
      'SELECT archived_at IS NOT NULL AS archived FROM projects WHERE id = $1',
      [task.projectId],
    );
    if (!project || project.archived) return null;
    const claimed: unknown[] = await manager.query(
      'INSERT INTO processed_jobs (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key',
      [recurringKey(task.id, task.dueDate)],
    );
    if (claimed.length === 0) return null;

    const today = todayIn(options.timeZone, options.now);
    const anchor = task.dueDate ?? today;
    const position = await columnEndPosition(manager, {
      columnProjectId: task.projectId,
      columnStatus: 'todo',
      columnWorkspaceId: task.workspaceId,
    });
    const next = await manager.save(
      manager.create(TaskEntity, {
        workspaceId: task.workspaceId,
        projectId: task.projectId,
        clientId: task.clientId,
        title: task.title,
        description: task.description,
        status: 'todo',
        priority: task.priority,
        assigneeId: await this.stillAssignable(manager, task),
        createdById: task.createdById,
        dueDate: nextDueDate(task.recurrence, task.dueDate, today),
        estimateMinutes: task.estimateMinutes,
        completedAt: null,
        position,
        checklist: task.checklist.map((item) => ({
          id: randomUUID(),
          title: item.title,
          done: false,
        })),
        // what the rule left implicit is fixed from the first due date, so the series never drifts
        recurrence: resolveRecurrence(task.recurrence, anchor),
        processId: task.processId,
      }),
    );
    await this.audit.record(manager, {
      workspaceId: task.workspaceId,
      actorId: options.actorId,
      action: 'task.created',
      entityType: 'task',
      entityId: next.id,
      changes: {
        ...diffFields(null, next, TASK_AUDITED_FIELDS),
        recurrenceOf: { before: null, after: task.id },
      },
    });
    return next;
  }

  /** The assignee, if still an active member working for the task's client. */
  private async stillAssignable(
    manager: EntityManager,
    task: TaskSnapshot,
  ): Promise<string | null> {
    if (!task.assigneeId) return null;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM memberships
        WHERE workspace_id = $1 AND user_id = $2 AND active
          AND (cardinality(client_ids) = 0 OR $3 = ANY(client_ids))`,
      [task.workspaceId, task.assigneeId, task.clientId],
    );
    return rows.length > 0 ? task.assigneeId : null;
  }
}
