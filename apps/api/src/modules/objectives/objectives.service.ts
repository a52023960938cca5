import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { can, type AuditChanges, type ObjectiveResponse } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException, type FieldError } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { SqlParams } from '../time-entries/sql-params';
import type {
  CreateObjectiveInput,
  ListObjectivesQuery,
  UpdateObjectiveInput,
} from './dto/objective.input';
import { toObjectiveResponse, type KeyResultRow, type ObjectiveRow } from './dto/objective.output';
import { KeyResultEntity } from './key-result.entity';
import { planKeyResults, type StoredKeyResult } from './key-result-plan';
import { ObjectiveEntity } from './objective.entity';

const AUDITED_FIELDS = [
  'title',
  'periodStart',
  'periodEnd',
  'ownerId',
] as const satisfies readonly (keyof ObjectiveEntity)[];

const OBJECTIVE_SELECT = `
  SELECT o.id, o.workspace_id, o.title,
         to_char(o.period_start, 'YYYY-MM-DD') AS period_start,
         to_char(o.period_end, 'YYYY-MM-DD') AS period_end,
         o.owner_id, u.name AS owner_name, o.created_at, o.updated_at
    FROM objectives o
    LEFT JOIN users u ON u.id = o.owner_id`;

/** Key results as the audit trail shows them. */
function auditedKeyResults(keyResults: readonly StoredKeyResult[]) {
  return [...keyResults]
    .sort((a, b) => a.position - b.position)
    .map(({ id, title, start, target, current }) => ({ id, title, start, target, current }));
}

/**
 * Objectives and their key results (OKRs). Everyone views them; founders and ops directors
 * create and edit them; an OBM updates the progress (`current`) of key results, nothing else.
 */
