import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import {
  CreateObjectiveInput,
  ListObjectivesQuery,
  UpdateObjectiveInput,
} from './dto/objective.input';
import { ObjectivesService } from './objectives.service';

@ApiTags('objectives')
@Controller('workspaces/:ws/objectives')
export class ObjectivesController {
  constructor(private readonly objectives: ObjectivesService) {}

  @Get()
  @RequirePermission('objectives.view')
  @ApiOperation({ summary: 'Objectives with their key results and progress, latest first' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListObjectivesQuery) {
    return this.objectives.list(member, query);
  }

  @Post()
  @RequirePermission('objectives.manage')
  @ApiOperation({ summary: 'Create an objective with its key results' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateObjectiveInput) {
    return this.objectives.create(member, input);
  }

  @Get(':id')
  @RequirePermission('objectives.view')
  @ApiOperation({ summary: 'One objective' })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.objectives.get(member, id);
  }

  @Patch(':id')
  @RequirePermission('objectives.updateProgress')
  @ApiOperation({
    summary: 'Edit an objective; an OBM may only update the current value of key results',
  })
  update(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: UpdateObjectiveInput,
  ) {
    return this.objectives.update(member, id, input);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('objectives.manage')
  @ApiOperation({ summary: 'Delete an objective and its key results' })
  remove(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.objectives.remove(member, id);
  }
}
