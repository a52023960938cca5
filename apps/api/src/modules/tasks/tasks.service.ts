import { randomUUID } from 'node:crypto';
import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canAssignTasks,
  canChangeTaskStatus,
  canCreateTask,
  canDeleteTask,
  canEditTask,
  canMoveTask,
  isLimitedToOwn,
  TASK_STATUSES,
  type TaskResponse,
  type TaskStatus,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { ProjectMemberEntity } from '../projects/project-member.entity';
import { ProjectEntity } from '../projects/project.entity';
import { visibleProjectsCondition } from '../projects/project-visibility';
import type {
  ChecklistItemInput,
  CreateTaskInput,
  ListTasksQuery,
  RecurrenceInput,
  UpdateTaskInput,
} from './dto/task.input';
import { toTaskResponse } from './dto/task.output';
import { TaskEntity, type ChecklistItem, type TaskRecurrence } from './task.entity';
import { TASK_AUDITED_FIELDS, TASK_POSITION_STEP } from './task-audit';
import { taskColumns, toTaskEntity } from './task-columns';
import { COLUMN_END_SQL, columnEndPosition, type ColumnEnd } from './column-end';
import { namedQuery } from '../../database/named-query';
import { TaskActivityService, type ActivityFollowUp } from '../notifications/task-activity.service';

