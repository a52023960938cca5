import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import {
  can,
  canChangeMemberRole,
  canManageMember,
  canSeeMoney,
  inClientScope,
  isWithinClientScope,
  ROLES,
  type MemberResponse,
  type Role,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { ValidationFailedException } from '../../common/http/validation';
import { AuditService, diffFields } from '../audit/audit.service';
import { ClientEntity } from '../clients/client.entity';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from '../workspaces/membership.entity';
import type { ListMembersQuery, UpdateMemberInput } from './dto/member.input';
import { toMemberResponse } from './dto/member.output';

const AUDITED_FIELDS = [
  'role',
  'clientIds',
  'jobTitle',
  'weeklyCapacityHours',
  'hourlyCostCents',
  'active',
] as const;

type AuditedMember = Pick<MembershipEntity, 'role' | 'clientIds' | 'jobTitle' | 'active'> & {
  weeklyCapacityHours: number | null;
  hourlyCostCents: number | null;
};

/** Numeric columns come back as strings: compare numbers, so 35 and '35.00' are no change. */
function audited(m: MembershipEntity): AuditedMember {
  return {
    role: m.role,
    clientIds: m.clientIds,
    jobTitle: m.jobTitle,
    weeklyCapacityHours: m.weeklyCapacityHours === null ? null : Number(m.weeklyCapacityHours),
    hourlyCostCents: m.hourlyCostCents,
    active: m.active,
  };
}

/** Roles are listed from the highest level down: a larger index is a demotion. */
function isDemotion(from: Role, to: Role): boolean {
  return ROLES.indexOf(to) > ROLES.indexOf(from);
}

const TRANSFER_FIRST = 'The owner cannot be demoted or deactivated: transfer ownership first';

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Everyone in the workspace by name; deactivated members only for those who manage them. */
  async list(member: WorkspaceMember, query: ListMembersQuery): Promise<Page<MemberResponse>> {
    if (query.includeInactive && !can(member, 'members.manage')) {
      throw new ForbiddenException('Your role may not see deactivated members');
    }
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .addSelect(['u.id', 'u.name', 'u.email'])
      .where('m.workspace_id = :ws', { ws: member.workspaceId })
      .orderBy('u.name', 'ASC')
      .addOrderBy('m.user_id', 'ASC')
      // many-to-one join: one row per membership, so a plain LIMIT is exact
      .limit(limit + 1);
    if (!query.includeInactive) qb.andWhere('m.active');
    if (query.role) qb.andWhere('m.role = :role', { role: query.role });
    if (after) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('u.name > :name', { name: after[0] })
            .orWhere('u.name = :name AND m.user_id > :userId', { userId: after[1] }),
        ),
      );
    }
    const rows = await qb.getMany();
    return toPage(
      rows,
      limit,
      (m) => [m.user.name, m.userId],
      (m) => toMemberResponse(m, m.user, member),
    );
  }

  async update(
    actor: WorkspaceMember,
    userId: string,
    input: UpdateMemberInput,
  ): Promise<MemberResponse> {
    if (input.hourlyCostCents !== undefined && !canSeeMoney(actor)) {
      throw new ForbiddenException('Your role may not set money fields: hourlyCostCents');
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await this.findManageable(manager, actor, userId);
      const self = before.userId === actor.userId;
      if (input.role !== undefined && input.role !== before.role) {
        if (self) throw new ForbiddenException('You cannot change your own role');
        if (!canChangeMemberRole(actor, before.role, input.role)) {
          throw new ForbiddenException(`Your role may not make anyone ${input.role}`);
        }
        if (before.owner && isDemotion(before.role, input.role)) {
          throw new ConflictException(TRANSFER_FIRST);
        }
      }
      if (input.active === false && before.active) this.assertMayDeactivate(before, self);
      if (input.clientIds !== undefined) {
        await this.assertAssignableClientIds(manager, actor, input.clientIds);
      }
      const { weeklyCapacityHours, jobTitle, ...rest } = input;
      const saved = await manager.save(MembershipEntity, {
        ...before,
        ...rest,
        ...(jobTitle !== undefined && { jobTitle: jobTitle || null }),
        ...(weeklyCapacityHours !== undefined && {
          weeklyCapacityHours: weeklyCapacityHours === null ? null : String(weeklyCapacityHours),
        }),
      });
      const changes = diffFields(audited(before), audited(saved), AUDITED_FIELDS);
      if (Object.keys(changes).length > 0) {
        await this.audit.record(manager, {
          workspaceId: actor.workspaceId,
          actorId: actor.userId,
          action: changes.role
            ? 'member.role_changed'
            : changes.active
              ? saved.active
                ? 'member.reactivated'
                : 'member.deactivated'
              : 'member.updated',
          entityType: 'member',
          entityId: saved.userId,
          changes,
        });
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: saved.userId });
      return toMemberResponse(saved, user, actor);
    });
  }

  /** Deactivation keeps the member's history (tasks, time, comments); they lose access. */
  async deactivate(actor: WorkspaceMember, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.findManageable(manager, actor, userId);
      this.assertMayDeactivate(before, before.userId === actor.userId);
      if (!before.active) return;
      await manager.update(MembershipEntity, { id: before.id }, { active: false });
      await this.audit.record(manager, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: 'member.deactivated',
        entityType: 'member',
        entityId: before.userId,
        changes: { active: { before: true, after: false } },
      });
    });
  }

  /**
   * A client scope the actor may hand out: clients of this workspace they can see (400 naming
   * `clientIds` otherwise, without telling which exist outside their scope), and no wider than
   * their own scope (403).
   */
  async assertAssignableClientIds(
    manager: EntityManager,
    actor: WorkspaceMember,
    clientIds: readonly string[],
  ): Promise<void> {
    if (clientIds.length > 0) {
      const found = await manager.find(ClientEntity, {
        select: { id: true },
        where: { workspaceId: actor.workspaceId, id: In([...clientIds]) },
      });
      const known = new Set(found.map((c) => c.id).filter((id) => inClientScope(actor, id)));
      const unknown = clientIds.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new ValidationFailedException([
          {
            field: 'clientIds',
            errors: [`clientIds must be clients of this workspace: unknown ${unknown.join(', ')}`],
          },
        ]);
      }
    }
    if (!isWithinClientScope(actor, clientIds)) {
      throw new ForbiddenException(
        'You are limited to some clients: give access to some of those clients only',
      );
    }
  }

  /**
   * The membership, active or not, locked for the change: 404 when the user is not a member of
   * the workspace, 403 when the actor may not manage their role or scope.
   */
  private async findManageable(
    manager: EntityManager,
    actor: WorkspaceMember,
    userId: string,
  ): Promise<MembershipEntity> {
    const membership = await manager.findOne(MembershipEntity, {
      where: { workspaceId: actor.workspaceId, userId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!membership) throw new NotFoundException('Member not found');
    if (!canManageMember(actor, membership)) {
      throw new ForbiddenException(`Your role may not manage this ${membership.role} member`);
    }
    return membership;
  }

  private assertMayDeactivate(membership: MembershipEntity, self: boolean): void {
    if (membership.owner) throw new ConflictException(TRANSFER_FIRST);
    if (self) throw new ForbiddenException('You cannot deactivate yourself');
  }
}
