import { Module } from '@nestjs/common';
import { NotifierModule } from '../notifications/notifier.module';
import { DigestScanJob } from './jobs/digest-scan.job';
import { OverdueDigestJob } from './jobs/overdue-digest.job';
import { WeeklyDigestJob } from './jobs/weekly-digest.job';

/** The daily overdue digest of each member and the founders' weekly digest, by email. */
@Module({
  imports: [NotifierModule],
  providers: [DigestScanJob, OverdueDigestJob, WeeklyDigestJob],
})
export class DigestsModule {}
