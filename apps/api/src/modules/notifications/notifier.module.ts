import { Module } from '@nestjs/common';
import { Notifier } from './notifier.service';

/** The notification writer, shared by the features that notify (reminders, digests, activity). */
@Module({
  providers: [Notifier],
  exports: [Notifier],
})
export class NotifierModule {}
