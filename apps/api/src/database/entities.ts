import { UserEntity } from '../modules/users/user.entity';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { EmailEntity } from '../modules/mail/email.entity';
import { WorkspaceEntity } from '../modules/workspaces/workspace.entity';
import { MembershipEntity } from '../modules/workspaces/membership.entity';
import { ClientEntity } from '../modules/clients/client.entity';
import { ProjectEntity } from '../modules/projects/project.entity';
import { ProjectMemberEntity } from '../modules/projects/project-member.entity';
import { TaskEntity } from '../modules/tasks/task.entity';
import { CommentEntity } from '../modules/comments/comment.entity';
import { InvitationEntity } from '../modules/invitations/invitation.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';

/** Every entity, listed once: the data source, the schema check and the tests use this list. */
export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  EmailEntity,
  WorkspaceEntity,
  MembershipEntity,
  ClientEntity,
  ProjectEntity,
  ProjectMemberEntity,
  TaskEntity,
  CommentEntity,
  InvitationEntity,
  AuditEventEntity,
];
