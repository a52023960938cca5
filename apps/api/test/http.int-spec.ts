import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createUser } from './factories';
import { signIn } from './auth-helpers';
import { startTestApp, type TestApp } from './test-app';

/** What the HTTP layer (Fastify, its plugins, our error filter) promises on every route. */
describe('the HTTP layer', () => {
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'relais-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Relais</title>');
    writeFileSync(join(webDist, 'assets', 'app-1a2b.js'), 'console.log("relais")');
    t = await startTestApp({ WEB_DIST: webDist });
  });

  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  describe('the web client', () => {
    it('serves built files with a cache lifetime', async () => {
      const res = await request(t.http).get('/assets/app-1a2b.js').expect(200);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['cache-control']).toBe('public, max-age=3600');
      expect(res.text).toBe('console.log("relais")');
    });

    it.each(['/', '/w/123/tasks', '/login?next=%2Fme'])(
      'answers the page itself at %s, never cached, so a new build is picked up',
      async (path) => {
        const res = await request(t.http).get(path).expect(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.headers['cache-control']).toBe('public, max-age=0');
        expect(res.text).toContain('<title>Relais</title>');
      },
    );

    it('answers an unknown API path with a JSON 404, not the page', async () => {
      for (const path of ['/api', '/api/nothing-here', '/api/workspaces/x/y/z']) {
        const res = await request(t.http).get(path).expect(404);
        expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      }
    });

    it('does not answer other methods with the page', async () => {
      await request(t.http).post('/w/123/tasks').send({}).expect(404);
    });
  });

  it('sends security headers on pages and API answers', async () => {
    for (const path of ['/', '/api/health']) {
      const res = await request(t.http).get(path);
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  describe('request ids', () => {
    it("keeps the caller's sane X-Request-Id and names the error with it", async () => {
      const res = await request(t.http).get('/api/me').set('X-Request-Id', 'trace-42').expect(401);
      expect(res.headers['x-request-id']).toBe('trace-42');
      expect(res.body.requestId).toBe('trace-42');
    });

    it('replaces an id that is not sane with a new one', async () => {
      const res = await request(t.http)
        .get('/api/me')
        .set('X-Request-Id', 'not sane; drop table')
        .expect(401);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
    });
  });

  describe('bodies the server cannot read', () => {
    let token: string;

    beforeAll(async () => {
      token = (await signIn(t, (await createUser(t.dataSource)).email)).accessToken;
    });

    const post = () =>
      request(t.http).post('/api/workspaces').set('Authorization', `Bearer ${token}`);

    it('answers 415 to a content type other than JSON', async () => {
      const res = await post()
        .set('content-type', 'text/xml')
        .send('<name>Acme</name>')
        .expect(415);
      expect(res.body).toMatchObject({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: 'This content type is not accepted here; send JSON',
      });
    });

    it('answers 400 to malformed JSON and to an empty body typed as JSON', async () => {
      const malformed = await post()
        .set('content-type', 'application/json')
        .send('{"name": ')
        .expect(400);
      expect(malformed.body.message).toBe('The request body is not valid JSON');
      const empty = await post().set('content-type', 'application/json').send('').expect(400);
      expect(empty.body.message).toBe('The request body is empty but its type says JSON');
    });

    it('refuses JSON that would poison prototypes', async () => {
      await post()
        .set('content-type', 'application/json')
        .send('{"name": "Acme", "__proto__": {"admin": true}}')
        .expect(400);
    });

    it('answers 400 naming the field to a multipart form on a route that takes JSON', async () => {
      const res = await post().field('name', 'Acme').expect(400);
      expect(res.body.statusCode).toBe(400);
    });
  });

  it('publishes the OpenAPI document and its page', async () => {
    const json = await request(t.http).get('/api/docs-json').expect(200);
    expect(json.body.info.title).toBe('Relais API');
    expect(json.body.paths['/api/workspaces/{ws}/tasks']).toBeDefined();
    const page = await request(t.http).get('/api/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
  });
});
