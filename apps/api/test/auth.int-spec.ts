import { createHmac } from 'node:crypto';
import request from 'supertest';
import { createUser, uniqueEmail, TEST_PASSWORD } from './factories';
import { refreshCookieOf, signIn } from './auth-helpers';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from './test-app';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signToken(payload: object, secret = TEST_JWT_SECRET, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  describe('POST /api/auth/register', () => {
    it('creates the account, answers 201 with the user and a token, and sets the refresh cookie', async () => {
      const email = uniqueEmail('new');
      const res = await request(t.http)
        .post('/api/auth/register')
        .send({ email: `  ${email.toUpperCase()} `, password: 'a long password', name: ' Camille ' })
        .expect(201);
      expect(res.body.user).toMatchObject({ email, name: 'Camille' });
      expect(res.body.user).not.toHaveProperty('passwordHash');
      expect(typeof res.body.accessToken).toBe('string');
      const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('relais_refresh='));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const [row] = await t.dataSource.query('SELECT password_hash FROM users WHERE email = $1', [email]);
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    });

    it('queues a welcome email through the outbox', async () => {
      const email = uniqueEmail('welcome');
      await request(t.http).post('/api/auth/register').send({ email, password: 'a long password', name: 'W' }).expect(201);
      const rows = await t.dataSource.query('SELECT kind FROM emails WHERE to_address = $1', [email]);
      expect(rows).toEqual([{ kind: 'welcome' }]);
    });

    it('answers 409 when the email is taken, whatever its case', async () => {
      const user = await createUser(t.dataSource);
      await request(t.http)
        .post('/api/auth/register')
        .send({ email: user.email.toUpperCase(), password: 'a long password', name: 'Dup' })
        .expect(409);
    });

    it.each([
      ['missing fields', {}, ['email', 'password', 'name']],
      ['wrong types', { email: 42, password: ['x'], name: {} }, ['email', 'password', 'name']],
      ['a short password', { email: 'a@b.co', password: 'short', name: 'A' }, ['password']],
      ['a password over 128 characters', { email: 'a@b.co', password: 'x'.repeat(129), name: 'A' }, ['password']],
      ['an invalid email', { email: 'not-an-email', password: 'a long password', name: 'A' }, ['email']],
      ['unknown fields', { email: 'a@b.co', password: 'a long password', name: 'A', role: 'founder', isAdmin: true }, ['role', 'isAdmin']],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const res = await request(t.http).post('/api/auth/register').send(body).expect(400);
      expect(res.body.statusCode).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([...fields].sort());
    });

    it('answers 413 to an oversize body and 400 to malformed JSON', async () => {
      await request(t.http)
        .post('/api/auth/register')
        .send({ email: 'a@b.co', password: 'a long password', name: 'x'.repeat(200_000) })
        .expect(413)
        .expect((res) => expect(res.body.error).toBe('Payload Too Large'));
      await request(t.http)
        .post('/api/auth/register')
        .set('content-type', 'application/json')
        .send('{"email": ')
        .expect(400);
    });
  });

  describe('POST /api/auth/login', () => {
    it('signs in with the right password, whatever the email case and spaces', async () => {
      const user = await createUser(t.dataSource);
      const res = await request(t.http)
        .post('/api/auth/login')
        .send({ email: ` ${user.email.toUpperCase()}`, password: TEST_PASSWORD })
        .expect(200);
      expect(res.body.user.id).toBe(user.id);
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const user = await createUser(t.dataSource);
      const wrong = await request(t.http).post('/api/auth/login').send({ email: user.email, password: 'wrong password' }).expect(401);
      const unknown = await request(t.http).post('/api/auth/login').send({ email: uniqueEmail(), password: 'wrong password' }).expect(401);
      expect(wrong.body.message).toBe(unknown.body.message);
    });

    it.each([
      ['missing fields', {}, ['email', 'password']],
      ['wrong types', { email: 1, password: 2 }, ['email', 'password']],
      ['unknown fields', { email: 'a@b.co', password: 'x', remember: true }, ['remember']],
    ])('answers 400 naming the fields for %s', async (_label, body, fields) => {
      const res = await request(t.http).post('/api/auth/login').send(body).expect(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([...fields].sort());
    });
  });

  describe('access tokens', () => {
    it('requires a token on GET /api/me (401) and answers with the user and memberships when given', async () => {
      await request(t.http).get('/api/me').expect(401);
      const user = await createUser(t.dataSource);
      const { accessToken } = await signIn(t, user.email);
      const res = await request(t.http).get('/api/me').set('authorization', `Bearer ${accessToken}`).expect(200);
      expect(res.body).toEqual({
        // exactly these fields: never the password hash
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          createdAt: user.createdAt.toISOString(),
        },
        memberships: [],
      });
    });

    it.each([
      ['a bad signature', () => signToken({ sub: 'x', typ: 'access', exp: Math.floor(Date.now() / 1000) + 60 }, 'another-secret-another-secret-another')],
      ['alg none', () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'x', typ: 'access' })}.`],
      ['an expired token', () => signToken({ sub: 'x', typ: 'access', exp: Math.floor(Date.now() / 1000) - 10 })],
      ['a token of another type', () => signToken({ sub: 'x', typ: 'refresh', exp: Math.floor(Date.now() / 1000) + 60 })],
      ['garbage', () => 'not.a.jwt'],
    ])('refuses %s with 401', async (_label, token) => {
      const res = await request(t.http).get('/api/me').set('authorization', `Bearer ${token()}`).expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('issues access tokens that expire after 15 minutes', async () => {
      const user = await createUser(t.dataSource);
      const { accessToken } = await signIn(t, user.email);
      const payload = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
      expect(payload.exp - payload.iat).toBe(900);
    });
  });

  describe('refresh tokens', () => {
    it('rotates the refresh token on every use', async () => {
      const user = await createUser(t.dataSource);
      const first = await signIn(t, user.email);
      const res = await request(t.http).post('/api/auth/refresh').set('cookie', first.refreshCookie).expect(200);
      expect(res.body.user.id).toBe(user.id);
      const second = refreshCookieOf(res.headers['set-cookie']);
      expect(second).not.toBe(first.refreshCookie);
      await request(t.http).post('/api/auth/refresh').set('cookie', second).expect(200);
    });

    it('revokes the whole family when a spent token is reused', async () => {
      const user = await createUser(t.dataSource);
      const first = await signIn(t, user.email);
      const rotated = await request(t.http).post('/api/auth/refresh').set('cookie', first.refreshCookie).expect(200);
      const second = refreshCookieOf(rotated.headers['set-cookie']);
      // the stolen first token is replayed: refused, and the legitimate second one dies with it
      await request(t.http).post('/api/auth/refresh').set('cookie', first.refreshCookie).expect(401);
      await request(t.http).post('/api/auth/refresh').set('cookie', second).expect(401);
      // other sign-ins of the same user are separate families and keep working
      const other = await signIn(t, user.email);
      await request(t.http).post('/api/auth/refresh').set('cookie', other.refreshCookie).expect(200);
    });

    it('lets only one of two concurrent refreshes with the same token win', async () => {
      const user = await createUser(t.dataSource);
      const { refreshCookie } = await signIn(t, user.email);
      const results = await Promise.all([
        request(t.http).post('/api/auth/refresh').set('cookie', refreshCookie),
        request(t.http).post('/api/auth/refresh').set('cookie', refreshCookie),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('answers 401 without a cookie or with an unknown one', async () => {
      await request(t.http).post('/api/auth/refresh').expect(401);
      await request(t.http).post('/api/auth/refresh').set('cookie', 'relais_refresh=made-up').expect(401);
    });

    it('stores only a hash of the token', async () => {
      const user = await createUser(t.dataSource);
      const { refreshCookie } = await signIn(t, user.email);
      const raw = refreshCookie.split('=')[1];
      const rows = await t.dataSource.query('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [user.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).not.toContain(raw);
      expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('POST /api/auth/logout', () => {
    it('revokes the session: the refresh cookie no longer works', async () => {
      const user = await createUser(t.dataSource);
      const { refreshCookie } = await signIn(t, user.email);
      await request(t.http).post('/api/auth/logout').set('cookie', refreshCookie).expect(204);
      await request(t.http).post('/api/auth/refresh').set('cookie', refreshCookie).expect(401);
    });

    it('answers 204 without a session, so signing out twice is harmless', async () => {
      await request(t.http).post('/api/auth/logout').expect(204);
    });
  });
});

describe('rate limiting of sign-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers 429 once the attempts per minute are spent, even with the right password', async () => {
    const user = await createUser(t.dataSource);
    for (let i = 0; i < 3; i++) {
      await request(t.http).post('/api/auth/login').send({ email: user.email, password: 'wrong password' }).expect(401);
    }
    const res = await request(t.http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
    expect(res.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  });

  it('limits registration too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await request(t.http).post('/api/auth/register').send({ email: 'same@example.test', password: 'short', name: 'x' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});
