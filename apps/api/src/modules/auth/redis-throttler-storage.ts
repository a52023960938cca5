import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import IORedis from 'ioredis';

/** What the guard reads back; @nestjs/throttler does not export the type by name. */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** How long a call waits for the first connection right after start-up, or for a reply. */
const FIRST_CONNECTION_TIMEOUT_MS = 1000;
const COMMAND_TIMEOUT_MS = 1000;

/**
 * One hit, atomically. KEYS[1] counts the hits of the current window (it expires with the
 * window); KEYS[2] is the block, holding the count that caused it. ARGV: ttl in ms, limit, block
 * duration in ms. Answers {hits, window ms left, blocked 0/1, block ms left}. As the built-in
 * storage does, a block that ends starts a new count.
 */
const HIT_SCRIPT = `
local blockMs = redis.call('PTTL', KEYS[2])
if blockMs > 0 then
  return {tonumber(redis.call('GET', KEYS[2])), blockMs, 1, blockMs}
end
local hits = redis.call('INCR', KEYS[1])
local windowMs = redis.call('PTTL', KEYS[1])
if windowMs < 0 then
  windowMs = tonumber(ARGV[1])
  redis.call('PEXPIRE', KEYS[1], windowMs)
end
if hits <= tonumber(ARGV[2]) then
  return {hits, windowMs, 0, 0}
end
local blockDuration = tonumber(ARGV[3])
if blockDuration <= 0 then
  return {hits, windowMs, 1, windowMs}
end
redis.call('SET', KEYS[2], hits, 'PX', blockDuration)
redis.call('DEL', KEYS[1])
return {hits, windowMs, 1, blockDuration}
`;

type HitReply = [hits: number, windowMs: number, blocked: number, blockMs: number];

interface WithHitCommand {
  throttleHit(
    hitsKey: string,
    blockKey: string,
    ttlMs: number,
    limit: number,
    blockDurationMs: number,
  ): Promise<HitReply>;
}

/**
 * The throttler's counters in Redis, shared by every API instance, so that N instances behind a
 * load balancer do not grant N times the attempts. While Redis cannot be reached, each call is
 * counted in this process's memory instead: limited per instance beats nobody able to sign in.
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger('RedisThrottlerStorage');
  private readonly redis: IORedis & WithHitCommand;
  private readonly fallback = new ThrottlerStorageService();
  private readonly firstConnection: Promise<void>;
  private fallingBack = false;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    // commands fail fast while Redis is down, so sign-in falls back instead of hanging
    const redis = new IORedis(redisUrl, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectionName: `${prefix}-throttler`,
    });
    redis.defineCommand('throttleHit', { numberOfKeys: 2, lua: HIT_SCRIPT });
    redis.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
    this.redis = redis as IORedis & WithHitCommand;
    this.firstConnection = settled(redis, FIRST_CONNECTION_TIMEOUT_MS);
  }

  /** ttl and blockDuration in ms; answers seconds, as the built-in in-memory storage does. */
  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      // without the offline queue, a call right after start-up would fail before the connection
      await this.firstConnection;
      // a hash tag keeps both keys in one slot (Redis Cluster)
      const base = `${this.prefix}:throttler:{${throttlerName}:${key}}`;
      const [hits, windowMs, blocked, blockMs] = await this.redis.throttleHit(
        `${base}:hits`,
        `${base}:block`,
        Math.ceil(ttl),
        limit,
        Math.ceil(blockDuration),
      );
      if (this.fallingBack) {
        this.fallingBack = false;
        this.logger.log('Redis is back: sign-in attempts are counted across instances again');
      }
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(windowMs / 1000),
        isBlocked: blocked === 1,
        timeToBlockExpire: Math.ceil(blockMs / 1000),
      };
    } catch (error) {
      if (!this.fallingBack) {
        this.fallingBack = true;
        this.logger.warn(
          `Redis unavailable (${(error as Error).message}): sign-in attempts are counted per instance`,
        );
      }
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
    this.fallback.onApplicationShutdown();
  }
}

/** Resolves once the first connection attempt is over (ready, failed or closed), or on timeout. */
function settled(redis: IORedis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(settle, timeoutMs);
    timer.unref();
    function settle(): void {
      clearTimeout(timer);
      redis.off('ready', settle).off('error', settle).off('end', settle);
      resolve();
    }
    redis.once('ready', settle).once('error', settle).once('end', settle);
  });
}
