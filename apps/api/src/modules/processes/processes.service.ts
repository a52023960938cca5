import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import {
  diffLines,
  type ProcessDiffResponse,
  type ProcessResponse,
  type ProcessSuggestionResponse,
  type ProcessSummaryResponse,
  type ProcessVersionResponse,
  type ProcessVersionSummaryResponse,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import {
  decodeCursor,
  DEFAULT_LIMIT,
  toPage,
  type Page,
  type PageQuery,
} from '../../common/http/pagination';
import { isUuid } from '../../common/http/uuid';
import { ValidationFailedException } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { createdAtKeySql, decodeCreatedAtCursor, olderThan } from '../audit/created-at-cursor';
import { NotificationEntity } from '../notifications/notification.entity';
import { MembershipEntity } from '../workspaces/membership.entity';
import type {
  CreateProcessInput,
  CreateSuggestionInput,
  ListProcessesQuery,
  ProcessDiffQuery,
  UpdateProcessInput,
} from './dto/process.input';
import {
  toProcessResponse,
  toProcessSuggestionResponse,
  toProcessSummaryResponse,
  toProcessVersionResponse,
  toProcessVersionSummaryResponse,
} from './dto/process.output';
import { ProcessSuggestionEntity } from './process-suggestion.entity';
import { ProcessVersionEntity } from './process-version.entity';
import { ProcessEntity } from './process.entity';

/** The body's history lives in process_versions; the audit trail records the version number. */
const AUDITED_FIELDS = [
  'title',
  'category',
  'ownerId',
  'version',
] as const satisfies readonly (keyof ProcessEntity)[];

/** `%`, `_` and `\` match themselves in a search. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, '\\$&')}%`;
}

function invalidCursor(): ValidationFailedException {
  return new ValidationFailedException([
    { field: 'cursor', errors: ['cursor is not one this API gave'] },
  ]);
}

/**
 * The process library (SOPs): every member reads it, founders, ops directors and OBMs write it.
 * Every save is a new version, kept with its author and date.
 */
@Injectable()
export class ProcessesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Processes by title, without their bodies; archived ones are left out. */
  async list(
    member: WorkspaceMember,
    query: ListProcessesQuery,
  ): Promise<Page<ProcessSummaryResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(ProcessEntity)
      .createQueryBuilder('p')
      .where('p.workspace_id = :ws AND p.archived_at IS NULL', { ws: member.workspaceId })
      .orderBy('p.title', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    if (query.category) qb.andWhere('p.category = :category', { category: query.category });
    if (query.q) {
      qb.andWhere('(p.title ILIKE :q OR p.body ILIKE :q)', { q: likePattern(query.q) });
    }
    if (after) {
      const [title, id] = after;
      if (typeof title !== 'string' || typeof id !== 'string' || !isUuid(id)) {
        throw invalidCursor();
      }
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.title > :afterTitle', { afterTitle: title })
            .orWhere('p.title = :afterTitle AND p.id > :afterId', { afterId: id }),
        ),
      );
    }
    return toPage(await qb.getMany(), limit, (p) => [p.title, p.id], toProcessSummaryResponse);
  }

  async get(member: WorkspaceMember, id: string): Promise<ProcessResponse> {
    return toProcessResponse(await this.findInWorkspace(this.dataSource.manager, member, id));
  }

  async create(member: WorkspaceMember, input: CreateProcessInput): Promise<ProcessResponse> {
    return this.dataSource.transaction(async (manager) => {
      const ownerId = input.ownerId === undefined ? member.userId : input.ownerId;
      if (ownerId) await this.assertActiveMember(manager, member, ownerId);
      const process = await manager.save(
        manager.create(ProcessEntity, {
          workspaceId: member.workspaceId,
          title: input.title,
          category: input.category ?? null,
          body: input.body,
          ownerId,
          version: 1,
        }),
      );
      await this.saveVersion(manager, member, process);
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'process.created',
        entityType: 'process',
        entityId: process.id,
        changes: diffFields(null, process, AUDITED_FIELDS),
      });
      return toProcessResponse(process);
    });
  }

  /**
   * Saves a new version. Optimistic locking: the change applies only to the version the caller
   * read, in one conditional UPDATE; a writer who saved in between turns it into a 409.
   */
  async update(
    member: WorkspaceMember,
    id: string,
    input: UpdateProcessInput,
  ): Promise<ProcessResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findInWorkspace(manager, member, id);
      if (before.version !== input.version) throw staleVersion(before.version);
      const changes: Partial<ProcessEntity> = {};
      if (input.title !== undefined && input.title !== before.title) changes.title = input.title;
      if (input.body !== undefined && input.body !== before.body) changes.body = input.body;
      if (input.category !== undefined && input.category !== before.category) {
        changes.category = input.category;
      }
      if (input.ownerId !== undefined && input.ownerId !== before.ownerId) {
        if (input.ownerId) await this.assertActiveMember(manager, member, input.ownerId);
        changes.ownerId = input.ownerId;
      }
      if (Object.keys(changes).length === 0) return toProcessResponse(before);
      const result = await manager
        .createQueryBuilder()
        .update(ProcessEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (result.affected !== 1) {
        const current = await this.findInWorkspace(manager, member, id);
        throw staleVersion(current.version);
      }
      const after = await manager.findOneByOrFail(ProcessEntity, { id });
      await this.saveVersion(manager, member, after);
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'process.updated',
        entityType: 'process',
        entityId: id,
        changes: diffFields(before, after, AUDITED_FIELDS),
      });
      return toProcessResponse(after);
    });
  }

  /** The saved versions, newest first, without their bodies. */
  async versions(
    member: WorkspaceMember,
    id: string,
    query: PageQuery,
  ): Promise<Page<ProcessVersionSummaryResponse>> {
    await this.findInWorkspace(this.dataSource.manager, member, id);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 1);
    const qb = this.dataSource
      .getRepository(ProcessVersionEntity)
      .createQueryBuilder('v')
      .where('v.process_id = :id', { id })
      .orderBy('v.version', 'DESC')
      .limit(limit + 1);
    if (after) {
      const [version] = after;
      if (typeof version !== 'number' || !Number.isInteger(version)) throw invalidCursor();
      qb.andWhere('v.version < :afterVersion', { afterVersion: version });
    }
    return toPage(await qb.getMany(), limit, (v) => [v.version], toProcessVersionSummaryResponse);
  }

  async version(
    member: WorkspaceMember,
    id: string,
    version: number,
  ): Promise<ProcessVersionResponse> {
    await this.findInWorkspace(this.dataSource.manager, member, id);
    const found = await this.dataSource.manager.findOneBy(ProcessVersionEntity, {
      processId: id,
      version,
    });
    if (!found) throw new NotFoundException(`Version ${version} not found`);
    return toProcessVersionResponse(found);
  }

  /** A line diff of the bodies of two versions, from `from` to `to`. */
  async diff(
    member: WorkspaceMember,
    id: string,
    query: ProcessDiffQuery,
  ): Promise<ProcessDiffResponse> {
    await this.findInWorkspace(this.dataSource.manager, member, id);
    const found = await this.dataSource
      .getRepository(ProcessVersionEntity)
      .createQueryBuilder('v')
      .where('v.process_id = :id AND v.version IN (:from, :to)', {
        id,
        from: query.from,
        to: query.to,
      })
      .getMany();
    const bodyOf = (version: number): string => {
      const row = found.find((v) => v.version === version);
      if (!row) throw new NotFoundException(`Version ${version} not found`);
      return row.body;
    };
    return diffLines(bodyOf(query.from), bodyOf(query.to));
  }

  /**
   * Any member, VAs included, may leave a suggestion for the process's owner, who gets an in-app
   * notification (unless they wrote it, or no longer belong to the workspace).
   */
  async suggest(
    member: WorkspaceMember,
    id: string,
    input: CreateSuggestionInput,
  ): Promise<ProcessSuggestionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.findInWorkspace(manager, member, id);
      const suggestion = await manager.save(
        manager.create(ProcessSuggestionEntity, {
          workspaceId: member.workspaceId,
          processId: id,
          authorId: member.userId,
          body: input.body,
        }),
      );
      if (process.ownerId && process.ownerId !== member.userId) {
        const ownerIsMember = await manager.existsBy(MembershipEntity, {
          workspaceId: member.workspaceId,
          userId: process.ownerId,
          active: true,
        });
        if (ownerIsMember) {
          await manager.insert(NotificationEntity, {
            workspaceId: member.workspaceId,
            userId: process.ownerId,
            kind: 'process_suggestion',
            title: `Suggestion: ${process.title}`.slice(0, 300),
            body: input.body,
            link: `/w/${member.workspaceId}/processes/${id}`,
            data: { processId: id, suggestionId: suggestion.id, authorId: member.userId },
          });
        }
      }
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'process_suggestion.created',
        entityType: 'process_suggestion',
        entityId: suggestion.id,
        changes: diffFields(null, suggestion, ['processId', 'body']),
      });
      return toProcessSuggestionResponse(suggestion);
    });
  }

  /** Suggestions on a process, newest first. */
  async suggestions(
    member: WorkspaceMember,
    id: string,
    query: PageQuery,
  ): Promise<Page<ProcessSuggestionResponse>> {
    await this.findInWorkspace(this.dataSource.manager, member, id);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCreatedAtCursor(query.cursor);
    const qb = this.dataSource
      .getRepository(ProcessSuggestionEntity)
      .createQueryBuilder('s')
      .addSelect(createdAtKeySql('s'), 'cursor_at')
      .where('s.process_id = :id', { id })
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(limit + 1);
    if (after) {
      const older = olderThan('s', after);
      qb.andWhere(older.sql, older.params);
    }
    const { entities, raw } = await qb.getRawAndEntities<{ s_id: string; cursor_at: string }>();
    const cursorAt = new Map(raw.map((row) => [row.s_id, row.cursor_at]));
    return toPage(
      entities,
      limit,
      (s) => [cursorAt.get(s.id) ?? null, s.id],
      toProcessSuggestionResponse,
    );
  }

  /** The process when it is in the member's workspace; 404 otherwise. */
  async findInWorkspace(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
  ): Promise<ProcessEntity> {
    const process = await manager.findOneBy(ProcessEntity, {
      id,
      workspaceId: member.workspaceId,
    });
    if (!process) throw new NotFoundException('Process not found');
    return process;
  }

  private async saveVersion(
    manager: EntityManager,
    member: WorkspaceMember,
    process: ProcessEntity,
  ): Promise<void> {
    await manager.insert(ProcessVersionEntity, {
      processId: process.id,
      version: process.version,
      title: process.title,
      body: process.body,
      authorId: member.userId,
    });
  }

  private async assertActiveMember(
    manager: EntityManager,
    member: WorkspaceMember,
    userId: string,
  ): Promise<void> {
    const active = await manager.existsBy(MembershipEntity, {
      workspaceId: member.workspaceId,
      userId,
      active: true,
    });
    if (!active) {
      throw new ValidationFailedException([
        { field: 'ownerId', errors: ['ownerId must be an active member of the workspace'] },
      ]);
    }
  }
}

function staleVersion(current: number): ConflictException {
  return new ConflictException(
    `This process has changed since you read it (current version ${current}); reload it and retry`,
  );
}
