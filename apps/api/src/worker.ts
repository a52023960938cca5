import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { CORE_MODULES } from './app.module';
import { ConfigError } from './config/app-config';
import { AuditModule } from './modules/audit/audit.module';
import { NotificationsModule } from './modules/notifications/notifications.module';

/**
 * Job handlers only, no HTTP: scale workers apart from the API (REDIS_URL required). Every
 * module that registers jobs is here, as in the API.
 */
@Module({ imports: [...CORE_MODULES, AuditModule, NotificationsModule] })
class WorkerModule {}

async function bootstrap(): Promise<void> {
  if (!process.env.REDIS_URL)
    throw new ConfigError(
      'The worker needs REDIS_URL (BullMQ); without it jobs run inside the API',
    );
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('Relais worker is processing jobs');
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
