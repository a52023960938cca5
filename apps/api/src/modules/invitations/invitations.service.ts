import {
  ConflictException,
  ForbiddenException,
  GoneException,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';
import {
  canGrantRole,
  canManageMember,
  type AcceptedInvitationResponse,
  type InvitationPreviewResponse,
  type InvitationResponse,
} from '@relais/domain';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { decodeCursor, DEFAULT_LIMIT, toPage, type Page } from '../../common/http/pagination';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { MembersService } from '../members/members.service';
import { Notifier } from '../notifications/notifier.service';
import { UserEntity } from '../users/user.entity';
import { MembershipEntity } from '../workspaces/membership.entity';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import type { CreateInvitationInput, ListInvitationsQuery } from './dto/invitation.input';
import { toInvitationResponse } from './dto/invitation.output';
import { invitationEmail } from './invitation-email';
import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from './invitation-token';
import { InvitationEntity } from './invitation.entity';

/** Tokens are base64url; anything else cannot be one of ours. */
const TOKEN = /^[A-Za-z0-9_-]{1,128}$/;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly members: MembersService,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Invites an address with a role the inviter may grant. A pending invitation for the same
   * address is revoked and replaced; the email leaves through the outbox once committed.
   * An address that already has an account also gets an in-app notification, and the email
   * only if its owner has not turned invitation emails off.
   */
  async create(actor: WorkspaceMember, input: CreateInvitationInput): Promise<InvitationResponse> {
    if (!canGrantRole(actor.role, input.role)) {
      throw new ForbiddenException(`Your role may not invite a ${input.role}`);
    }
    const clientIds = input.clientIds ?? [];
    const { token, tokenHash } = newInvitationToken();
    const { invitation, emailIds } = await this.dataSource.transaction(async (manager) => {
      await this.members.assertAssignableClientIds(manager, actor, clientIds);
      await this.assertNotActiveMember(manager, actor.workspaceId, input.email);
      await this.revokePending(manager, actor, input.email);
      const invitation = await manager.save(
        manager.create(InvitationEntity, {
          workspaceId: actor.workspaceId,
          email: input.email,
          role: input.role,
          clientIds,
          tokenHash,
          invitedById: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        }),
      );
      await this.audit.record(manager, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: invitation.id,
        changes: {
          email: { before: null, after: invitation.email },
          role: { before: null, after: invitation.role },
          clientIds: { before: null, after: invitation.clientIds },
          expiresAt: { before: null, after: invitation.expiresAt.toISOString() },
        },
      });
      const [workspace, inviter, invitee] = await Promise.all([
        manager.findOneByOrFail(WorkspaceEntity, { id: actor.workspaceId }),
        manager.findOneByOrFail(UserEntity, { id: actor.userId }),
        manager.findOneBy(UserEntity, { email: invitation.email }),
      ]);
      const path = `/invitations/${token}`;
      const email = invitationEmail({
        to: invitation.email,
        workspaceName: workspace.name,
        inviterName: inviter.name,
        role: invitation.role,
        link: `${this.config.publicUrl.replace(/\/+$/, '')}${path}`,
        expiresAt: invitation.expiresAt,
      });
      if (!invitee) {
        // no account yet, so no preferences: the email is the only way to reach them
        const emailId = await this.mail.write(
          { ...email, workspaceId: actor.workspaceId },
          manager,
        );
        return { invitation, emailIds: emailId ? [emailId] : [] };
      }
      const emailIds = await this.notifier.notify(manager, [
        {
          userId: invitee.id,
          // not a member yet: a workspace's notifications are shown to its active members only
          workspaceId: null,
          emailWorkspaceId: actor.workspaceId,
          kind: 'invitation',
          title: workspace.name,
          link: path,
          data: {
            invitationId: invitation.id,
            workspaceId: workspace.id,
            workspaceName: workspace.name,
            actorId: inviter.id,
            actorName: inviter.name,
            role: invitation.role,
            expiresAt: invitation.expiresAt.toISOString(),
          },
          dedupeKey: `invitation:${invitation.id}`,
          email: () => ({ subject: email.subject, text: email.text }),
        },
      ]);
      return { invitation, emailIds };
    });
    await this.notifier.dispatch(emailIds);
    return toInvitationResponse(invitation);
  }

  /** Invitations neither accepted, revoked nor expired, by address. */
  async listPending(
    actor: WorkspaceMember,
    query: ListInvitationsQuery,
  ): Promise<Page<InvitationResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('i.workspace_id = :ws', { ws: actor.workspaceId })
      .andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()')
      .orderBy('i.email', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .take(limit + 1);
    // a client-scoped manager sees only invitations within her clients (<@ : "is contained by")
    if (actor.clientIds.length > 0) {
      qb.andWhere("i.client_ids <> '{}' AND i.client_ids <@ :scope::uuid[]", {
        scope: actor.clientIds,
      });
    }
    if (after) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('i.email > :email', { email: after[0] })
            .orWhere('i.email = :email AND i.id > :id', { id: after[1] }),
        ),
      );
    }
    const rows = await qb.getMany();
    return toPage(rows, limit, (i) => [i.email, i.id], toInvitationResponse);
  }

  /** Revoking twice is harmless; an accepted invitation is history (deactivate the member). */
  async revoke(actor: WorkspaceMember, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id, workspaceId: actor.workspaceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw new NotFoundException('Invitation not found');
      if (!canManageMember(actor, invitation)) {
        throw new ForbiddenException(
          `Your role may not revoke an invitation as ${invitation.role}`,
        );
      }
      if (invitation.revokedAt) return;
      if (invitation.acceptedAt) {
        throw new ConflictException(
          'This invitation was already accepted: deactivate the member instead',
        );
      }
      await this.markRevoked(manager, actor, invitation);
    });
  }

  /** What the link offers, for the signed-in user it was sent to. */
  async preview(userId: string, token: string): Promise<InvitationPreviewResponse> {
    const manager = this.dataSource.manager;
    const invitation = await this.findUsable(manager, userId, token);
    const [workspace, inviter] = await Promise.all([
      manager.findOneByOrFail(WorkspaceEntity, { id: invitation.workspaceId }),
      invitation.invitedById ? manager.findOneBy(UserEntity, { id: invitation.invitedById }) : null,
    ]);
    return {
      workspaceName: workspace.name,
      role: invitation.role,
      invitedByName: inviter?.name ?? null,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /**
   * Joins the workspace with the invited role and scope, once: the invitation is locked, checked
   * and marked accepted in the same transaction as the membership.
   */
  async accept(userId: string, token: string): Promise<AcceptedInvitationResponse> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findUsable(manager, userId, token, true);
      const existing = await manager.findOne(MembershipEntity, {
        where: { workspaceId: invitation.workspaceId, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.active) {
        throw new ConflictException('You are already a member of this workspace');
      }
      const joined = { role: invitation.role, clientIds: invitation.clientIds, active: true };
      if (existing) {
        await manager.update(MembershipEntity, { id: existing.id }, { ...joined, owner: false });
      } else {
        await manager.insert(MembershipEntity, {
          ...joined,
          workspaceId: invitation.workspaceId,
          userId,
          owner: false,
        });
      }
      const acceptedAt = new Date();
      await manager.update(
        InvitationEntity,
        { id: invitation.id },
        { acceptedAt, acceptedById: userId },
      );
      // the bell's invitation is answered: it no longer waits as unread
      await manager.query(
        'UPDATE notifications SET read_at = now() WHERE user_id = $1 AND dedupe_key = $2 AND read_at IS NULL',
        [userId, `invitation:${invitation.id}`],
      );
      await this.audit.record(manager, {
        workspaceId: invitation.workspaceId,
        actorId: userId,
        action: 'invitation.accepted',
        entityType: 'invitation',
        entityId: invitation.id,
        changes: { acceptedAt: { before: null, after: acceptedAt.toISOString() } },
      });
      await this.audit.record(manager, {
        workspaceId: invitation.workspaceId,
        actorId: userId,
        action: existing ? 'member.reactivated' : 'member.joined',
        entityType: 'member',
        entityId: userId,
        changes: {
          role: { before: existing?.role ?? null, after: joined.role },
          clientIds: { before: existing?.clientIds ?? null, after: joined.clientIds },
          active: { before: existing?.active ?? null, after: true },
        },
      });
      return { workspaceId: invitation.workspaceId, role: invitation.role };
    });
  }

  /**
   * The invitation behind a link, for its addressee: 404 when unknown or revoked, 403 for
   * another account (a leaked link is useless), 410 once accepted or expired.
   */
  private async findUsable(
    manager: EntityManager,
    userId: string,
    token: string,
    lock = false,
  ): Promise<InvitationEntity> {
    const invitation = TOKEN.test(token)
      ? await manager.findOne(InvitationEntity, {
          where: { tokenHash: hashInvitationToken(token) },
          lock: lock ? { mode: 'pessimistic_write' } : undefined,
        })
      : null;
    if (!invitation || invitation.revokedAt) throw new NotFoundException('Invitation not found');
    const user = await manager.findOneBy(UserEntity, { id: userId });
    if (!user) throw new UnauthorizedException('This account no longer exists');
    if (user.email !== invitation.email) {
      throw new ForbiddenException(
        'This invitation was sent to another email address: sign in with that address to accept it',
      );
    }
    if (invitation.acceptedAt) throw new GoneException('This invitation was already used');
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw new GoneException('This invitation has expired: ask for a new one');
    }
    return invitation;
  }

  private async assertNotActiveMember(
    manager: EntityManager,
    workspaceId: string,
    email: string,
  ): Promise<void> {
    const member = await manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin('m.user', 'u')
      .where('m.workspace_id = :workspaceId AND m.active AND u.email = :email', {
        workspaceId,
        email,
      })
      .getExists();
    if (member) throw new ConflictException('This person is already a member of the workspace');
  }

  /** Replaces the address's pending invitation, if the actor could have sent it themselves. */
  private async revokePending(
    manager: EntityManager,
    actor: WorkspaceMember,
    email: string,
  ): Promise<void> {
    const pending = await manager.find(InvitationEntity, {
      where: {
        workspaceId: actor.workspaceId,
        email,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      lock: { mode: 'pessimistic_write' },
    });
    for (const invitation of pending) {
      if (!canManageMember(actor, invitation)) {
        throw new ForbiddenException(
          `This address has a pending invitation as ${invitation.role}, which your role may not replace`,
        );
      }
      await this.markRevoked(manager, actor, invitation);
    }
  }

  private async markRevoked(
    manager: EntityManager,
    actor: WorkspaceMember,
    invitation: InvitationEntity,
  ): Promise<void> {
    const revokedAt = new Date();
    await manager.update(InvitationEntity, { id: invitation.id }, { revokedAt });
    await this.audit.record(manager, {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: invitation.id,
      changes: { revokedAt: { before: null, after: revokedAt.toISOString() } },
    });
  }
}
