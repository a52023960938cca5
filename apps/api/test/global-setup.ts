import { Client } from 'pg';
import IORedis from 'ioredis';

/**
 * For TEST_DB=postgres: creates a database for this run on the real PostgreSQL and checks that
 * Redis answers. A service that cannot be reached fails the run here, loudly.
 */
export default async function globalSetup(): Promise<void> {
  if ((process.env.TEST_DB ?? 'postgres') === 'pglite') return;
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const database = `relais_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Integration tests need PostgreSQL at ${adminUrl}: ${(error as Error).message}`);
  }
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Integration tests need Redis at ${redisUrl}: ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  // workers inherit the environment of the process that runs this setup
  process.env.TEST_DATABASE_URL = url.toString();
  process.env.TEST_DATABASE_NAME = database;
  process.env.TEST_REDIS_URL = redisUrl;
}
