import * as Joi from 'joi';

/**
 * Every setting Relais reads, validated once at start-up. A wrong or missing value stops the
 * process with a message naming the variable.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Real PostgreSQL when set; otherwise the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** Folder of the embedded database, or `memory` for a throwaway in-memory one. */
  dataDir: string;
  /** BullMQ on Redis when set; otherwise jobs run in-process. */
  redisUrl?: string;
  queuePrefix: string;
  /** Whether this process runs job handlers (the API can leave them to `worker`). */
  runWorkers: boolean;
  jobBackoffMs: number;
  /** Jobs one worker process runs at the same time (BullMQ). */
  jobConcurrency: number;
  /** How soon the jobs of a worker that died are run again by another (BullMQ lock duration). */
  jobLockMs: number;
  /**
   * How often the periodic scans run (due-soon reminders, digests, recurring tasks), in ms;
   * 0 turns a scan off. Off by default under NODE_ENV=test, so tests run them on purpose.
   */
  reminderScanMs: number;
  digestScanMs: number;
  recurringScanMs: number;
  smtpUrl?: string;
  mailFrom: string;
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  cookieSecure: boolean;
  authRateLimitPerMinute: number;
  /** Largest request body, in bytes. */
  bodyLimit: number;
  logLevel: string;
  seedDemo: boolean;
  webDist: string;
}

/** A scan's interval in ms: 0 (off) or at least 100 ms. */
const scanInterval = Joi.alternatives().try(Joi.number().valid(0), Joi.number().integer().min(100));

/** Scans are off by default in tests, which run them on purpose. */
function scanDefault(env: string, defaultMs: number): number {
  return env === 'test' ? 0 : defaultMs;
}

const schema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  HOST: Joi.string().default('0.0.0.0'),
  PORT: Joi.number().port().default(3000),
  PUBLIC_URL: Joi.string().uri({ scheme: ['http', 'https'] }),
  DATABASE_URL: Joi.string().uri({ scheme: ['postgres', 'postgresql'] }),
  RELAIS_DATA_DIR: Joi.string().default('.relais-data'),
  REDIS_URL: Joi.string().uri({ scheme: ['redis', 'rediss'] }),
  QUEUE_PREFIX: Joi.string()
    .pattern(/^[a-z0-9_-]+$/i)
    .default('relais'),
  RUN_WORKERS: Joi.boolean().default(true),
  JOB_BACKOFF_MS: Joi.number().integer().min(1).default(1000),
  JOB_CONCURRENCY: Joi.number().integer().min(1).max(100).default(5),
  JOB_LOCK_MS: Joi.number().integer().min(500).default(30_000),
  REMINDER_SCAN_MS: scanInterval,
  DIGEST_SCAN_MS: scanInterval,
  RECURRING_SCAN_MS: scanInterval,
  SMTP_URL: Joi.string().uri({ scheme: ['smtp', 'smtps'] }),
  MAIL_FROM: Joi.string().default('Relais <no-reply@relais.local>'),
  JWT_SECRET: Joi.string()
    .min(32)
    .when('DATABASE_URL', {
      is: Joi.exist(),
      then: Joi.required().messages({
        'any.required': '"JWT_SECRET" is required with DATABASE_URL',
      }),
    }),
  ACCESS_TOKEN_TTL_SECONDS: Joi.number().integer().min(10).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: Joi.number().integer().min(1).max(365).default(30),
  COOKIE_SECURE: Joi.boolean(),
  AUTH_RATE_LIMIT_PER_MINUTE: Joi.number().integer().min(1).default(10),
  BODY_LIMIT: Joi.string()
    .pattern(/^\d+(kb|mb)$/)
    .default('100kb'),
  LOG_LEVEL: Joi.string()
    .valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent')
    .default('info'),
  SEED_DEMO: Joi.boolean(),
  WEB_DIST: Joi.string().default('dist/web'),
}).unknown(true);

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const { value, error } = schema.validate(env, { abortEarly: false, convert: true });
  if (error) {
    const lines = error.details.map((d) => `  - ${d.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${lines}`);
  }
  const port = value.PORT as number;
  const embedded = !value.DATABASE_URL;
  return {
    nodeEnv: value.NODE_ENV,
    host: value.HOST,
    port,
    publicUrl: value.PUBLIC_URL ?? `http://localhost:${port}`,
    databaseUrl: value.DATABASE_URL,
    dataDir: value.RELAIS_DATA_DIR,
    redisUrl: value.REDIS_URL,
    queuePrefix: value.QUEUE_PREFIX,
    runWorkers: value.RUN_WORKERS,
    jobBackoffMs: value.JOB_BACKOFF_MS,
    jobConcurrency: value.JOB_CONCURRENCY,
    jobLockMs: value.JOB_LOCK_MS,
    reminderScanMs: value.REMINDER_SCAN_MS ?? scanDefault(value.NODE_ENV, 5 * 60_000),
    digestScanMs: value.DIGEST_SCAN_MS ?? scanDefault(value.NODE_ENV, 15 * 60_000),
    recurringScanMs: value.RECURRING_SCAN_MS ?? scanDefault(value.NODE_ENV, 15 * 60_000),
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    jwtSecret: value.JWT_SECRET,
    accessTokenTtlSeconds: value.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: value.REFRESH_TOKEN_TTL_DAYS,
    cookieSecure: value.COOKIE_SECURE ?? value.NODE_ENV === 'production',
    authRateLimitPerMinute: value.AUTH_RATE_LIMIT_PER_MINUTE,
    bodyLimit: toBytes(value.BODY_LIMIT as string),
    logLevel: value.LOG_LEVEL,
    // the demo workspace belongs to the embedded default only, unless asked for
    seedDemo: value.SEED_DEMO ?? embedded,
    webDist: value.WEB_DIST,
  };
}

/** `100kb` or `5mb` (the pattern the schema allows) in bytes. */
function toBytes(limit: string): number {
  const [, amount, unit] = /^(\d+)(kb|mb)$/.exec(limit)!;
  return Number(amount) * (unit === 'mb' ? 1024 * 1024 : 1024);
}

export function isEmbedded(config: AppConfig): boolean {
  return !config.databaseUrl;
}
