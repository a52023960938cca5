import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CreateWorkspaceInput } from './dto/create-workspace.input';
import { TransferOwnershipInput } from './dto/transfer-ownership.input';
import { UpdateWorkspaceInput } from './dto/update-workspace.input';
import { WorkspacesService } from './workspaces.service';

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('workspaces')
export class WorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Post()
  @ApiOperation({ summary: 'Create a workspace; the caller becomes its owner' })
  create(@CurrentUser() caller: AuthenticatedUser, @Body() input: CreateWorkspaceInput) {
    return this.workspaces.create(caller.userId, input);
  }

  @Get(':ws')
  @RequirePermission('workspace.view')
  @ApiOperation({ summary: "The workspace's settings and the caller's membership" })
  get(@CurrentMember() member: WorkspaceMember) {
    return this.workspaces.get(member);
  }

  @Patch(':ws')
  @RequirePermission('workspace.update')
  @ApiOperation({ summary: 'Edit name, time zone or currency (owner or ops director)' })
  update(@CurrentMember() member: WorkspaceMember, @Body() input: UpdateWorkspaceInput) {
    return this.workspaces.update(member, input);
  }

  @Post(':ws/transfer-ownership')
  @HttpCode(200)
  @RequirePermission('workspace.view')
  @ApiOperation({ summary: 'Hand ownership to another active member (owner only)' })
  transferOwnership(
    @CurrentMember() member: WorkspaceMember,
    @Body() input: TransferOwnershipInput,
  ) {
    return this.workspaces.transferOwnership(member, input);
  }
}
