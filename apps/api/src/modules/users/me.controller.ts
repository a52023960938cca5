import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MeResponse, MembershipSummary, Role } from '@relais/domain';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { toUserDto, UsersService } from './users.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in user and their active memberships' })
  async me(@CurrentUser() caller: AuthenticatedUser): Promise<MeResponse> {
    const user = await this.users.findById(caller.userId);
    if (!user) throw new NotFoundException('This account no longer exists');
    const rows: {
      workspace_id: string;
      workspace_name: string;
      role: Role;
      owner: boolean;
      client_ids: string[];
    }[] = await this.dataSource.query(
      `SELECT m.workspace_id, w.name AS workspace_name, m.role, m.owner, m.client_ids
         FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
        WHERE m.user_id = $1 AND m.active
        ORDER BY w.name, w.id`,
      [caller.userId],
    );
    const memberships: MembershipSummary[] = rows.map((r) => ({
      workspaceId: r.workspace_id,
      workspaceName: r.workspace_name,
      role: r.role,
      owner: r.owner,
      clientIds: r.client_ids,
    }));
    return { user: toUserDto(user), memberships };
  }
}
