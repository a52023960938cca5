import { Module } from '@nestjs/common';
import { NextOccurrenceJob } from './jobs/next-occurrence.job';
import { RecurringScanJob } from './jobs/recurring-scan.job';
import { RecurringService } from './recurring.service';

/** Recurring tasks: the next occurrence on completion (TaskActivityService) or on schedule. */
@Module({
  providers: [RecurringService, NextOccurrenceJob, RecurringScanJob],
  exports: [RecurringService],
})
export class RecurringModule {}
