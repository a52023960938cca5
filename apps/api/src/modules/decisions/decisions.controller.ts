import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DecisionLinkType } from '@relais/domain';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { UuidPipe } from '../../common/http/uuid';
import { DecisionsService } from './decisions.service';
import {
  CreateDecisionInput,
  CreateDecisionLinkInput,
  DecideInput,
  DecisionLinkTypePipe,
  ListDecisionsQuery,
  UpdateDecisionInput,
} from './dto/decision.input';

@ApiTags('decisions')
@Controller('workspaces/:ws/decisions')
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Get()
  @RequirePermission('decisions.view')
  @ApiOperation({ summary: "The decision register, newest first, in the caller's client scope" })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListDecisionsQuery) {
    return this.decisions.list(member, query);
  }

  @Post()
  @RequirePermission('decisions.propose')
  @ApiOperation({ summary: 'Propose a decision' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateDecisionInput) {
    return this.decisions.create(member, input);
  }

  @Get(':id')
  @RequirePermission('decisions.view')
  @ApiOperation({
    summary: 'One decision, with its links and what it supersedes or is superseded by',
  })
  get(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.decisions.get(member, id);
  }

  @Patch(':id')
  @RequirePermission('decisions.propose')
  @ApiOperation({ summary: 'Edit a proposal (409 once decided or rejected)' })
  update(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: UpdateDecisionInput,
  ) {
    return this.decisions.update(member, id, input);
  }

  // who may decide depends on the decision's domain: the service checks it (403)
  @Post(':id/decide')
  @HttpCode(200)
  @RequirePermission('decisions.view')
  @ApiOperation({
    summary:
      'Decide or reject a proposal: operations by the ops director (the founder only without one), strategy by the founder',
  })
  decide(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: DecideInput,
  ) {
    return this.decisions.decide(member, id, input);
  }

  @Post(':id/links')
  @RequirePermission('decisions.propose')
  @ApiOperation({ summary: 'Link a project or task that carries the decision out' })
  link(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Body() input: CreateDecisionLinkInput,
  ) {
    return this.decisions.link(member, id, input);
  }

  @Delete(':id/links/:entityType/:entityId')
  @HttpCode(204)
  @RequirePermission('decisions.propose')
  @ApiOperation({ summary: 'Remove a link' })
  unlink(
    @CurrentMember() member: WorkspaceMember,
    @Param('id', UuidPipe) id: string,
    @Param('entityType', DecisionLinkTypePipe) entityType: DecisionLinkType,
    @Param('entityId', UuidPipe) entityId: string,
  ) {
    return this.decisions.unlink(member, id, entityType, entityId);
  }
}
