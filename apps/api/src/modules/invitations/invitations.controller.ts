import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiGoneResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentMember } from '../../common/access/current-member.decorator';
import { RequirePermission } from '../../common/access/require-permission.decorator';
import type { WorkspaceMember } from '../../common/access/workspace-member';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { UuidPipe } from '../../common/http/uuid';
import { CreateInvitationInput, ListInvitationsQuery } from './dto/invitation.input';
import { InvitationsService } from './invitations.service';

/** A workspace's invitations, for those who manage its members. */
@ApiTags('invitations')
@Controller('workspaces/:ws/invitations')
export class WorkspaceInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @RequirePermission('members.manage')
  @ApiOperation({ summary: 'Invite someone by email with a role you may grant' })
  create(@CurrentMember() member: WorkspaceMember, @Body() input: CreateInvitationInput) {
    return this.invitations.create(member, input);
  }

  @Get()
  @RequirePermission('members.manage')
  @ApiOperation({ summary: 'Pending invitations, by email' })
  list(@CurrentMember() member: WorkspaceMember, @Query() query: ListInvitationsQuery) {
    return this.invitations.listPending(member, query);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('members.manage')
  @ApiOperation({ summary: 'Revoke an invitation; its link stops working' })
  revoke(@CurrentMember() member: WorkspaceMember, @Param('id', UuidPipe) id: string) {
    return this.invitations.revoke(member, id);
  }
}

/** The invited person's side: the emailed link, for the signed-in account it was sent to. */
@ApiTags('invitations')
@ApiBearerAuth()
@ApiGoneResponse({ description: 'The invitation was already used or has expired' })
@Controller('invitations/:token')
export class InvitationLinksController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @ApiOperation({ summary: 'What the invitation offers' })
  preview(@CurrentUser() caller: AuthenticatedUser, @Param('token') token: string) {
    return this.invitations.preview(caller.userId, token);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join the workspace with the invited role' })
  accept(@CurrentUser() caller: AuthenticatedUser, @Param('token') token: string) {
    return this.invitations.accept(caller.userId, token);
  }
}
