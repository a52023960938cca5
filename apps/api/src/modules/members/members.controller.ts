import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import { ListMembersQuery, UpdateMemberInput } from './dto/member.input';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller('workspaces/:ws/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @RequirePermission('workspace.view')
  @ApiOperation({ summary: 'The team, by name (cost rates only for roles that see money)' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListMembersQuery) {
    return this.members.list(member, query);
  }

  @Patch(':userId')
  @RequirePermission('members.manage')
  @ApiOperation({ summary: "Change a member's role, client scope, capacity, cost or activity" })
  update(
    @CurrentMember() member: WorkspaceMember,
    @Param('userId', UuidPipe) userId: string,
    @Body() input: UpdateMemberInput,
  ) {
    return this.members.update(member, userId, input);
  }

  @Delete(':userId')
  @HttpCode(204)
  @RequirePermission('members.manage')
  @ApiOperation({ summary: 'Deactivate a member; their history stays' })
  deactivate(@CurrentMember() member: WorkspaceMember, @Param('userId', UuidPipe) userId: string) {
    return this.members.deactivate(member, userId);
  }
}
