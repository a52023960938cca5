import { ConfigError, isEmbedded, loadConfig } from './app-config';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const DATABASE_URL = 'postgres://relais@db.internal:5432/relais';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig', () => {
  it('gives the embedded defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      nodeEnv: 'development',
      host: '0.0.0.0',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      dataDir: '.relais-data',
      redisUrl: undefined,
      queuePrefix: 'relais',
      runWorkers: true,
      jobBackoffMs: 1000,
      jobConcurrency: 5,
      jobLockMs: 30000,
      reminderScanMs: 300000,
      digestScanMs: 900000,
      recurringScanMs: 900000,
      smtpUrl: undefined,
      mailFrom: 'Relais <no-reply@relais.local>',
      jwtSecret: undefined,
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 30,
      cookieSecure: false,
      authRateLimitPerMinute: 10,
      bodyLimit: 100 * 1024,
      logLevel: 'info',
      seedDemo: true,
      webDist: 'dist/web',
    });
    expect(isEmbedded(config)).toBe(true);
  });

  it('converts the values it is given, and derives the public URL from the port', () => {
    const config = loadConfig({
      PORT: '8080',
      RUN_WORKERS: 'false',
      JOB_BACKOFF_MS: '20',
      DATABASE_URL,
      JWT_SECRET: SECRET,
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: 'http://localhost:8080',
      runWorkers: false,
      jobBackoffMs: 20,
      databaseUrl: DATABASE_URL,
      jwtSecret: SECRET,
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(isEmbedded(config)).toBe(false);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url', JWT_SECRET: SECRET }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root@localhost/relais', JWT_SECRET: SECRET }],
    ['JWT_SECRET', { JWT_SECRET: 'too-short' }],
    ['JWT_SECRET', { DATABASE_URL }],
    ['REDIS_URL', { REDIS_URL: 'http://127.0.0.1:6379' }],
    ['SMTP_URL', { SMTP_URL: 'mail.example.com' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['REMINDER_SCAN_MS', { REMINDER_SCAN_MS: '50' }],
    ['DIGEST_SCAN_MS', { DIGEST_SCAN_MS: '-1' }],
    ['JOB_LOCK_MS', { JOB_LOCK_MS: '10' }],
  ])('refuses a wrong %s, naming it (%j)', (variable, env) => {
    expect(configError(env).message).toContain(`"${variable}"`);
  });

  it('turns the periodic scans off in tests unless set, and off anywhere with 0', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({
      reminderScanMs: 0,
      digestScanMs: 0,
      recurringScanMs: 0,
    });
    expect(
      loadConfig({ NODE_ENV: 'test', REMINDER_SCAN_MS: '200', DIGEST_SCAN_MS: '0' }),
    ).toMatchObject({ reminderScanMs: 200, digestScanMs: 0 });
    expect(loadConfig({ RECURRING_SCAN_MS: '0' }).recurringScanMs).toBe(0);
  });

  it('requires JWT_SECRET with DATABASE_URL, saying so', () => {
    expect(configError({ DATABASE_URL }).message).toContain(
      '"JWT_SECRET" is required with DATABASE_URL',
    );
    expect(() => loadConfig({ DATABASE_URL, JWT_SECRET: SECRET })).not.toThrow();
  });

  it.each([
    ['64kb', 64 * 1024],
    ['2mb', 2 * 1024 * 1024],
  ])('reads BODY_LIMIT %s as %i bytes', (limit, bytes) => {
    expect(loadConfig({ BODY_LIMIT: limit }).bodyLimit).toBe(bytes);
  });

  it('names every wrong variable at once', () => {
    const { message } = configError({ PORT: '-1', JWT_SECRET: 'short', BODY_LIMIT: 'lots' });
    expect(message).toContain('"PORT"');
    expect(message).toContain('"JWT_SECRET"');
    expect(message).toContain('"BODY_LIMIT"');
  });

  it.each([
    ['the embedded database', {}, true],
    ['a real PostgreSQL', { DATABASE_URL, JWT_SECRET: SECRET }, false],
    [
      'a real PostgreSQL with SEED_DEMO=true',
      { DATABASE_URL, JWT_SECRET: SECRET, SEED_DEMO: 'true' },
      true,
    ],
    ['the embedded database with SEED_DEMO=false', { SEED_DEMO: 'false' }, false],
  ])('seeds the demo for %s: %s', (_label, env, seedDemo) => {
    expect(loadConfig(env).seedDemo).toBe(seedDemo);
  });

  it('makes cookies secure by default in production only', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });
});
