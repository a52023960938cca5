import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  canDecide,
  canEditDecision,
  inClientScope,
  type DecisionDetailResponse,
  type DecisionDomain,
  type DecisionLinkResponse,
  type DecisionLinkType,
  type DecisionResponse,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { ValidationFailedException, type FieldError } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { createdAtKeySql, decodeCreatedAtCursor, olderThan } from '../audit/created-at-cursor';
import { ClientEntity } from '../clients/client.entity';
import { ProjectEntity } from '../projects/project.entity';
import { visibleProjectsCondition } from '../projects/project-visibility';
import { TaskEntity } from '../tasks/task.entity';
import { DecisionLinkEntity } from './decision-link.entity';
import { DecisionEntity } from './decision.entity';
import type {
  CreateDecisionInput,
  CreateDecisionLinkInput,
  DecideInput,
  ListDecisionsQuery,
  UpdateDecisionInput,
} from './dto/decision.input';
import { toDecisionResponse } from './dto/decision.output';

const AUDITED_FIELDS = [
  'clientId',
  'title',
  'context',
  'options',
  'domain',
  'status',
  'decidedById',
  'decidedAt',
  'rationale',
  'supersedesId',
] as const satisfies readonly (keyof DecisionEntity)[];

type EditableFields = Pick<
  DecisionEntity,
  'title' | 'context' | 'options' | 'domain' | 'clientId' | 'supersedesId'
>;

