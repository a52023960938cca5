import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import { ListTaskTemplatesQuery } from './dto/process.input';
import { TaskTemplatesService } from './task-templates.service';

@ApiTags('processes')
@Controller('workspaces/:ws/task-templates')
export class TaskTemplatesController {
  constructor(private readonly templates: TaskTemplatesService) {}

  @Get()
  @RequirePermission('processes.view')
  @ApiOperation({ summary: 'Task templates, by title' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListTaskTemplatesQuery) {
    return this.templates.list(member, query);
  }

  @Get(':id')
  @RequirePermission('processes.view')
  @ApiOperation({ summary: 'One task template' })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.templates.get(member, id);
  }
}
