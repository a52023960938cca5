import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { canTransferOwnership, type Role } from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { ValidationFailedException } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import type { TransferOwnershipInput } from './dto/transfer-ownership.input';
import type { UpdateWorkspaceInput } from './dto/update-workspace.input';
import { toWorkspaceResponse, type WorkspaceResponse } from './dto/workspace.output';
import { MembershipEntity } from './membership.entity';
import { ianaTimeZone } from './time-zone';
import { WorkspaceEntity } from './workspace.entity';

const AUDITED_FIELDS = [
  'name',
  'timeZone',
  'currency',
] as const satisfies readonly (keyof WorkspaceEntity)[];

@Injectable()
export class WorkspacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The creator becomes the owner, as founder unless another role is asked for. */
  create(userId: string, input: { name: string; role?: Role }): Promise<WorkspaceResponse> {
    return this.dataSource.transaction(async (manager) => {
      const workspace = await manager.save(manager.create(WorkspaceEntity, { name: input.name }));
      const membership = manager.create(MembershipEntity, {
        workspaceId: workspace.id,
        userId,
        role: input.role ?? 'founder',
        owner: true,
        clientIds: [],
      });
      await manager.insert(MembershipEntity, membership);
      await this.audit.record(manager, {
        workspaceId: workspace.id,
        actorId: userId,
        action: 'workspace.created',
        entityType: 'workspace',
        entityId: workspace.id,
        changes: diffFields(null, workspace, AUDITED_FIELDS),
      });
      return toWorkspaceResponse(workspace, membership);
    });
  }

  async get(member: WorkspaceMember): Promise<WorkspaceResponse> {
    return toWorkspaceResponse(
      await this.find(this.dataSource.manager, member.workspaceId),
      member,
    );
  }

  async update(member: WorkspaceMember, input: UpdateWorkspaceInput): Promise<WorkspaceResponse> {
    const changes: Partial<WorkspaceEntity> = { ...input };
    if (input.timeZone !== undefined) changes.timeZone = await this.checkTimeZone(input.timeZone);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, member.workspaceId, true);
      const saved = await manager.save(WorkspaceEntity, { ...before, ...changes });
      const diff = diffFields(before, saved, AUDITED_FIELDS);
      if (Object.keys(diff).length > 0) {
        await this.audit.record(manager, {
          workspaceId: member.workspaceId,
          actorId: member.userId,
          action: 'workspace.updated',
          entityType: 'workspace',
          entityId: member.workspaceId,
          changes: diff,
        });
      }
      return toWorkspaceResponse(saved, member);
    });
  }

  /** The owner hands the workspace over to another active member, keeping their own role. */
  async transferOwnership(
    member: WorkspaceMember,
    input: TransferOwnershipInput,
  ): Promise<WorkspaceResponse> {
    if (!canTransferOwnership(member)) {
      throw new ForbiddenException('Only the owner may transfer ownership');
    }
    const targetId = input.userId;
    if (targetId === member.userId) {
      throw new ValidationFailedException([
        { field: 'userId', errors: ['You already own this workspace'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const workspace = await this.find(manager, member.workspaceId, true);
      const memberships = await manager.find(MembershipEntity, {
        where: [
          { workspaceId: member.workspaceId, userId: member.userId },
          { workspaceId: member.workspaceId, userId: targetId },
        ],
        lock: { mode: 'pessimistic_write' },
      });
      const from = memberships.find((m) => m.userId === member.userId);
      const to = memberships.find((m) => m.userId === targetId);
      // re-read under the lock: a concurrent transfer may have won
      if (!from?.owner) throw new ForbiddenException('Only the owner may transfer ownership');
      if (!to?.active) {
        throw new ValidationFailedException([
          { field: 'userId', errors: ['userId must be an active member of this workspace'] },
        ]);
      }
      await manager.update(MembershipEntity, { id: from.id }, { owner: false });
      await manager.update(MembershipEntity, { id: to.id }, { owner: true });
      await this.audit.record(manager, {
        workspaceId: member.workspaceId,
        actorId: member.userId,
        action: 'workspace.ownership_transferred',
        entityType: 'workspace',
        entityId: member.workspaceId,
        changes: { ownerId: { before: from.userId, after: to.userId } },
      });
      return toWorkspaceResponse(workspace, { ...from, owner: false });
    });
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<WorkspaceEntity> {
    const workspace = await manager.findOne(WorkspaceEntity, {
      where: { id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    // the access guard has seen the membership; the workspace can only vanish in between
    if (!workspace) throw new NotFoundException('Workspace not found');
    return workspace;
  }

  /** Intl must know the zone, and so must the database that computes days and KPIs with it. */
  private async checkTimeZone(value: string): Promise<string> {
    const zone = ianaTimeZone(value);
    const invalid = new ValidationFailedException([
      { field: 'timeZone', errors: ['timeZone must be an IANA time zone such as Europe/Paris'] },
    ]);
    if (!zone) throw invalid;
    try {
      await this.dataSource.query('SELECT now() AT TIME ZONE $1', [zone]);
    } catch (error) {
      const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
        ?.code;
      if (error instanceof QueryFailedError && code === '22023') throw invalid;
      throw error;
    }
    return zone;
  }
}
