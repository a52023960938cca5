import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import {
  ConvertIdeaInput,
  CreateIdeaInput,
  ListIdeasQuery,
  TriageIdeaInput,
} from './dto/idea.input';
import { IdeasService } from './ideas.service';

@ApiTags('ideas')
@Controller('workspaces/:ws/ideas')
export class IdeasController {
  constructor(private readonly ideas: IdeasService) {}

  @Get()
  @RequirePermission('ideas.view')
  @ApiOperation({ summary: 'The idea inbox, newest first' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListIdeasQuery) {
    return this.ideas.list(member, query);
  }

  @Post()
  @RequirePermission('ideas.create')
  @ApiOperation({ summary: 'Drop an idea in the inbox' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateIdeaInput) {
    return this.ideas.create(member, input);
  }

  @Get(':id')
  @RequirePermission('ideas.view')
  @ApiOperation({ summary: 'One idea' })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.ideas.get(member, id);
  }

  @Post(':id/triage')
  @HttpCode(200)
  @RequirePermission('ideas.triage')
  @ApiOperation({ summary: 'Accept, park or decline (with a note) an idea' })
  triage(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: TriageIdeaInput,
  ) {
    return this.ideas.triage(member, id, input);
  }

  // also needs projects.manage, which the service checks
  @Post(':id/convert')
  @RequirePermission('ideas.triage')
  @ApiOperation({ summary: 'Turn an idea into a planned project with its first tasks' })
  convert(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: ConvertIdeaInput,
  ) {
    return this.ideas.convert(member, id, input);
  }
}