@Injectable()
export class ObjectivesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The latest periods first; `from`/`to` keep the objectives overlapping `[from, to)`. */
  async list(
    member: WorkspaceMember,
    query: ListObjectivesQuery,
  ): Promise<Page<ObjectiveResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const p = new SqlParams();
    const where = [`o.workspace_id = ${p.add(member.workspaceId)}`];
    if (query.from && query.to && query.from >= query.to) {
      throw new ValidationFailedException([{ field: 'to', errors: ['to must be after from'] }]);
    }
    if (query.from) where.push(`o.period_end >= ${p.add(query.from)}::date`);
    if (query.to) where.push(`o.period_start < ${p.add(query.to)}::date`);
    if (after) {
      const [periodStart, id] = after;
      if (typeof periodStart !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(periodStart)) {
        throw invalidCursor();
      }
      if (typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
      where.push(`(o.period_start, o.id) < (${p.add(periodStart)}::date, ${p.add(id)}::uuid)`);
    }
    const rows = (await this.dataSource.query(
      `${OBJECTIVE_SELECT}
        WHERE ${where.join(' AND ')}
        ORDER BY o.period_start DESC, o.id DESC
        LIMIT ${p.add(limit + 1)}`,
      p.values,
    )) as ObjectiveRow[];
    const keyResults = await this.keyResultsOf(
      this.dataSource.manager,
      rows.slice(0, limit).map((row) => row.id),
    );
    return toPage(
      rows,
      limit,
      (row) => [row.period_start, row.id],
      (row) => toObjectiveResponse(row, keyResults.get(row.id) ?? []),
    );
  }

  async get(member: WorkspaceMember, id: string): Promise<ObjectiveResponse> {
    return this.read(this.dataSource.manager, member, id);
  }

  async create(member: WorkspaceMember, input: CreateObjectiveInput): Promise<ObjectiveResponse> {
    assertPeriod(input.periodStart, input.periodEnd);
    const ownerId = input.ownerId === undefined ? member.userId : input.ownerId;
    return this.dataSource.transaction(async (manager) => {
      if (ownerId !== null) await this.assertMember(manager, member, ownerId);
      const objective = await manager.save(
        manager.create(ObjectiveEntity, {
          workspaceId: member.workspaceId,
          title: input.title,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          ownerId,
        }),
      );
      const keyResults = await manager.save(
        (input.keyResults ?? []).map((kr, position) =>
          manager.create(KeyResultEntity, {
            ...kr,
            position,
            objectiveId: objective.id,
            workspaceId: member.workspaceId,
          }),
        ),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'objective.created',
        entityType: 'objective',
        entityId: objective.id,
        changes: {
          ...diffFields(null, objective, AUDITED_FIELDS),
          keyResults: { before: [], after: auditedKeyResults(keyResults) },
        },
      });
      return this.read(manager, member, objective.id);
    });
  }

  /**
   * A PATCH: 400 for malformed key results or a period that ends before it starts; 403 when a
   * member who may only update progress changes anything but `current`.
   */
  async update(
    member: WorkspaceMember,
    id: string,
    input: UpdateObjectiveInput,
  ): Promise<ObjectiveResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(ObjectiveEntity, {
        where: { id, workspaceId: member.workspaceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) throw new NotFoundException('Objective not found');
      const existing = await manager.find(KeyResultEntity, {
        where: { objectiveId: id },
        order: { position: 'ASC', createdAt: 'ASC' },
      });
      const plan = input.keyResults ? planKeyResults(existing, input.keyResults) : null;
      if (plan && plan.errors.length > 0) throw new ValidationFailedException(plan.errors);
      const after: ObjectiveEntity = {
        ...before,
        title: input.title ?? before.title,
        periodStart: input.periodStart ?? before.periodStart,
        periodEnd: input.periodEnd ?? before.periodEnd,
        ownerId: input.ownerId === undefined ? before.ownerId : input.ownerId,
      };
      assertPeriod(after.periodStart, after.periodEnd);
      const changes: AuditChanges = diffFields(before, after, AUDITED_FIELDS);
      const structural = Object.keys(changes).length > 0 || (plan?.structural ?? false);
      if (structural && !can(member, 'objectives.manage')) {
        throw new ForbiddenException(
          'Your role may only update the current value of existing key results',
        );
      }
      if (changes.ownerId && after.ownerId !== null) {
        await this.assertMember(manager, member, after.ownerId);
      }
      if (Object.keys(changes).length > 0) await manager.save(ObjectiveEntity, after);
      if (plan?.changed) {
        await this.applyKeyResults(manager, member, id, plan);
        const now = await manager.find(KeyResultEntity, { where: { objectiveId: id } });
        changes.keyResults = {
          before: auditedKeyResults(existing),
          after: auditedKeyResults(now),
        };
        // the objective changed through its key results
        await manager.update(ObjectiveEntity, { id }, { updatedAt: new Date() });
      }
      if (Object.keys(changes).length > 0) {
        await this.audit.record(manager, {
          workspaceId: member.workspaceId,
          actorId: member.userId,
          action: 'objective.updated',
          entityType: 'objective',
          entityId: id,
          changes,
        });
      }
      return this.read(manager, member, id);
    });
  }

  /** The objective and its key results, in one transaction; the audit keeps what they were. */
  async remove(member: WorkspaceMember, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(ObjectiveEntity, {
        where: { id, workspaceId: member.workspaceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) throw new NotFoundException('Objective not found');
      const keyResults = await manager.find(KeyResultEntity, { where: { objectiveId: id } });
      await manager.delete(KeyResultEntity, { objectiveId: id });
      await manager.delete(ObjectiveEntity, { id, workspaceId: member.workspaceId });
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'objective.deleted',
        entityType: 'objective',
        entityId: id,
        changes: {
          ...diffFields(before, null, AUDITED_FIELDS),
          keyResults: { before: auditedKeyResults(keyResults), after: [] },
        },
      });
    });
  }

  private async applyKeyResults(
    manager: EntityManager,
    member: WorkspaceMember,
    objectiveId: string,
    plan: ReturnType<typeof planKeyResults>,
  ): Promise<void> {
    if (plan.deletedIds.length > 0) {
      await manager.delete(KeyResultEntity, { id: In(plan.deletedIds), objectiveId });
    }
    for (const { id, ...values } of plan.updated) {
      await manager.update(KeyResultEntity, { id, objectiveId }, values);
    }
    if (plan.created.length > 0) {
      await manager.insert(
        KeyResultEntity,
        plan.created.map((values) => ({
          ...values,
          objectiveId,
          workspaceId: member.workspaceId,
        })),
      );
    }
  }

  private async read(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
  ): Promise<ObjectiveResponse> {
    const [row] = (await manager.query(
      `${OBJECTIVE_SELECT} WHERE o.id = $1 AND o.workspace_id = $2`,
      [id, member.workspaceId],
    )) as ObjectiveRow[];
    if (!row) throw new NotFoundException('Objective not found');
    const keyResults = await this.keyResultsOf(manager, [id]);
    return toObjectiveResponse(row, keyResults.get(id) ?? []);
  }

  /** The key results of the objectives, in order, in one query. */
  private async keyResultsOf(
    manager: EntityManager,
    objectiveIds: readonly string[],
  ): Promise<Map<string, KeyResultRow[]>> {
    const byObjective = new Map<string, KeyResultRow[]>();
    if (objectiveIds.length === 0) return byObjective;
    const rows = (await manager.query(
      `SELECT id, objective_id, title, start, target, current, position
         FROM key_results
        WHERE objective_id = ANY($1::uuid[])
        ORDER BY position, created_at, id`,
      [objectiveIds],
    )) as KeyResultRow[];
    for (const row of rows) {
      const list = byObjective.get(row.objective_id) ?? [];
      list.push(row);
      byObjective.set(row.objective_id, list);
    }
    return byObjective;
  }

  /** An owner must be an active member of the workspace: 400 on the field otherwise. */
  private async assertMember(
    manager: EntityManager,
    member: WorkspaceMember,
    userId: string,
  ): Promise<void> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM memberships WHERE workspace_id = $1 AND user_id = $2 AND active',
      [member.workspaceId, userId],
    );
    if (rows.length === 0) {
      throw new ValidationFailedException([
        { field: 'ownerId', errors: ['ownerId must be an active member of this workspace'] },
      ]);
    }
  }
}

function assertPeriod(periodStart: string, periodEnd: string): void {
  if (periodEnd < periodStart) {
    const error: FieldError = {
      field: 'periodEnd',
      errors: ['periodEnd must not be before periodStart'],
    };
    throw new ValidationFailedException([error]);
  }
}

function invalidCursor(): ValidationFailedException {
  return new ValidationFailedException([
    { field: 'cursor', errors: ['cursor is not one this API gave'] },
  ]);
}
