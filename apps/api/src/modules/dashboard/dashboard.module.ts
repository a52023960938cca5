import { Module } from '@nestjs/common';
import { TimeEntriesModule } from '../time-entries/time-entries.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** Task KPIs computed here; time, budget, objective and money figures come from TimeKpisService. */
@Module({
  imports: [TimeEntriesModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
