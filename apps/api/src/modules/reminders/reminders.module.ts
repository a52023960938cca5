import { Module } from '@nestjs/common';
import { NotifierModule } from '../notifications/notifier.module';
import { ReminderScanJob } from './jobs/reminder-scan.job';
import { TaskReminderJob } from './jobs/task-reminder.job';

/** Due-soon reminders: a periodic scan, and one job per task and due date. */
@Module({
  imports: [NotifierModule],
  providers: [TaskReminderJob, ReminderScanJob],
})
export class RemindersModule {}
