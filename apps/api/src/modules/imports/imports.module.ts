import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { TaskImportJob } from './jobs/task-import.job';

/** CSV imports of tasks, run as jobs with progress. */
@Module({
  controllers: [ImportsController],
  providers: [ImportsService, TaskImportJob],
})
export class ImportsModule {}