/**
 * The decision register. Visibility: every member sees the decisions of their client scope; a
 * decision without a client concerns the whole business, so members limited to some clients
 * (a client's portal) do not see it.
 */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first, filtered by status and domain. */
  async list(member: WorkspaceMember, query: ListDecisionsQuery): Promise<Page<DecisionResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCreatedAtCursor(query.cursor);
    const qb = this.visibleQuery(this.dataSource.manager, member)
      .addSelect(createdAtKeySql('d'), 'cursor_at')
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(limit + 1);
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.domain) qb.andWhere('d.domain = :domain', { domain: query.domain });
    if (after) {
      const older = olderThan('d', after);
      qb.andWhere(older.sql, older.params);
    }
    const { entities, raw } = await qb.getRawAndEntities<{ d_id: string; cursor_at: string }>();
    const cursorAt = new Map(raw.map((row) => [row.d_id, row.cursor_at]));
    const page = toPage(
      entities,
      limit,
      (d) => [cursorAt.get(d.id) ?? null, d.id],
      (d) => d,
    );
    const supersededBy = await this.supersededByOf(
      this.dataSource.manager,
      member,
      page.items.map((d) => d.id),
    );
    return {
      items: page.items.map((d) => toDecisionResponse(d, supersededBy.get(d.id) ?? null)),
      nextCursor: page.nextCursor,
    };
  }

  get(member: WorkspaceMember, id: string): Promise<DecisionDetailResponse> {
    return this.detail(this.dataSource.manager, member, id);
  }

  async create(
    member: WorkspaceMember,
    input: CreateDecisionInput,
  ): Promise<DecisionDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const fields: EditableFields = {
        title: input.title,
        context: input.context ?? '',
        options: input.options ?? [],
        domain: input.domain,
        clientId: input.clientId ?? null,
        supersedesId: input.supersedesId ?? null,
      };
      await this.checkFields(manager, member, null, fields);
      const decision = await manager.save(
        manager.create(DecisionEntity, {
          ...fields,
          workspaceId: member.workspaceId,
          status: 'proposed',
          proposedById: member.userId,
        }),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'decision.proposed',
        entityType: 'decision',
        entityId: decision.id,
        changes: diffFields(null, decision, AUDITED_FIELDS),
      });
      return this.detail(manager, member, decision.id);
    });
  }

  /** Edits a proposal; a decided or rejected record never changes (409). */
  async update(
    member: WorkspaceMember,
    id: string,
    input: UpdateDecisionInput,
  ): Promise<DecisionDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findVisible(manager, member, id, true);
      if (!canEditDecision(member, before)) {
        throw new ForbiddenException(
          'Only its proposer, a founder or an ops director may edit a proposal',
        );
      }
      assertProposed(before);
      const fields: EditableFields = {
        title: input.title ?? before.title,
        context: input.context ?? before.context,
        options: input.options ?? before.options,
        domain: input.domain ?? before.domain,
        clientId: input.clientId !== undefined ? input.clientId : before.clientId,
        supersedesId: input.supersedesId !== undefined ? input.supersedesId : before.supersedesId,
      };
      const changes = diffFields(before, { ...before, ...fields }, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return this.detail(manager, member, id);
      await this.checkFields(manager, member, before, fields);
      await manager.update(DecisionEntity, { id }, fields);
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'decision.updated',
        entityType: 'decision',
        entityId: id,
        changes,
      });
      return this.detail(manager, member, id);
    });
  }

  /**
   * Decides or rejects a proposal: `operations` by the ops director (the founder only while the
   * workspace has no active one), `strategy` by the founder. Deciding a decision that supersedes
   * another makes it the replacement of record.
   */
  async decide(
    member: WorkspaceMember,
    id: string,
    input: DecideInput,
  ): Promise<DecisionDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findVisible(manager, member, id, true);
      if (!canDecide(member, before.domain, await this.hasActiveOpsDirector(manager, member))) {
        throw new ForbiddenException(whoDecides(before.domain));
      }
      assertProposed(before);
      if (input.outcome === 'decided' && before.supersedesId) {
        await this.assertNotSuperseded(manager, before.supersedesId, id);
      }
      const after = {
        status: input.outcome,
        decidedById: member.userId,
        decidedAt: new Date(),
        rationale: input.rationale ?? null,
      };
      await manager.update(DecisionEntity, { id }, after);
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: `decision.${input.outcome}`,
        entityType: 'decision',
        entityId: id,
        changes: diffFields(before, after, AUDITED_FIELDS),
      });
      return this.detail(manager, member, id);
    });
  }

  /**
   * Links a project or task that carries the decision out. Links are not part of the decided
   * record: they can be added and removed whatever the decision's status.
   */
  async link(
    member: WorkspaceMember,
    id: string,
    input: CreateDecisionLinkInput,
  ): Promise<DecisionLinkResponse> {
    return this.dataSource.transaction(async (manager) => {
      const decision = await this.findVisible(manager, member, id, true);
      const target = await this.findTarget(manager, member, input.entityType, input.entityId);
      if (decision.clientId && target.clientId !== decision.clientId) {
        throw new ValidationFailedException([
          {
            field: 'entityId',
            errors: [`entityId must be a ${input.entityType} of the decision's client`],
          },
        ]);
      }
      const key = { decisionId: id, entityType: input.entityType, entityId: input.entityId };
      if (await manager.existsBy(DecisionLinkEntity, key)) {
        throw new ConflictException(`This ${input.entityType} is already linked to the decision`);
      }
      await manager.insert(DecisionLinkEntity, key);
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'decision.linked',
        entityType: 'decision',
        entityId: id,
        changes: {
          link: { before: null, after: { entityType: input.entityType, entityId: input.entityId } },
        },
      });
      return { entityType: input.entityType, entityId: input.entityId, title: target.title };
    });
  }

  async unlink(
    member: WorkspaceMember,
    id: string,
    entityType: DecisionLinkType,
    entityId: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.findVisible(manager, member, id, true);
      const result = await manager.delete(DecisionLinkEntity, {
        decisionId: id,
        entityType,
        entityId,
      });
      if (!result.affected) throw new NotFoundException('Link not found');
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'decision.unlinked',
        entityType: 'decision',
        entityId: id,
        changes: { link: { before: { entityType, entityId }, after: null } },
      });
    });
  }

  /** The decision when it is in the workspace and visible to the member; 404 otherwise. */
  private async findVisible(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
    lock = false,
  ): Promise<DecisionEntity> {
    const qb = this.visibleQuery(manager, member).andWhere('d.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const decision = await qb.getOne();
    if (!decision) throw new NotFoundException('Decision not found');
    return decision;
  }

  private visibleQuery(
    manager: EntityManager,
    member: WorkspaceMember,
  ): SelectQueryBuilder<DecisionEntity> {
    const qb = manager
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .where('d.workspace_id = :ws', { ws: member.workspaceId });
    // NULL = ANY(...) is never true: business-wide decisions stay hidden from scoped members
    if (member.clientIds.length > 0)
      qb.andWhere('d.client_id = ANY(:scope)', { scope: member.clientIds });
    return qb;
  }

  private async detail(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
  ): Promise<DecisionDetailResponse> {
    const decision = await this.findVisible(manager, member, id);
    const supersededBy = await this.supersededByOf(manager, member, [id]);
    return {
      ...toDecisionResponse(decision, supersededBy.get(id) ?? null),
      links: await this.linksOf(manager, member, id),
    };
  }

  /** For each decision, the visible decided decision that supersedes it, in one query. */
  private async supersededByOf(
    manager: EntityManager,
    member: WorkspaceMember,
    ids: string[],
  ): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.visibleQuery(manager, member)
      .select('d.id', 'id')
      .addSelect('d.supersedes_id', 'supersedes_id')
      .andWhere('d.supersedes_id = ANY(:ids)', { ids })
      .andWhere(`d.status = 'decided'`)
      .getRawMany<{ id: string; supersedes_id: string }>();
    return new Map(rows.map((row) => [row.supersedes_id, row.id]));
  }

  /** Links to the projects and tasks the member may view, with their names; in one query. */
  private async linksOf(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
  ): Promise<DecisionLinkResponse[]> {
    const project = visibleProjectsCondition(member, 'p');
    const taskProject = visibleProjectsCondition(member, 'tp');
    const rows = await manager
      .createQueryBuilder()
      .select('l.entity_type', 'entityType')
      .addSelect('l.entity_id', 'entityId')
      .addSelect('COALESCE(p.name, t.title)', 'title')
      .from(DecisionLinkEntity, 'l')
      .leftJoin(ProjectEntity, 'p', `l.entity_type = 'project' AND p.id = l.entity_id`)
      .leftJoin(TaskEntity, 't', `l.entity_type = 'task' AND t.id = l.entity_id`)
      .leftJoin(ProjectEntity, 'tp', 'tp.id = t.project_id')
      .where('l.decision_id = :id', { id })
      .andWhere(
        `((p.id IS NOT NULL AND ${project.sql}) OR (t.id IS NOT NULL AND ${taskProject.sql}))`,
        { ...project.params, ...taskProject.params },
      )
      .orderBy('l.entity_type', 'ASC')
      .addOrderBy('title', 'ASC')
      .getRawMany<DecisionLinkResponse>();
    return rows.map((row) => ({
      entityType: row.entityType,
      entityId: row.entityId,
      title: row.title,
    }));
  }

  /** A project, or a task, that the member may view; 404 otherwise. */
  private async findTarget(
    manager: EntityManager,
    member: WorkspaceMember,
    entityType: DecisionLinkType,
    entityId: string,
  ): Promise<{ clientId: string; title: string }> {
    const visible = visibleProjectsCondition(member, 'p');
    const qb =
      entityType === 'project'
        ? manager
            .createQueryBuilder(ProjectEntity, 'p')
            .select('p.client_id', 'clientId')
            .addSelect('p.name', 'title')
            .where('p.id = :entityId', { entityId })
        : manager
            .createQueryBuilder(TaskEntity, 't')
            .innerJoin(ProjectEntity, 'p', 'p.id = t.project_id')
            .select('t.client_id', 'clientId')
            .addSelect('t.title', 'title')
            .where('t.id = :entityId', { entityId });
    const target = await qb
      .andWhere(visible.sql, visible.params)
      .getRawOne<{ clientId: string; title: string }>();
    if (!target) {
      throw new NotFoundException(
        entityType === 'project' ? 'Project not found' : 'Task not found',
      );
    }
    return target;
  }

  /** The client and the superseded decision, as the member may set them (400, or 409). */
  private async checkFields(
    manager: EntityManager,
    member: WorkspaceMember,
    before: DecisionEntity | null,
    fields: EditableFields,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (fields.clientId === null) {
      if (member.clientIds.length > 0) {
        errors.push({
          field: 'clientId',
          errors: ['clientId is required of a member limited to some clients'],
        });
      }
    } else if (fields.clientId !== before?.clientId) {
      const client = await manager.findOne(ClientEntity, {
        where: { id: fields.clientId, workspaceId: member.workspaceId },
      });
      if (!client || !inClientScope(member, client.id)) {
        errors.push({ field: 'clientId', errors: ['clientId is not a client you can see'] });
      } else if (client.archivedAt) {
        errors.push({ field: 'clientId', errors: ['clientId is an archived client'] });
      }
    }
    const supersedesChanged =
      fields.supersedesId !== before?.supersedesId || fields.domain !== before?.domain;
    if (fields.supersedesId !== null && supersedesChanged) {
      const superseded = await this.visibleQuery(manager, member)
        .andWhere('d.id = :supersedesId', { supersedesId: fields.supersedesId })
        .getOne();
      const problem = !superseded
        ? 'supersedesId is not a decision you can see'
        : superseded.status !== 'decided'
          ? 'supersedesId must be a decided decision'
          : superseded.domain !== fields.domain
            ? `supersedesId must be a decision of the same domain (${fields.domain})`
            : null;
      if (problem) errors.push({ field: 'supersedesId', errors: [problem] });
      else await this.assertNotSuperseded(manager, fields.supersedesId, before?.id ?? null);
    }
    if (errors.length > 0) throw new ValidationFailedException(errors);
  }

  /**
   * A decision is replaced once: 409 when another decided decision already supersedes it.
   * Locks the superseded row so two replacements cannot be decided at the same time.
   */
  private async assertNotSuperseded(
    manager: EntityManager,
    supersededId: string,
    replacementId: string | null,
  ): Promise<void> {
    await manager
      .createQueryBuilder(DecisionEntity, 'd')
      .select('d.id')
      .where('d.id = :supersededId', { supersededId })
      .setLock('pessimistic_write')
      .getOne();
    const qb = manager
      .createQueryBuilder(DecisionEntity, 'd')
      .where('d.supersedes_id = :supersededId', { supersededId })
      .andWhere(`d.status = 'decided'`);
    if (replacementId) qb.andWhere('d.id <> :replacementId', { replacementId });
    if (await qb.getExists()) {
      throw new ConflictException('That decision has already been superseded by another one');
    }
  }

  private async hasActiveOpsDirector(
    manager: EntityManager,
    member: WorkspaceMember,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM memberships
        WHERE workspace_id = $1 AND role = 'ops_director' AND active LIMIT 1`,
      [member.workspaceId],
    );
    return rows.length > 0;
  }
}

function assertProposed(decision: DecisionEntity): void {
  if (decision.status !== 'proposed') {
    throw new ConflictException(
      `This decision is ${decision.status}: a decided record never changes; propose a new decision that supersedes it`,
    );
  }
}

function whoDecides(domain: DecisionDomain): string {
  return domain === 'operations'
    ? 'Operations decisions are decided by the ops director (by the founder only while the workspace has none)'
    : 'Strategy decisions are decided by the founder';
}
