import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { can, type IdeaConversionResponse, type IdeaResponse } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { ValidationFailedException, type FieldError } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { createdAtKeySql, decodeCreatedAtCursor, olderThan } from '../audit/created-at-cursor';
import { ProjectEntity } from '../projects/project.entity';
import { TaskEntity } from '../tasks/task.entity';
import { MembershipEntity } from '../workspaces/membership.entity';
import type {
  ConvertIdeaInput,
  CreateIdeaInput,
  ListIdeasQuery,
  TriageIdeaInput,
} from './dto/idea.input';
import { toIdeaResponse } from './dto/idea.output';
import { IdeaEntity } from './idea.entity';
import { visibleIdeasCondition } from './idea-visibility';
import { TASK_AUDITED_FIELDS, TASK_POSITION_STEP } from '../tasks/task-audit';
import { findUsableClient } from '../clients/usable-client';

const AUDITED_FIELDS = [
  'title',
  'notes',
  'status',
  'triageNote',
  'triagedById',
  'triagedAt',
  'projectId',
] as const satisfies readonly (keyof IdeaEntity)[];

/** What the projects and tasks modules record when they create one, to keep the trail alike. */
const PROJECT_AUDITED_FIELDS = [
  'clientId',
  'name',
  'description',
  'ownerId',
  'status',
  'startDate',
  'dueDate',
  'completedAt',
  'archivedAt',
  'memberIds',
] as const satisfies readonly (keyof (ProjectEntity & { memberIds: string[] }))[];

/**
 * The founder's idea inbox. Ideas carry no client, so a member limited to some clients (a
 * client's portal) sees only the ideas they wrote themselves.
 */
