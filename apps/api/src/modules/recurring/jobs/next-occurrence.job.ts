import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue, type JobRequest } from '../../jobs/job-queue';
import { reminderJobFor } from '../../reminders/jobs/task-reminder.job';
import { TaskEntity } from '../../tasks/task.entity';
import { RecurringService } from '../recurring.service';

export const NEXT_OCCURRENCE_JOB = 'recurring-next';

export interface NextOccurrencePayload {
  workspaceId: string;
  taskId: string;
  /** The due date of the occurrence still open when the scan found it. */
  dueDate: string;
}

export function nextOccurrenceJob(
  payload: NextOccurrencePayload,
): JobRequest<NextOccurrencePayload> {
  return {
    name: NEXT_OCCURRENCE_JOB,
    data: payload,
    options: { jobId: `recurring-${payload.taskId}-${payload.dueDate}` },
  };
}

/** Creates the next occurrence of a recurring task whose due day is over while it is still open. */
@Injectable()
export class NextOccurrenceJob implements OnModuleInit {
  private readonly logger = new Logger('RecurringTasks');

  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recurring: RecurringService,
  ) {}

  onModuleInit(): void {
    this.queue.register<NextOccurrencePayload>(NEXT_OCCURRENCE_JOB, (data) => this.handle(data));
  }

  async handle(
    { workspaceId, taskId, dueDate }: NextOccurrencePayload,
    now = new Date(),
  ): Promise<void> {
    const reminder = await this.dataSource.transaction(async (manager) => {
      const task = await manager.findOneBy(TaskEntity, { id: taskId, workspaceId });
      // deleted, or moved to another day since the scan (a later scan sees the new date)
      if (!task || task.dueDate !== dueDate) return null;
      const [{ time_zone: timeZone }]: { time_zone: string }[] = await manager.query(
        'SELECT time_zone FROM workspaces WHERE id = $1',
        [workspaceId],
      );
      const next = await this.recurring.createNext(manager, task, { timeZone, actorId: null, now });
      return next ? reminderJobFor(null, next, timeZone, now) : null;
    });
    if (!reminder) return;
    try {
      await this.queue.enqueue(reminder.name, reminder.data, reminder.options);
    } catch (error) {
      // the reminder scan will find the task
      this.logger.warn(
        `could not enqueue the reminder of a new occurrence: ${(error as Error).message}`,
      );
    }
  }
}
