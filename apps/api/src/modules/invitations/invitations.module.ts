import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { NotifierModule } from '../notifications/notifier.module';
import {
  InvitationLinksController,
  WorkspaceInvitationsController,
} from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [MembersModule, NotifierModule],
  controllers: [WorkspaceInvitationsController, InvitationLinksController],
  providers: [InvitationsService],
})
export class InvitationsModule {}
