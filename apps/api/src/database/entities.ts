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
import { TimeEntryEntity } from '../modules/time-entries/time-entry.entity';
import { ClientRevenueEntity } from '../modules/clients/client-revenue.entity';
import { BudgetAlertEntity } from '../modules/clients/budget-alert.entity';
import { ObjectiveEntity } from '../modules/objectives/objective.entity';
import { KeyResultEntity } from '../modules/objectives/key-result.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { NotificationPreferenceEntity } from '../modules/notifications/notification-preference.entity';
import { DecisionEntity } from '../modules/decisions/decision.entity';
import { DecisionLinkEntity } from '../modules/decisions/decision-link.entity';
import { ProcessEntity } from '../modules/processes/process.entity';
import { ProcessVersionEntity } from '../modules/processes/process-version.entity';
import { ProcessSuggestionEntity } from '../modules/processes/process-suggestion.entity';
import { TaskTemplateEntity } from '../modules/processes/task-template.entity';
import { IdeaEntity } from '../modules/ideas/idea.entity';
import { TaskImportEntity } from '../modules/imports/task-import.entity';
import { ProcessedJobEntity } from '../modules/jobs/processed-job.entity';

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
  TimeEntryEntity,
  ClientRevenueEntity,
  BudgetAlertEntity,
  ObjectiveEntity,
  KeyResultEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  DecisionEntity,
  DecisionLinkEntity,
  ProcessEntity,
  ProcessVersionEntity,
  ProcessSuggestionEntity,
  TaskTemplateEntity,
  IdeaEntity,
  TaskImportEntity,
  ProcessedJobEntity,
];