@Injectable()
export class IdeasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, filtered by status. */
  async list(member: WorkspaceMember, query: ListIdeasQuery): Promise<Page<IdeaResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCreatedAtCursor(query.cursor);
    const qb = this.visibleQuery(this.dataSource.manager, member)
      .addSelect(createdAtKeySql('i'), 'cursor_at')
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit + 1);
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (after) {
      const older = olderThan('i', after);
      qb.andWhere(older.sql, older.params);
    }
    const { entities, raw } = await qb.getRawAndEntities<{ i_id: string; cursor_at: string }>();
    const cursorAt = new Map(raw.map((row) => [row.i_id, row.cursor_at]));
    return toPage(entities, limit, (i) => [cursorAt.get(i.id) ?? null, i.id], toIdeaResponse);
  }

  async get(member: WorkspaceMember, id: string): Promise<IdeaResponse> {
    return toIdeaResponse(await this.findVisible(this.dataSource.manager, member, id));
  }

  async create(member: WorkspaceMember, input: CreateIdeaInput): Promise<IdeaResponse> {
    return this.dataSource.transaction(async (manager) => {
      const idea = await manager.save(
        manager.create(IdeaEntity, {
          workspaceId: member.workspaceId,
          title: input.title,
          notes: input.notes ?? '',
          authorId: member.userId,
          status: 'inbox',
        }),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'idea.created',
        entityType: 'idea',
        entityId: idea.id,
        changes: diffFields(null, idea, AUDITED_FIELDS),
      });
      return toIdeaResponse(idea);
    });
  }

  /** Accept, park or decline (with a word) an idea; one that became a project stays as it is. */
  async triage(member: WorkspaceMember, id: string, input: TriageIdeaInput): Promise<IdeaResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findVisible(manager, member, id, true);
      if (before.projectId) {
        throw new ConflictException('This idea has already become a project');
      }
      const after: IdeaEntity = {
        ...before,
        status: input.outcome,
        triageNote: input.note ?? null,
        triagedById: member.userId,
        triagedAt: new Date(),
      };
      await manager.update(
        IdeaEntity,
        { id },
        {
          status: after.status,
          triageNote: after.triageNote,
          triagedById: after.triagedById,
          triagedAt: after.triagedAt,
        },
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'idea.triaged',
        entityType: 'idea',
        entityId: id,
        changes: diffFields(before, after, AUDITED_FIELDS),
      });
      return toIdeaResponse(await this.findVisible(manager, member, id));
    });
  }

  /**
   * Turns an idea (in the inbox, or accepted) into a planned project with its first tasks, all or
   * nothing: the project's description is the idea's notes, and the idea keeps the link.
   */
  async convert(
    member: WorkspaceMember,
    id: string,
    input: ConvertIdeaInput,
  ): Promise<IdeaConversionResponse> {
    if (!can(member, 'projects.manage')) {
      throw new ForbiddenException('Your role may not create projects');
    }
    return this.dataSource.transaction(async (manager) => {
      const idea = await this.findVisible(manager, member, id, true);
      if (idea.projectId) throw new ConflictException('This idea has already become a project');
      if (idea.status !== 'inbox' && idea.status !== 'accepted') {
        throw new ConflictException(
          `This idea is ${idea.status}: accept it before turning it into a project`,
        );
      }
      const firstTasks = input.tasks ?? [];
      const errors: FieldError[] = [];
      const client = await findUsableClient(manager, member, input.clientId, errors);
      if (client) await this.checkAssignees(manager, member, client.id, firstTasks, errors);
      if (errors.length > 0) throw new ValidationFailedException(errors);

      const project = await manager.save(
        manager.create(ProjectEntity, {
          workspaceId: member.workspaceId,
          clientId: input.clientId,
          name: input.projectName ?? idea.title.slice(0, 160).trim(),
          description: idea.notes,
          ownerId: member.userId,
          status: 'planned',
          startDate: null,
          dueDate: null,
          completedAt: null,
        }),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'project.created',
        entityType: 'project',
        entityId: project.id,
        changes: diffFields(null, { ...project, memberIds: [] }, PROJECT_AUDITED_FIELDS),
      });

      const tasks = await manager.save(
        firstTasks.map((task, index) =>
          manager.create(TaskEntity, {
            workspaceId: member.workspaceId,
            projectId: project.id,
            clientId: project.clientId,
            title: task.title,
            description: '',
            status: 'todo',
            priority: 'normal',
            assigneeId: task.assigneeId ?? null,
            createdById: member.userId,
            dueDate: task.dueDate ?? null,
            estimateMinutes: null,
            completedAt: null,
            position: TASK_POSITION_STEP * (index + 1),
            checklist: [],
            recurrence: null,
            processId: null,
            version: 1,
          }),
        ),
      );
      for (const task of tasks) {
        await this.audit.record(manager, {
          workspaceId: member.workspaceId,
          actorId: member.userId,
          action: 'task.created',
          entityType: 'task',
          entityId: task.id,
          changes: diffFields(null, task, TASK_AUDITED_FIELDS),
        });
      }

      const converted: Partial<IdeaEntity> = { status: 'accepted', projectId: project.id };
      if (idea.status === 'inbox') {
        Object.assign(converted, { triagedById: member.userId, triagedAt: new Date() });
      }
      await manager.update(IdeaEntity, { id }, converted);
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'idea.converted',
        entityType: 'idea',
        entityId: id,
        changes: diffFields(idea, { ...idea, ...converted }, AUDITED_FIELDS),
      });

      return {
        idea: toIdeaResponse(await this.findVisible(manager, member, id)),
        project: {
          id: project.id,
          clientId: project.clientId,
          name: project.name,
          status: project.status,
        },
        tasks: tasks.map((task) => ({
          id: task.id,
          title: task.title,
          assigneeId: task.assigneeId,
          dueDate: task.dueDate,
          status: task.status,
          position: task.position,
        })),
      };
    });
  }

  /** The idea when the member may see it; 404 otherwise. */
  private async findVisible(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
    lock = false,
  ): Promise<IdeaEntity> {
    const qb = this.visibleQuery(manager, member).andWhere('i.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const idea = await qb.getOne();
    if (!idea) throw new NotFoundException('Idea not found');
    return idea;
  }

  private visibleQuery(
    manager: EntityManager,
    member: WorkspaceMember,
  ): SelectQueryBuilder<IdeaEntity> {
    const visible = visibleIdeasCondition(member, 'i');
    return manager
      .getRepository(IdeaEntity)
      .createQueryBuilder('i')
      .where(visible.sql, visible.params);
  }

  /** Assignees must be active members whose client scope covers the client; in one query. */
  private async checkAssignees(
    manager: EntityManager,
    member: WorkspaceMember,
    clientId: string,
    tasks: NonNullable<ConvertIdeaInput['tasks']>,
    errors: FieldError[],
  ): Promise<void> {
    const wanted = [...new Set(tasks.flatMap((t) => (t.assigneeId ? [t.assigneeId] : [])))];
    if (wanted.length === 0) return;
    const rows = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .select('m.user_id', 'user_id')
      .where('m.workspace_id = :ws AND m.active', { ws: member.workspaceId })
      .andWhere('m.user_id = ANY(:wanted)', { wanted })
      .andWhere('(cardinality(m.client_ids) = 0 OR :clientId = ANY(m.client_ids))', { clientId })
      .getRawMany<{ user_id: string }>();
    const eligible = new Set(rows.map((row) => row.user_id));
    tasks.forEach((task, index) => {
      if (task.assigneeId && !eligible.has(task.assigneeId)) {
        errors.push({
          field: `tasks.${index}.assigneeId`,
          errors: ['assigneeId must be an active member who works for the client'],
        });
      }
    });
  }
}
