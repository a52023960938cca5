import {
  Global,
  Inject,
  Module,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { BullMqQueue } from './bullmq-queue';
import { InProcessQueue } from './in-process-queue';
import { JobQueue } from './job-queue';

export function createJobQueue(config: AppConfig): JobQueue {
  return config.redisUrl
    ? new BullMqQueue(
        config.redisUrl,
        config.queuePrefix,
        config.jobBackoffMs,
        config.runWorkers,
        config.jobConcurrency,
        config.jobLockMs,
      )
    : new InProcessQueue(config.jobBackoffMs, config.runWorkers);
}

/** Provides the JobQueue; workers start once every handler has registered. */
@Global()
@Module({
  providers: [{ provide: JobQueue, inject: [APP_CONFIG], useFactory: createJobQueue }],
  exports: [JobQueue],
})
export class QueueModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(JobQueue) private readonly queue: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.start();
  }

  /** Before the database closes: in-flight jobs finish first. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
