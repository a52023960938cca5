import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../../config/app-config';

export const JWT_SECRET = Symbol('JWT_SECRET');

/**
 * JWT_SECRET when set (required with DATABASE_URL). The embedded default keeps a generated secret
 * in its data folder, so sessions survive a restart without any configuration.
 */
export function resolveJwtSecret(config: AppConfig): Promise<string> {
  // memoised: the JWT module and the strategy must share one secret, even a random one
  let secret = secrets.get(config);
  if (!secret) {
    secret = readOrCreateSecret(config);
    secrets.set(config, secret);
  }
  return secret;
}

const secrets = new WeakMap<AppConfig, Promise<string>>();

async function readOrCreateSecret(config: AppConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.dataDir === 'memory') return randomBytes(48).toString('base64url');
  const folder = resolve(config.dataDir);
  const file = join(folder, 'jwt-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(folder, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}
