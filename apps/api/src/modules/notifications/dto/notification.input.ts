import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageQuery } from '../../../common/http/pagination';

const booleanQuery = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ListNotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  unread?: boolean;
}

/**
 * PUT /api/me/notification-preferences: whether to send the email copy of each kind; kinds
 * left out keep their setting. In-app notifications are always on.
 */
export class UpdateNotificationPreferencesInput {
  @ApiPropertyOptional({ description: 'A task was assigned to me' })
  @IsOptional()
  @IsBoolean()
  task_assigned?: boolean;

  @ApiPropertyOptional({ description: 'Someone mentioned me in a comment' })
  @IsOptional()
  @IsBoolean()
  mention?: boolean;

  @ApiPropertyOptional({ description: 'A task I created or am assigned was completed' })
  @IsOptional()
  @IsBoolean()
  task_completed?: boolean;

  @ApiPropertyOptional({ description: 'A task I created or am assigned was reopened' })
  @IsOptional()
  @IsBoolean()
  task_reopened?: boolean;

  @ApiPropertyOptional({ description: 'A task of mine is due within 24 hours' })
  @IsOptional()
  @IsBoolean()
  due_soon?: boolean;

  @ApiPropertyOptional({ description: 'Daily digest of my overdue tasks, at 08:00' })
  @IsOptional()
  @IsBoolean()
  overdue_digest?: boolean;

  @ApiPropertyOptional({ description: "Founders: the week's figures, Mondays at 08:00" })
  @IsOptional()
  @IsBoolean()
  weekly_digest?: boolean;

  @ApiPropertyOptional({ description: 'I was invited to join a workspace' })
  @IsOptional()
  @IsBoolean()
  invitation?: boolean;

  @ApiPropertyOptional({ description: "Managers: a client used 80% or 100% of its month's hours" })
  @IsOptional()
  @IsBoolean()
  budget_alert?: boolean;
}
