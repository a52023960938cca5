import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  can,
  type ProjectDetailResponse,
  type ProjectResponse,
  type ProjectStatus,
  type SourceIdea,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException, type FieldError } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { MembershipEntity } from '../workspaces/membership.entity';
import { TaskEntity } from '../tasks/task.entity';
import type {
  CreateProjectInput,
  ListProjectsQuery,
  UpdateProjectInput,
} from './dto/project.input';
import { toProjectResponse } from './dto/project.output';
import { ProjectMemberEntity } from './project-member.entity';
import { ProjectEntity } from './project.entity';
import { visibleProjectsCondition } from './project-visibility';
import { findUsableClient } from '../clients/usable-client';
import { IdeaEntity } from '../ideas/idea.entity';
import { visibleIdeasCondition } from '../ideas/idea-visibility';

/** A project as the audit trail sees it: its columns plus its member set. */
type AuditedProject = ProjectEntity & { memberIds: string[] };

const AUDITED_FIELDS = [
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
] as const satisfies readonly (keyof AuditedProject)[];

const EDITABLE_COLUMNS = [
  'clientId',
  'name',
  'description',
  'ownerId',
  'status',
  'startDate',
  'dueDate',
] as const satisfies readonly (keyof UpdateProjectInput & keyof ProjectEntity)[];

type ProjectColumns = Partial<
  Pick<ProjectEntity, (typeof EDITABLE_COLUMNS)[number] | 'completedAt'>
>;

