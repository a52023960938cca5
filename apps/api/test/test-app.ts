import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export type TestDb = 'postgres' | 'pglite';

export function testDb(): TestDb {
  return process.env.TEST_DB === 'pglite' ? 'pglite' : 'postgres';
}

/**
 * The environment of one test application: the run's PostgreSQL database with Redis (a queue
 * prefix of its own), or an in-memory PGlite with the in-process queue.
 */
export function testEnv(
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  const common = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    JWT_SECRET: TEST_JWT_SECRET,
    JOB_BACKOFF_MS: '20',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    SMTP_URL: undefined,
    QUEUE_PREFIX: `test-${randomUUID().slice(0, 8)}`,
  };
  const target =
    testDb() === 'pglite'
      ? { DATABASE_URL: undefined, REDIS_URL: undefined, RELAIS_DATA_DIR: 'memory' }
      : { DATABASE_URL: requireEnv('TEST_DATABASE_URL'), REDIS_URL: requireEnv('TEST_REDIS_URL') };
  return { ...common, ...target, ...overrides };
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the integration tests through jest.int.config.cjs`);
  return value;
}

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<NestFastifyApplication['getHttpServer']>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Starts the real application (createApp, as production does) on the test environment. */
export async function startTestApp(
  overrides: Record<string, string | undefined> = {},
): Promise<TestApp> {
  const saved = { ...process.env };
  for (const [key, value] of Object.entries(testEnv(overrides))) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    const app = await createApp();
    await app.init();
    // Fastify registers its plugins and routes on ready; supertest talks to the raw server
    await app.getHttpAdapter().getInstance().ready();
    return {
      app,
      http: app.getHttpServer(),
      dataSource: app.get(DataSource),
      close: () => app.close(),
    };
  } finally {
    process.env = saved;
  }
}
