import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { MeTasksController } from './me-tasks.controller';
import { MeTasksService } from './me-tasks.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [NotificationsModule],
  controllers: [TasksController, MeTasksController],
  providers: [TasksService, MeTasksService],
  exports: [TasksService],
})
export class TasksModule {}
