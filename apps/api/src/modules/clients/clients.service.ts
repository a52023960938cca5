import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { canSeeMoney, inClientScope, type ClientResponse } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { AuditService, diffFields } from '../audit/audit.service';
import { ClientEntity } from './client.entity';
import {
  MONEY_FIELDS,
  type CreateClientInput,
  type ListClientsQuery,
  type UpdateClientInput,
} from './dto/client.input';
import { toClientResponse } from './dto/client.output';

const AUDITED_FIELDS = [
  'name',
  'engagement',
  'hourlyRateCents',
  'monthlyAmountCents',
  'monthlyHoursBudget',
  'commissionPercent',
  'archivedAt',
] as const satisfies readonly (keyof ClientEntity)[];

function toColumns(input: UpdateClientInput): Partial<ClientEntity> {
  const { monthlyHoursBudget, commissionPercent, ...rest } = input;
  return {
    ...rest,
    ...(monthlyHoursBudget !== undefined && {
      monthlyHoursBudget: monthlyHoursBudget === null ? null : String(monthlyHoursBudget),
    }),
    ...(commissionPercent !== undefined && {
      commissionPercent: commissionPercent === null ? null : String(commissionPercent),
    }),
  };
}

@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Clients in the member's scope, by name; archived ones only when asked. */
  async list(member: WorkspaceMember, query: ListClientsQuery): Promise<Page<ClientResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(ClientEntity)
      .createQueryBuilder('c')
      .where('c.workspace_id = :ws', { ws: member.workspaceId })
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(limit + 1);
    if (member.clientIds.length > 0) qb.andWhere('c.id = ANY(:scope)', { scope: member.clientIds });
    if (!query.includeArchived) qb.andWhere('c.archived_at IS NULL');
    if (after) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('c.name > :name', { name: after[0] })
            .orWhere('c.name = :name AND c.id > :id', { id: after[1] }),
        ),
      );
    }
    const rows = await qb.getMany();
    return toPage(
      rows,
      limit,
      (c) => [c.name, c.id],
      (c) => toClientResponse(c, member),
    );
  }

  async get(member: WorkspaceMember, id: string): Promise<ClientResponse> {
    return toClientResponse(await this.findVisible(this.dataSource.manager, member, id), member);
  }

  async create(member: WorkspaceMember, input: CreateClientInput): Promise<ClientResponse> {
    this.assertMayWrite(member, input);
    if (member.clientIds.length > 0) {
      throw new ForbiddenException('A member limited to some clients cannot create clients');
    }
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.save(
        manager.create(ClientEntity, { ...toColumns(input), workspaceId: member.workspaceId }),
      );
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'client.created',
        entityType: 'client',
        entityId: client.id,
        changes: diffFields(null, client, AUDITED_FIELDS),
      });
      return toClientResponse(client, member);
    });
  }

  async update(
    member: WorkspaceMember,
    id: string,
    input: UpdateClientInput,
  ): Promise<ClientResponse> {
    this.assertMayWrite(member, input);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findVisible(manager, member, id, true);
      const saved = await manager.save(ClientEntity, { ...before, ...toColumns(input) });
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'client.updated',
        entityType: 'client',
        entityId: id,
        changes: diffFields(before, saved, AUDITED_FIELDS),
      });
      return toClientResponse(saved, member);
    });
  }

  /** Archiving keeps the client's history; it disappears from lists and pickers. */
  async archive(member: WorkspaceMember, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const client = await this.findVisible(manager, member, id, true);
      if (client.archivedAt) return;
      const archivedAt = new Date();
      await manager.update(ClientEntity, { id }, { archivedAt });
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'client.archived',
        entityType: 'client',
        entityId: id,
        changes: { archivedAt: { before: null, after: archivedAt.toISOString() } },
      });
    });
  }

  /** The client when it is in the workspace and the member's scope; 404 otherwise. */
  async findVisible(
    manager: EntityManager,
    member: WorkspaceMember,
    id: string,
    lock = false,
  ): Promise<ClientEntity> {
    const client = await manager.findOne(ClientEntity, {
      where: { id, workspaceId: member.workspaceId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!client || !inClientScope(member, client.id))
      throw new NotFoundException('Client not found');
    return client;
  }

  /** Money is set only by those who may see it. */
  private assertMayWrite(member: WorkspaceMember, input: UpdateClientInput): void {
    const moneyFields = MONEY_FIELDS.filter((field) => input[field] !== undefined);
    if (moneyFields.length > 0 && !canSeeMoney(member)) {
      throw new ForbiddenException(`Your role may not set money fields: ${moneyFields.join(', ')}`);
    }
  }
}