/** The columns a PATCH sets: the fields it carries, `null` included (it clears). */
function toColumns(input: UpdateProjectInput): ProjectColumns {
  const columns: ProjectColumns = {};
  for (const field of EDITABLE_COLUMNS) {
    if (input[field] !== undefined) Object.assign(columns, { [field]: input[field] });
  }
  return columns;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The sort key of the last project of a page: due date (nulls last), name, id. */
type ProjectKey = [dueDate: string | null, name: string, id: string];

function decodeProjectCursor(cursor: string | undefined): ProjectKey | null {
  const key = decodeCursor(cursor, 3);
  if (!key) return null;
  const [dueDate, name, id] = key;
  if (
    (dueDate === null || (typeof dueDate === 'string' && CALENDAR_DATE.test(dueDate))) &&
    typeof name === 'string' &&
    typeof id === 'string' &&
    isUuid(id)
  ) {
    return [dueDate, name, id];
  }
  throw new ValidationFailedException([
    { field: 'cursor', errors: ['cursor is not one this API gave'] },
  ]);
}

/** Rows after `key` in the order `due_date ASC NULLS LAST, name, id`. */
function afterKey([dueDate, name, id]: ProjectKey): {
  sql: string;
  params: Record<string, unknown>;
} {
  const sameDueAfter = '(p.name > :afterName OR (p.name = :afterName AND p.id > :afterId))';
  const sql =
    dueDate === null
      ? `(p.due_date IS NULL AND ${sameDueAfter})`
      : `(p.due_date > :afterDue OR p.due_date IS NULL OR (p.due_date = :afterDue AND ${sameDueAfter}))`;
  return { sql, params: { afterDue: dueDate, afterName: name, afterId: id } };
}

/** `completedAt` follows the status: set on entering `done`, kept while done, cleared on leaving. */
function completedAtFor(
  before: Pick<ProjectEntity, 'status' | 'completedAt'> | null,
  status: ProjectStatus,
): Date | null {
  if (status !== 'done') return null;
  return before?.status === 'done' && before.completedAt ? before.completedAt : new Date();
}

function sorted(ids: readonly string[]): string[] {
  return [...ids].sort();
}

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Projects the member may view, by due date (undated last), name and id; archived ones only
   * when asked. One query for the page, two for its members and task counts.
   */
  async list(member: WorkspaceMember, query: ListProjectsQuery): Promise<Page<ProjectResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeProjectCursor(query.cursor);
    const qb = this.visibleQuery(this.dataSource.manager, member)
      .orderBy('p.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      // the client join is many-to-one, so LIMIT counts projects
      .limit(limit + 1);
    if (query.clientId) qb.andWhere('p.client_id = :clientId', { clientId: query.clientId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (!query.includeArchived) qb.andWhere('p.archived_at IS NULL');
    if (after) {
      const { sql, params } = afterKey(after);
      qb.andWhere(sql, params);
    }
    const page = toPage(
      await qb.getMany(),
      limit,
      (p): ProjectKey => [p.dueDate, p.name, p.id],
      (p) => p,
    );
    return {
      items: await this.toResponses(this.dataSource.manager, member, page.items),
      nextCursor: page.nextCursor,
    };
  }

  get(member: WorkspaceMember, id: string): Promise<ProjectDetailResponse> {
    return this.getWith(this.dataSource.manager, member, id);
  }

  async create(member: WorkspaceMember, input: CreateProjectInput): Promise<ProjectDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const status = input.status ?? 'planned';
      const ownerId = input.ownerId === undefined ? member.userId : input.ownerId;
      const memberIds = sorted(input.memberIds ?? []);
      const errors: FieldError[] = [];
      const client = await findUsableClient(manager, member, input.clientId, errors);
      if (client) {
        await this.checkPeople(manager, member, client.id, { ownerId, memberIds }, errors);
      }
      this.checkDates(input.startDate ?? null, input.dueDate ?? null, input, errors);
      if (errors.length > 0) throw new ValidationFailedException(errors);

      const project = await manager.save(
        manager.create(ProjectEntity, {
          workspaceId: member.workspaceId,
          clientId: input.clientId,
          name: input.name,
          description: input.description ?? '',
          ownerId,
          status,
          startDate: input.startDate ?? null,
          dueDate: input.dueDate ?? null,
          completedAt: completedAtFor(null, status),
        }),
      );
      await this.addMembers(manager, project.id, memberIds);
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'project.created',
        entityType: 'project',
        entityId: project.id,
        changes: diffFields<AuditedProject>(null, { ...project, memberIds }, AUDITED_FIELDS),
      });
      return this.getWith(manager, member, project.id);
    });
  }

  /**
   * Edits a project. Moving it to another client moves its tasks too (they carry a copy of the
   * client id); `memberIds` replaces the member set.
   */
  async update(
    member: WorkspaceMember,
    id: string,
    input: UpdateProjectInput,
  ): Promise<ProjectDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findVisible(manager, member, id, true);
      const beforeMemberIds = (await this.memberIdsOf(manager, [id])).get(id) ?? [];

      const columns = toColumns(input);
      const after = { ...before, ...columns };
      after.completedAt = completedAtFor(before, after.status);
      if (after.completedAt !== before.completedAt) columns.completedAt = after.completedAt;
      const afterMemberIds =
        input.memberIds === undefined ? beforeMemberIds : sorted(input.memberIds);

      const errors: FieldError[] = [];
      const clientMoved = after.clientId !== before.clientId;
      const clientOk =
        !clientMoved || (await findUsableClient(manager, member, after.clientId, errors)) !== null;
      if (clientOk) {
        // people already on the project are checked again only when the client changes
        await this.checkPeople(
          manager,
          member,
          after.clientId,
          {
            ownerId: clientMoved || after.ownerId !== before.ownerId ? after.ownerId : null,
            memberIds: clientMoved
              ? afterMemberIds
              : afterMemberIds.filter((userId) => !beforeMemberIds.includes(userId)),
          },
          errors,
        );
      }
      this.checkDates(after.startDate, after.dueDate, input, errors);
      if (errors.length > 0) throw new ValidationFailedException(errors);

      const changes = diffFields<AuditedProject>(
        { ...before, memberIds: beforeMemberIds },
        { ...after, memberIds: afterMemberIds },
        AUDITED_FIELDS,
      );
      if (Object.keys(changes).length === 0) return this.getWith(manager, member, id);

      await manager.update(ProjectEntity, { id }, columns);
      if (clientMoved) {
        await manager.update(TaskEntity, { projectId: id }, { clientId: after.clientId });
      }
      if (input.memberIds !== undefined) {
        const removed = beforeMemberIds.filter((userId) => !afterMemberIds.includes(userId));
        if (removed.length > 0) {
          await manager
            .createQueryBuilder()
            .delete()
            .from(ProjectMemberEntity)
            .where('project_id = :id AND user_id = ANY(:removed)', { id, removed })
            .execute();
        }
        await this.addMembers(
          manager,
          id,
          afterMemberIds.filter((userId) => !beforeMemberIds.includes(userId)),
        );
      }
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'project.updated',
        entityType: 'project',
        entityId: id,
        changes,
      });
      return this.getWith(manager, member, id);
    });
  }

  /** Archiving keeps the project and its history; it leaves the default lists. */
  async archive(member: WorkspaceMember, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const project = await this.findVisible(manager, member, id, true);
      if (project.archivedAt) return;
      const archivedAt = new Date();
      await manager.update(ProjectEntity, { id }, { archivedAt });
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'project.archived',
        entityType: 'project',
        entityId: id,
        changes: { archivedAt: { before: null, after: archivedAt.toISOString() } },
      });
    });
  }

  /** The project, with its client's id and name, when the member may view it; 404 otherwise. */
  async findVisible(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
    lock = false,
  ): Promise<ProjectEntity> {
    const qb = this.visibleQuery(manager, member).andWhere('p.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['p']);
    const project = await qb.getOne();
    if (!project) throw new NotFoundException('Project not found');
    return project;
  }

  /** Projects of the workspace the member may view, with their client's id and name. */
  private visibleQuery(
    manager: EntityManager,
    member: WorkspaceMember,
  ): SelectQueryBuilder<ProjectEntity> {
    const visible = visibleProjectsCondition(member, 'p');
    return manager
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .innerJoin('p.client', 'c')
      .addSelect(['c.id', 'c.name'])
      .where(visible.sql, visible.params);
  }

  /** One project's page: the list's fields plus the idea it came from (one more query). */
  private async getWith(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
  ): Promise<ProjectDetailResponse> {
    const [response] = await this.toResponses(manager, member, [
      await this.findVisible(manager, member, id),
    ]);
    return { ...response, sourceIdea: await this.sourceIdeaOf(manager, member, id) };
  }

  /**
   * The idea the project was made from, when the member may see it. VAs may not see ideas
   * (`ideas.view`), so they get null; a member limited to some clients sees only the ideas she
   * wrote, as in the idea inbox. Converting sets the link once, so there is at most one.
   */
  private async sourceIdeaOf(
    manager: EntityManager,
    member: WorkspaceMember,
    projectId: string,
  ): Promise<SourceIdea | null> {
    if (!can(member, 'ideas.view')) return null;
    const visible = visibleIdeasCondition(member, 'i');
    const idea = await manager
      .getRepository(IdeaEntity)
      .createQueryBuilder('i')
      .select(['i.id', 'i.title'])
      .where(visible.sql, visible.params)
      .andWhere('i.project_id = :projectId', { projectId })
      .orderBy('i.created_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(1)
      .getOne();
    return idea ? { id: idea.id, title: idea.title } : null;
  }

  /** Responses for projects loaded with their client: members and task counts in two queries. */
  private async toResponses(
    manager: EntityManager,
    member: WorkspaceMember,
    projects: ProjectEntity[],
  ): Promise<ProjectResponse[]> {
    if (projects.length === 0) return [];
    const ids = projects.map((p) => p.id);
    const memberIds = await this.memberIdsOf(manager, ids);
    const counts: { project_id: string; total: number; done: number }[] = await manager.query(
      `SELECT project_id, count(*)::int AS total,
              (count(*) FILTER (WHERE status = 'done'))::int AS done
         FROM tasks
        WHERE workspace_id = $1 AND project_id = ANY($2)
        GROUP BY project_id`,
      [member.workspaceId, ids],
    );
    const progress = new Map(counts.map((c) => [c.project_id, { total: c.total, done: c.done }]));
    return projects.map((p) =>
      toProjectResponse(p, {
        clientName: p.client.name,
        memberIds: memberIds.get(p.id) ?? [],
        progress: progress.get(p.id) ?? { total: 0, done: 0 },
      }),
    );
  }

  /** User ids of the members of each project, sorted. */
  private async memberIdsOf(
    manager: EntityManager,
    projectIds: string[],
  ): Promise<Map<string, string[]>> {
    const rows: { project_id: string; member_ids: string[] }[] = await manager.query(
      `SELECT project_id, array_agg(user_id ORDER BY user_id) AS member_ids
         FROM project_members
        WHERE project_id = ANY($1)
        GROUP BY project_id`,
      [projectIds],
    );
    return new Map(rows.map((r) => [r.project_id, r.member_ids]));
  }

  private async addMembers(
    manager: EntityManager,
    projectId: string,
    userIds: string[],
  ): Promise<void> {
    if (userIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProjectMemberEntity)
      .values(userIds.map((userId) => ({ projectId, userId })))
      .orIgnore()
      .execute();
  }

  /** Owner and members must be active members of the workspace who may see the client. */
  private async checkPeople(
    manager: EntityManager,
    member: WorkspaceMember,
    clientId: string,
    people: { ownerId: string | null; memberIds: string[] },
    errors: FieldError[],
  ): Promise<void> {
    const wanted = [...new Set([...(people.ownerId ? [people.ownerId] : []), ...people.memberIds])];
    if (wanted.length === 0) return;
    const rows = await manager
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .select('m.user_id', 'user_id')
      .where('m.workspace_id = :ws AND m.active', { ws: member.workspaceId })
      .andWhere('m.user_id = ANY(:wanted)', { wanted })
      .andWhere('(cardinality(m.client_ids) = 0 OR :clientId = ANY(m.client_ids))', { clientId })
      .getRawMany<{ user_id: string }>();
    const eligible = new Set(rows.map((r) => r.user_id));
    if (people.ownerId && !eligible.has(people.ownerId)) {
      errors.push({
        field: 'ownerId',
        errors: ['ownerId must be an active member of the workspace who can see the client'],
      });
    }
    const strangers = people.memberIds.filter((userId) => !eligible.has(userId));
    if (strangers.length > 0) {
      errors.push({
        field: 'memberIds',
        errors: [
          `memberIds must be active members of the workspace who can see the client: ${strangers.join(', ')}`,
        ],
      });
    }
  }

  /** A project cannot be due before it starts; the error names the date the caller sent. */
  private checkDates(
    startDate: string | null,
    dueDate: string | null,
    input: Pick<UpdateProjectInput, 'dueDate'>,
    errors: FieldError[],
  ): void {
    if (startDate === null || dueDate === null || startDate <= dueDate) return;
    const field = input.dueDate !== undefined ? 'dueDate' : 'startDate';
    errors.push({ field, errors: ['startDate must be on or before dueDate'] });
  }
}
