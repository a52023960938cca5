import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { can, grantFor, type Action, type Role } from '@relais/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ValidationFailedException } from '../http/validation';
import { isUuid } from '../http/uuid';
import { REQUIRED_PERMISSION } from './require-permission.decorator';
import type { WorkspaceMember } from './workspace-member';

export type MemberRequest = FastifyRequest<{ Params: { ws?: string } }> & {
  user: AuthenticatedUser;
  member?: WorkspaceMember;
};

@Injectable()
export class WorkspaceAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.get<Action>(REQUIRED_PERMISSION, context.getHandler());
    const request = context.switchToHttp().getRequest<MemberRequest>();
    const workspaceId = request.params.ws;
    if (typeof workspaceId !== 'string' || !isUuid(workspaceId)) {
      throw new ValidationFailedException([{ field: 'ws', errors: ['ws must be a UUID'] }]);
    }
    const [row] = (await this.dataSource.query(
      `SELECT m.id, m.role, m.owner, m.client_ids, w.time_zone
         FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
        WHERE m.workspace_id = $1 AND m.user_id = $2 AND m.active`,
      [workspaceId, request.user.userId],
    )) as { id: string; role: Role; owner: boolean; client_ids: string[]; time_zone: string }[];
    if (!row) throw new NotFoundException('Workspace not found');
    const member: WorkspaceMember = {
      workspaceId,
      membershipId: row.id,
      userId: request.user.userId,
      role: row.role,
      owner: row.owner,
      clientIds: row.client_ids,
      timeZone: row.time_zone,
    };
    request.member = member;
    const facts =
      grantFor(member.role, action) === 'without_ops_director'
        ? { hasActiveOpsDirector: await this.hasActiveOpsDirector(workspaceId) }
        : undefined;
    if (!can(member, action, facts)) {
      throw new ForbiddenException(`Your role may not do this (${action})`);
    }
    return true;
  }

  private async hasActiveOpsDirector(workspaceId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM memberships WHERE workspace_id = $1 AND role = 'ops_director' AND active LIMIT 1`,
      [workspaceId],
    );
    return rows.length > 0;
  }
}
