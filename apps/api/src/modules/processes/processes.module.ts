import { Module } from '@nestjs/common';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';
import { TaskTemplatesController } from './task-templates.controller';
import { TaskTemplatesService } from './task-templates.service';

@Module({
  controllers: [ProcessesController, TaskTemplatesController],
  providers: [ProcessesService, TaskTemplatesService],
})
export class ProcessesModule {}
