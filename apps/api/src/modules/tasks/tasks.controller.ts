import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import { CreateTaskInput, ListTasksQuery, UpdateTaskInput } from './dto/task.input';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('workspaces/:ws/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission('tasks.view')
  @ApiOperation({ summary: 'Tasks of the projects the caller may view, in board order' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListTasksQuery) {
    return this.tasks.list(member, query);
  }

  @Post()
  @RequirePermission('tasks.create')
  @ApiOperation({ summary: 'Create a task (a VA: in her projects, assigned to herself)' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateTaskInput) {
    return this.tasks.create(member, input);
  }

  @Get(':id')
  @RequirePermission('tasks.view')
  @ApiOperation({ summary: 'One task' })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.tasks.get(member, id);
  }

  // each changed field is authorised in the service (edit, assign, change status, move)
  @Patch(':id')
  @RequirePermission('tasks.view')
  @ApiOperation({ summary: 'Edit a task at the version read (409 when stale)' })
  update(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: UpdateTaskInput,
  ) {
    return this.tasks.update(member, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('tasks.delete')
  @ApiOperation({ summary: 'Delete a task' })
  remove(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.tasks.remove(member, id);
  }
}
