import request from 'supertest';
import type { TestApp } from './test-app';
import { TEST_PASSWORD } from './factories';

/** Signs in through the real endpoint; returns the access token and the refresh cookie. */
export async function signIn(
  testApp: TestApp,
  email: string,
  password = TEST_PASSWORD,
): Promise<{ accessToken: string; refreshCookie: string }> {
  const res = await request(testApp.http).post('/api/auth/login').send({ email, password }).expect(200);
  return { accessToken: res.body.accessToken, refreshCookie: refreshCookieOf(res.headers['set-cookie']) };
}

export function refreshCookieOf(setCookie: string | string[] | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = cookies.find((c) => c.startsWith('relais_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0];
}
