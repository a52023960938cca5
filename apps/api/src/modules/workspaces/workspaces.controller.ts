import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CreateWorkspaceInput } from './dto/create-workspace.input';
import { WorkspacesService } from './workspaces.service';
import type { WorkspaceEntity } from './workspace.entity';

export function toWorkspaceResponse(workspace: WorkspaceEntity) {
  return {
    id: workspace.id,
    name: workspace.name,
    timeZone: workspace.timeZone,
    currency: workspace.currency,
    createdAt: workspace.createdAt.toISOString(),
    updatedAt: workspace.updatedAt.toISOString(),
  };
}

@ApiTags('workspaces')
@ApiBearerAuth()
@Controller('workspaces')
export class WorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Post()
  @ApiOperation({ summary: 'Create a workspace; the caller becomes its owner' })
  async create(@CurrentUser() caller: AuthenticatedUser, @Body() input: CreateWorkspaceInput) {
    return toWorkspaceResponse(await this.workspaces.create(caller.userId, input));
  }
}
