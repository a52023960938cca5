import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { CORE_MODULES } from './app.module';
import { ConfigError } from './config/app-config';

/** Job handlers only, no HTTP: scale workers apart from the API (REDIS_URL required). */
@Module({ imports: [...CORE_MODULES] })
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
