import { Module } from '@nestjs/common';
import { BudgetAlertsService } from '../clients/budget-alerts.service';
import { BudgetsController } from '../clients/budgets.controller';
import { BudgetsService } from '../clients/budgets.service';
import { RevenuesController } from '../clients/revenues.controller';
import { MeTimerController } from './me-timer.controller';
import { TimeEntriesController } from './time-entries.controller';
import { TimeEntriesService } from './time-entries.service';
import { TimeExportService } from './time-export.service';
import { TimeKpisService } from './time-kpis.service';
import { TimersService } from './timers.service';

/**
 * Time entries and timers, and what time means for clients: budgets, revenues and their alerts
 * (their files live with the clients; they are registered here, where the time is).
 * TimeKpisService gives the dashboard its time figures.
 */
@Module({
  controllers: [TimeEntriesController, MeTimerController, BudgetsController, RevenuesController],
  providers: [
    TimeEntriesService,
    TimersService,
    TimeExportService,
    TimeKpisService,
    BudgetsService,
    BudgetAlertsService,
  ],
  exports: [TimeKpisService],
})
export class TimeEntriesModule {}
