import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { PageQuery } from '../../common/http/pagination';
import { UuidPipe } from '../../common/http/uuid';
import {
  CreateProcessInput,
  CreateSuggestionInput,
  CreateTaskTemplateInput,
  ListProcessesQuery,
  ProcessDiffQuery,
  UpdateProcessInput,
  VersionPipe,
} from './dto/process.input';
import { ProcessesService } from './processes.service';
import { TaskTemplatesService } from './task-templates.service';

@ApiTags('processes')
@Controller('workspaces/:ws/processes')
export class ProcessesController {
  constructor(
    private readonly processes: ProcessesService,
    private readonly templates: TaskTemplatesService,
  ) {}

  @Get()
  @RequirePermission('processes.view')
  @ApiOperation({ summary: 'The process library (SOPs), by title, without bodies' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListProcessesQuery) {
    return this.processes.list(member, query);
  }

  @Post()
  @RequirePermission('processes.write')
  @ApiOperation({ summary: 'Write a process (version 1)' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateProcessInput) {
    return this.processes.create(member, input);
  }

  @Get(':id')
  @RequirePermission('processes.view')
  @ApiOperation({ summary: 'One process: its current body and version' })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.processes.get(member, id);
  }

  @Patch(':id')
  @RequirePermission('processes.write')
  @ApiOperation({ summary: 'Save a new version (carries the version read; 409 when stale)' })
  update(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: UpdateProcessInput,
  ) {
    return this.processes.update(member, id, input);
  }

  @Get(':id/versions')
  @RequirePermission('processes.view')
  @ApiOperation({ summary: 'Saved versions, newest first, with author and date' })
  versions(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Query() query: PageQuery,
  ) {
    return this.processes.versions(member, id, query);
  }

  @Get(':id/versions/:version')
  @RequirePermission('processes.view')
  @ApiOperation({ summary: 'One saved version, with its body' })
  version(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Param('version', VersionPipe) version: number,
  ) {
    return this.processes.version(member, id, version);
  }

  @Get(':id/diff')
  @RequirePermission('processes.view')
  @ApiOperation({ summary: 'Line diff of the bodies of two versions: [{type, text}]' })
  diff(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Query() query: ProcessDiffQuery,
  ) {
    return this.processes.diff(member, id, query);
  }

  @Post(':id/suggestions')
  @RequirePermission('processes.view')
  @ApiOperation({ summary: "Suggest a change to the process's owner (every member)" })
  suggest(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: CreateSuggestionInput,
  ) {
    return this.processes.suggest(member, id, input);
  }

  @Get(':id/suggestions')
  @RequirePermission('processes.view')
  @ApiOperation({ summary: 'Suggestions on the process, newest first' })
  suggestions(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Query() query: PageQuery,
  ) {
    return this.processes.suggestions(member, id, query);
  }

  @Post(':id/template')
  @RequirePermission('processes.write')
  @ApiOperation({ summary: "Make a task template whose checklist is the process's steps" })
  createTemplate(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: CreateTaskTemplateInput,
  ) {
    return this.templates.createFromProcess(member, id, input);
  }
}
