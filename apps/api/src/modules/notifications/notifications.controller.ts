import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { UuidPipe } from '../../common/http/uuid';
import {
  ListNotificationsQuery,
  UpdateNotificationPreferencesInput,
} from './dto/notification.input';
import { NotificationsService } from './notifications.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: ListNotificationsQuery) {
    return this.notifications.list(caller.userId, query);
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  markAllRead(@CurrentUser() caller: AuthenticatedUser) {
    return this.notifications.markAllRead(caller.userId);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read; answers the unread count' })
  markRead(@CurrentUser() caller: AuthenticatedUser, @Param('id', UuidPipe) id: string) {
    return this.notifications.markRead(caller.userId, id);
  }

  @Get('notification-preferences')
  @ApiOperation({ summary: 'Whether I get the email copy of each kind of notification' })
  preferences(@CurrentUser() caller: AuthenticatedUser) {
    return this.notifications.preferences(caller.userId);
  }

  @Put('notification-preferences')
  @ApiOperation({ summary: 'Turn the email copy of kinds of notification on or off' })
  updatePreferences(
    @CurrentUser() caller: AuthenticatedUser,
    @Body() input: UpdateNotificationPreferencesInput,
  ) {
    return this.notifications.updatePreferences(caller.userId, input);
  }
}