/** The board order of statuses (TASK_STATUSES), as SQL on the tasks alias `t`. */
const STATUS_RANK_SQL = `CASE t.status ${TASK_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

function statusRank(status: TaskStatus): number {
  return TASK_STATUSES.indexOf(status);
}

/** JSON with sorted keys: jsonb reorders keys, so plain JSON.stringify would see false changes. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function toRecurrence(input: RecurrenceInput | null | undefined): TaskRecurrence | null {
  if (!input) return null;
  return {
    frequency: input.frequency,
    ...(input.weekdays && { weekdays: [...input.weekdays].sort((a, b) => a - b) }),
    ...(input.dayOfMonth !== undefined && { dayOfMonth: input.dayOfMonth }),
  };
}

/** Items sent back with the id of an existing item keep it; the others get a new one. */
function toChecklist(items: ChecklistItemInput[], current: ChecklistItem[] = []): ChecklistItem[] {
  const known = new Set(current.map((item) => item.id));
  const used = new Set<string>();
  return items.map(({ id, title, done }) => {
    const kept = id !== undefined && known.has(id) && !used.has(id) ? id : randomUUID();
    used.add(kept);
    return { id: kept, title, done };
  });
}

@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly activity: TaskActivityService,
  ) {}

  /** Tasks of the projects the member may view, in board order (status, position). */
  async list(member: WorkspaceMember, query: ListTasksQuery): Promise<Page<TaskResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 3);
    const visible = visibleProjectsCondition(member, 'p');
    const qb = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin(ProjectEntity, 'p', 'p.id = t.project_id')
      .where('t.workspace_id = :ws', { ws: member.workspaceId })
      .andWhere(visible.sql, visible.params)
      .orderBy(STATUS_RANK_SQL, 'ASC')
      .addOrderBy('t.position', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(limit + 1);
    if (query.projectId) qb.andWhere('t.project_id = :projectId', { projectId: query.projectId });
    if (query.assigneeId) {
      qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: query.assigneeId });
    }
    if (query.status) qb.andWhere('t.status IN (:...statuses)', { statuses: query.status });
    if (query.dueBefore) qb.andWhere('t.due_date < :dueBefore', { dueBefore: query.dueBefore });
    if (after) {
      const [rank, position, id] = after;
      if (typeof rank !== 'number' || typeof position !== 'number' || !isUuidValue(id)) {
        throw invalidCursor();
      }
      qb.andWhere(
        `(${STATUS_RANK_SQL}, t.position, t.id)
          > (CAST(:rank AS int), CAST(:position AS double precision), CAST(:id AS uuid))`,
        { rank, position, id },
      );
    }
    const rows = await qb.getMany();
    return toPage(rows, limit, (t) => [statusRank(t.status), t.position, t.id], toTaskResponse);
  }

  async get(member: WorkspaceMember, id: string): Promise<TaskResponse> {
    return toTaskResponse(await this.findVisible(this.dataSource.manager, member, id));
  }

  async create(member: WorkspaceMember, input: CreateTaskInput): Promise<TaskResponse> {
    let followUp: ActivityFollowUp | undefined;
    const response = await this.dataSource.transaction(async (manager) => {
      const project = await this.findTargetProject(manager, member, input.projectId);
      // a member who may not assign creates her own tasks
      const assigneeId =
        input.assigneeId !== undefined
          ? input.assigneeId
          : canAssignTasks(member)
            ? null
            : member.userId;
      const isProjectMember =
        isLimitedToOwn(member, 'tasks.create') &&
        (await manager.existsBy(ProjectMemberEntity, {
          projectId: project.id,
          userId: member.userId,
        }));
      if (!canCreateTask(member, { clientId: project.clientId, assigneeId, isProjectMember })) {
        throw new ForbiddenException(
          'You may create tasks only in projects you belong to, assigned to yourself',
        );
      }
      if (assigneeId) {
        await this.assertAssignable(manager, member.workspaceId, assigneeId, project.clientId);
      }
      if (input.processId) await this.assertProcess(manager, member.workspaceId, input.processId);
      const status = input.status ?? 'todo';
      const task = await manager.save(
        manager.create(TaskEntity, {
          workspaceId: member.workspaceId,
          projectId: project.id,
          clientId: project.clientId,
          title: input.title,
          description: input.description ?? '',
          status,
          priority: input.priority ?? 'normal',
          assigneeId,
          createdById: member.userId,
          dueDate: input.dueDate ?? null,
          estimateMinutes: input.estimateMinutes ?? null,
          completedAt: status === 'done' ? new Date() : null,
          position: await columnEndPosition(manager, {
            columnProjectId: project.id,
            columnStatus: status,
            columnWorkspaceId: member.workspaceId,
          }),
          checklist: toChecklist(input.checklist ?? []),
          recurrence: toRecurrence(input.recurrence),
          processId: input.processId ?? null,
        }),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'task.created',
        entityType: 'task',
        entityId: task.id,
        changes: diffFields(null, task, TASK_AUDITED_FIELDS),
      });
      followUp = await this.activity.afterTaskSaved(manager, {
        before: null,
        after: task,
        actorId: member.userId,
      });
      return toTaskResponse(task);
    });
    // notifications' emails and reminders leave only once the task is committed
    await this.activity.dispatch(followUp);
    return response;
  }

  /**
   * Optimistic locking: the change applies only to the version the caller read, in one
   * conditional UPDATE; a concurrent writer that got there first turns it into a 409.
   */
  async update(member: WorkspaceMember, id: string, input: UpdateTaskInput): Promise<TaskResponse> {
    let followUp: ActivityFollowUp | undefined;
    const response = await this.dataSource.transaction(async (manager) => {
      const before = await this.findVisible(manager, member, id);
      if (before.version !== input.version) throw staleVersion(before.version);
      const { changes, toColumnEnd } = await this.changesFor(manager, member, before, input);
      if (Object.keys(changes).length === 0 && !toColumnEnd) return toTaskResponse(before);
      const written = await updateAtVersion(manager, id, input.version, changes, toColumnEnd);
      if (!written) {
        const current = await manager.findOne(TaskEntity, {
          where: { id },
          select: { id: true, version: true },
        });
        if (!current) throw new NotFoundException('Task not found');
        throw staleVersion(current.version);
      }
      // the version check proves the row is `before` plus our changes: no re-read needed
      const after = Object.assign(new TaskEntity(), before, changes, written);
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'task.updated',
        entityType: 'task',
        entityId: id,
        changes: diffFields(before, after, TASK_AUDITED_FIELDS),
      });
      followUp = await this.activity.afterTaskSaved(manager, {
        before,
        after,
        actorId: member.userId,
      });
      return toTaskResponse(after);
    });
    await this.activity.dispatch(followUp);
    return response;
  }

  async remove(member: WorkspaceMember, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const task = await this.findVisible(manager, member, id);
      if (!canDeleteTask(member, task)) {
        throw new ForbiddenException('You may not delete this task');
      }
      // logged time is billed and counted in budgets: deleting its task would erase it
      const [logged] = await manager.query(
        'SELECT 1 FROM time_entries WHERE task_id = $1 LIMIT 1',
        [id],
      );
      if (logged) {
        throw new ConflictException(
          'Time has been logged on this task; mark it done instead of deleting it',
        );
      }
      await manager.delete(TaskEntity, { id });
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'task.deleted',
        entityType: 'task',
        entityId: id,
        changes: diffFields(task, null, ['title', 'projectId', 'assigneeId', 'status']),
      });
    });
  }

  /** The task when its project is visible to the member; 404 otherwise. */
  async findVisible(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
  ): Promise<TaskEntity> {
    const visible = visibleProjectsCondition(member, 'p');
    const [row] = await namedQuery(
      manager,
      `SELECT ${taskColumns('t')}
         FROM tasks t JOIN projects p ON p.id = t.project_id
        WHERE t.id = :id AND t.workspace_id = :ws AND ${visible.sql}`,
      { ...visible.params, id, ws: member.workspaceId },
    );
    if (!row) throw new NotFoundException('Task not found');
    return toTaskEntity(row);
  }

  /**
   * What a PATCH changes, each group of fields authorised by its policy (403), then checked
   * against the workspace (400). Fields sent with their current value are no change.
   */
  private async changesFor(
    manager: EntityManager,
    member: WorkspaceMember,
    task: TaskEntity,
    input: UpdateTaskInput,
  ): Promise<{ changes: Partial<TaskEntity>; toColumnEnd?: ColumnEnd }> {
    const changes: Partial<TaskEntity> = {};
    const changed = (fields: readonly (keyof TaskEntity)[]) =>
      fields.filter((field) => field in changes);
    const propose = <K extends keyof TaskEntity>(field: K, value: TaskEntity[K] | undefined) => {
      if (value !== undefined && canonical(value) !== canonical(task[field])) {
        changes[field] = value;
      }
    };

    propose('title', input.title);
    propose('description', input.description);
    propose('dueDate', input.dueDate);
    propose('priority', input.priority);
    propose('estimateMinutes', input.estimateMinutes);
    propose(
      'recurrence',
      input.recurrence === undefined ? undefined : toRecurrence(input.recurrence),
    );
    propose('processId', input.processId);
    const edited = changed([
      'title',
      'description',
      'dueDate',
      'priority',
      'estimateMinutes',
      'recurrence',
      'processId',
    ]);
    if (edited.length > 0 && !canEditTask(member, task)) {
      throw new ForbiddenException(`You may not edit this task's ${edited.join(', ')}`);
    }

    propose('assigneeId', input.assigneeId);
    if ('assigneeId' in changes && !canAssignTasks(member)) {
      throw new ForbiddenException('Your role may not assign tasks');
    }

    propose('status', input.status);
    propose('position', input.position);
    propose(
      'checklist',
      input.checklist === undefined ? undefined : toChecklist(input.checklist, task.checklist),
    );
    const moved = changed(['status', 'position', 'checklist']);
    if (moved.length > 0 && !canChangeTaskStatus(member, task)) {
      throw new ForbiddenException(`You may not change this task's ${moved.join(', ')}`);
    }

    if (input.projectId !== undefined && input.projectId !== task.projectId) {
      const project = await this.findTargetProject(manager, member, input.projectId);
      if (!canMoveTask(member, task, project.clientId)) {
        throw new ForbiddenException('You may not move tasks between projects');
      }
      changes.projectId = project.id;
      changes.clientId = project.clientId;
    }

    const assigneeId = changes.assigneeId !== undefined ? changes.assigneeId : task.assigneeId;
    if (assigneeId && ('assigneeId' in changes || 'clientId' in changes)) {
      await this.assertAssignable(
        manager,
        member.workspaceId,
        assigneeId,
        changes.clientId ?? task.clientId,
      );
    }

    if (changes.processId) await this.assertProcess(manager, member.workspaceId, changes.processId);

    if (changes.status !== undefined) {
      if (changes.status === 'done') changes.completedAt = new Date();
      else if (task.status === 'done') changes.completedAt = null;
    }
    // a card that changes column goes to its end, unless the caller placed it
    if ((changes.status || changes.projectId) && input.position === undefined) {
      const toColumnEnd = {
        columnProjectId: changes.projectId ?? task.projectId,
        columnStatus: changes.status ?? task.status,
        columnWorkspaceId: member.workspaceId,
      };
      return { changes, toColumnEnd };
    }
    return { changes };
  }

  /** A project to put a task in: visible to the member (404) and not archived (400). */
  private async findTargetProject(
    manager: EntityManager,
    member: WorkspaceMember,
    projectId: string,
  ): Promise<ProjectEntity> {
    const visible = visibleProjectsCondition(member, 'p');
    const project = await manager
      .createQueryBuilder(ProjectEntity, 'p')
      .where('p.id = :projectId', { projectId })
      .andWhere(visible.sql, visible.params)
      .getOne();
    if (!project) throw new NotFoundException('Project not found');
    if (project.archivedAt) {
      throw new ValidationFailedException([
        { field: 'projectId', errors: ['projectId is an archived project'] },
      ]);
    }
    return project;
  }

  /** The assignee must be an active member whose client scope covers the task's client. */
  private async assertAssignable(
    manager: EntityManager,
    workspaceId: string,
    userId: string,
    clientId: string,
  ): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM memberships
        WHERE workspace_id = $1 AND user_id = $2 AND active
          AND (cardinality(client_ids) = 0 OR $3 = ANY(client_ids))`,
      [workspaceId, userId, clientId],
    );
    if (rows.length === 0) {
      throw new ValidationFailedException([
        {
          field: 'assigneeId',
          errors: ['assigneeId must be an active member who works for the project’s client'],
        },
      ]);
    }
  }

  /** The SOP a task follows must be a live process of the same workspace. */
  private async assertProcess(
    manager: EntityManager,
    workspaceId: string,
    processId: string,
  ): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM processes WHERE id = $1 AND workspace_id = $2 AND archived_at IS NULL`,
      [processId, workspaceId],
    );
    if (rows.length === 0) {
      throw new ValidationFailedException([
        { field: 'processId', errors: ['processId must be a process of this workspace'] },
      ]);
    }
  }
}

