import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import { CreateProjectInput, ListProjectsQuery, UpdateProjectInput } from './dto/project.input';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@Controller('workspaces/:ws/projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @RequirePermission('projects.view')
  @ApiOperation({ summary: 'Projects the caller may view, by due date' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListProjectsQuery) {
    return this.projects.list(member, query);
  }

  @Post()
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'Create a project' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateProjectInput) {
    return this.projects.create(member, input);
  }

  @Get(':id')
  @RequirePermission('projects.view')
  @ApiOperation({ summary: 'One project' })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.projects.get(member, id);
  }

  @Patch(':id')
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'Edit a project; memberIds replaces the member set' })
  update(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: UpdateProjectInput,
  ) {
    return this.projects.update(member, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('projects.manage')
  @ApiOperation({ summary: 'Archive a project' })
  archive(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.projects.archive(member, id);
  }
}
