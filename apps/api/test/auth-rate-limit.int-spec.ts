import { ThrottlerStorageService } from '@nestjs/throttler';
import IORedis from 'ioredis';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  RedisThrottlerStorage,
  type ThrottlerStorageRecord,
} from '../src/modules/auth/redis-throttler-storage';
import { createUser } from './factories';
import { startTestApp, testDb, type TestApp } from './test-app';
import { waitFor } from './wait';

const uniquePrefix = () => `test-${randomUUID().slice(0, 8)}`;

function failedLogin(t: TestApp, email: string) {
  return request(t.http).post('/api/auth/login').send({ email, password: 'wrong password' });
}

/** The Redis clients a storage with this prefix opened (it names its connection). */
async function throttlerClients(prefix: string): Promise<number> {
  const redis = new IORedis(process.env.TEST_REDIS_URL!);
  try {
    const list = (await redis.client('LIST')) as string;
    return list.split('\n').filter((line) => line.includes(` name=${prefix}-throttler `)).length;
  } finally {
    redis.disconnect();
  }
}

/** Two API instances, as behind a load balancer, with the same queue prefix (one deployment). */
describe('sign-in rate limit across API instances', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    const env = { AUTH_RATE_LIMIT_PER_MINUTE: '3', QUEUE_PREFIX: uniquePrefix() };
    a = await startTestApp(env);
    b = await startTestApp(env);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  if (testDb() === 'postgres') {
    it('shares the count through Redis: attempts on one instance count on the other', async () => {
      const user = await createUser(a.dataSource);
      await failedLogin(a, user.email).expect(401);
      await failedLogin(a, user.email).expect(401);
      await failedLogin(b, user.email).expect(401);

      const blocked = await failedLogin(b, user.email).expect(429);
      expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      // the standard header, in seconds, at most the minute
      const retryAfter = Number(blocked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // the block is shared too
      await failedLogin(a, user.email).expect(429);
    });
  } else {
    it('counts on each instance on its own (the embedded default is one process)', async () => {
      const email = 'nobody@example.test';
      for (let i = 0; i < 3; i++) await failedLogin(a, email).expect(401);
      await failedLogin(a, email).expect(429);

      // B has seen none of A's attempts
      await failedLogin(b, email).expect(401);
    });
  }
});

describe('RedisThrottlerStorage', () => {
  const minute = 60_000;

  async function hits(
    storage: { increment: RedisThrottlerStorage['increment'] },
    count: number,
    ttl = minute,
    blockDuration = minute,
  ): Promise<ThrottlerStorageRecord[]> {
    const records: ThrottlerStorageRecord[] = [];
    for (let i = 0; i < count; i++)
      records.push(await storage.increment('key', ttl, 3, blockDuration, 'auth'));
    return records;
  }

  it('answers from memory, not with an error, when Redis cannot be reached', async () => {
    const storage = new RedisThrottlerStorage('redis://127.0.0.1:1', uniquePrefix());
    try {
      const records = await hits(storage, 4);
      expect(records.map((r) => [r.totalHits, r.isBlocked])).toEqual([
        [1, false],
        [2, false],
        [3, false],
        [4, true],
      ]);
      expect(records[3].timeToBlockExpire).toBe(60);
    } finally {
      storage.onModuleDestroy();
    }
  });

  if (testDb() === 'postgres') {
    it('answers what the built-in in-memory storage answers, in seconds', async () => {
      const storage = new RedisThrottlerStorage(process.env.TEST_REDIS_URL!, uniquePrefix());
      const memory = new ThrottlerStorageService();
      try {
        const fromRedis = await hits(storage, 5);
        const fromMemory = await hits(memory, 5);
        // the guard reads timeToBlockExpire only when blocked (the built-in storage answers noise)
        const read = (r: ThrottlerStorageRecord) =>
          r.isBlocked ? r : { ...r, timeToBlockExpire: 'unread' };
        expect(fromRedis.map(read)).toEqual(fromMemory.map(read));
        expect(fromRedis[0]).toEqual({
          totalHits: 1,
          timeToExpire: 60,
          isBlocked: false,
          timeToBlockExpire: 0,
        });
        expect(fromRedis[3]).toMatchObject({
          totalHits: 4,
          isBlocked: true,
          timeToBlockExpire: 60,
        });
      } finally {
        storage.onModuleDestroy();
        memory.onApplicationShutdown();
      }
    });

    it('starts a new count once the block is over', async () => {
      const storage = new RedisThrottlerStorage(process.env.TEST_REDIS_URL!, uniquePrefix());
      try {
        const records = await hits(storage, 4, minute, 200);
        expect(records[3]).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
        const next = await waitFor(
          async () => {
            const record = await storage.increment('key', minute, 3, 200, 'auth');
            return record.isBlocked ? undefined : record;
          },
          { what: 'the end of the block' },
        );
        expect(next).toMatchObject({ totalHits: 1, isBlocked: false });
      } finally {
        storage.onModuleDestroy();
      }
    });

    it('closes its Redis connection when the app closes', async () => {
      const prefix = uniquePrefix();
      const t = await startTestApp({ QUEUE_PREFIX: prefix });
      try {
        await failedLogin(t, 'nobody@example.test').expect(401);
        expect(await throttlerClients(prefix)).toBe(1);
      } finally {
        await t.close();
      }
      await waitFor(async () => (await throttlerClients(prefix)) === 0, {
        what: 'the throttler connection to close',
      });
    });
  }
});