function isUuidValue(value: unknown): value is string {
  return typeof value === 'string' && isUuid(value);
}

function invalidCursor(): ValidationFailedException {
  return new ValidationFailedException([
    { field: 'cursor', errors: ['cursor is not one this API gave'] },
  ]);
}

function staleVersion(current: number): ConflictException {
  return new ConflictException(
    `This task has changed since you read it (current version ${current}); reload it and retry`,
  );
}

const JSON_FIELDS: ReadonlySet<string> = new Set(['checklist', 'recurrence']);
const toColumn = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The one conditional UPDATE of a PATCH: applies only at the version the caller read, and
 * returns what the database decided (null when another writer got there first).
 */
async function updateAtVersion(
  manager: EntityManager,
  id: string,
  version: number,
  changes: Partial<TaskEntity>,
  toColumnEnd: ColumnEnd | undefined,
): Promise<Pick<TaskEntity, 'position' | 'version' | 'updatedAt'> | null> {
  const params: Record<string, unknown> = { id, version, step: TASK_POSITION_STEP, ...toColumnEnd };
  // field names come from changesFor's fixed list, never from the request body
  const assignments = Object.entries(changes).map(([field, value]) => {
    params[`set_${field}`] =
      JSON_FIELDS.has(field) && value !== null ? JSON.stringify(value) : value;
    return `${toColumn(field)} = :set_${field}`;
  });
  // a card that changes column goes to its end, computed here: one round trip less
  if (toColumnEnd) assignments.push(`position = ${COLUMN_END_SQL}`);
  assignments.push('version = version + 1', 'updated_at = CURRENT_TIMESTAMP');
  // a CTE so that the driver answers the RETURNING rows as for a SELECT
  const [row] = await namedQuery(
    manager,
    `WITH written AS (
       UPDATE tasks SET ${assignments.join(', ')}
        WHERE id = :id AND version = :version
       RETURNING position, version, updated_at)
     SELECT position, version, updated_at AS "updatedAt" FROM written`,
    params,
  );
  return row
    ? {
        position: Number(row.position),
        version: Number(row.version),
        updatedAt: row.updatedAt as Date,
      }
    : null;
}
