import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { MyTasksQuery } from './dto/task.input';
import { MeTasksService } from './me-tasks.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/tasks')
export class MeTasksController {
  constructor(private readonly myTasks: MeTasksService) {}

  @Get()
  @ApiOperation({
    summary: 'Tasks assigned to me in every workspace, with workspace, client and project names',
  })
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: MyTasksQuery) {
    return this.myTasks.list(caller.userId, query);
  }
}
