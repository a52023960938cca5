import { Module } from '@nestjs/common';
import { AdminJobsModule } from '../admin-jobs/admin-jobs.module';
import { DigestsModule } from '../digests/digests.module';
import { ImportsModule } from '../imports/imports.module';
import { RecurringModule } from '../recurring/recurring.module';
import { RemindersModule } from '../reminders/reminders.module';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotifierModule } from './notifier.module';
import { TaskActivityService } from './task-activity.service';

/**
 * Notifications and the background work around tasks: the bell and email preferences, the
 * side effects of task and comment changes (TaskActivityService, for the tasks and comments
 * modules), due-soon reminders, digests, recurring tasks, CSV imports and the failed jobs page.
 * The API (RUN_WORKERS) and the worker entry both import it, so every process has every job.
 */
@Module({
  imports: [
    NotifierModule,
    RemindersModule,
    RecurringModule,
    DigestsModule,
    ImportsModule,
    AdminJobsModule,
  ],
  controllers: [NotificationsController],
  providers: [NotificationsService, TaskActivityService],
  exports: [TaskActivityService],
})
export class NotificationsModule {}
