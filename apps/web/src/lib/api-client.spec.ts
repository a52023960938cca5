import { describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { ApiError, createApiClient } from './api-client';

const user = { id: 'u1', email: 'va@example.com', name: 'Val', createdAt: '2026-01-01T00:00:00Z' };
const unauthorized = {
  status: 401,
  body: { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' },
};

describe('api client', () => {
  it('sends the access token, JSON and credentials with every request', async () => {
    const mock = createFetchMock({ 'POST /api/things': { status: 201, body: { id: 't1' } } });
    const api = createApiClient({ fetch: mock.fetch });
    api.setAccessToken('token-1');

    await expect(api.post('/things', { name: 'x' })).resolves.toEqual({ id: 't1' });

    const [request] = mock.requests;
    expect(request.headers.Authorization).toBe('Bearer token-1');
    expect(request.headers['Content-Type']).toBe('application/json');
    expect(request.credentials).toBe('include');
    expect(request.body).toEqual({ name: 'x' });
  });

  it('sends a form as multipart, leaving its content type to the browser', async () => {
    const mock = createFetchMock({ 'POST /api/uploads': { status: 202, body: { id: 'i1' } } });
    const api = createApiClient({ fetch: mock.fetch });
    api.setAccessToken('token-1');
    const form = new FormData();
    form.append('file', new Blob(['Name\nA'], { type: 'text/csv' }), 'tasks.csv');

    await expect(api.post('/uploads', form)).resolves.toEqual({ id: 'i1' });

    const [request] = mock.requests;
    expect(request.headers['Content-Type']).toBeUndefined();
    expect(request.headers.Authorization).toBe('Bearer token-1');
    expect(request.body).toBe(form);
  });

  it('on 401 refreshes once, then retries the request with the new token', async () => {
    const mock = createFetchMock({
      'GET /api/me': (request) =>
        request.headers.Authorization === 'Bearer fresh'
          ? { status: 200, body: { user, memberships: [] } }
          : unauthorized,
      'POST /api/auth/refresh': { status: 200, body: { user, accessToken: 'fresh' } },
    });
    const api = createApiClient({ fetch: mock.fetch });
    api.setAccessToken('stale');

    await expect(api.get('/me')).resolves.toEqual({ user, memberships: [] });

    expect(mock.calls()).toEqual(['GET /api/me', 'POST /api/auth/refresh', 'GET /api/me']);
    expect(mock.requests[1].credentials).toBe('include');
    expect(api.getAccessToken()).toBe('fresh');
  });

  it('retries only once: a second 401 ends the session and is thrown', async () => {
    const mock = createFetchMock({
      'GET /api/me': unauthorized,
      'POST /api/auth/refresh': { status: 200, body: { user, accessToken: 'fresh' } },
    });
    const api = createApiClient({ fetch: mock.fetch });
    const expired = vi.fn();
    api.onSessionExpired(expired);
    api.setAccessToken('stale');

    const error = await api.get('/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(mock.calls()).toEqual(['GET /api/me', 'POST /api/auth/refresh', 'GET /api/me']);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(api.getAccessToken()).toBeNull();
  });

  it('when the refresh token is dead, throws the 401 without retrying', async () => {
    const mock = createFetchMock({
      'GET /api/me': unauthorized,
      'POST /api/auth/refresh': unauthorized,
    });
    const api = createApiClient({ fetch: mock.fetch });
    const expired = vi.fn();
    api.onSessionExpired(expired);

    await expect(api.get('/me')).rejects.toMatchObject({ status: 401 });
    expect(mock.calls()).toEqual(['GET /api/me', 'POST /api/auth/refresh']);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('shares one refresh between concurrent requests (the refresh token rotates)', async () => {
    const mock = createFetchMock({
      'GET /api/a': (r) =>
        r.headers.Authorization === 'Bearer fresh' ? { status: 200, body: 'a' } : unauthorized,
      'GET /api/b': (r) =>
        r.headers.Authorization === 'Bearer fresh' ? { status: 200, body: 'b' } : unauthorized,
      'POST /api/auth/refresh': { status: 200, body: { user, accessToken: 'fresh' } },
    });
    const api = createApiClient({ fetch: mock.fetch });
    api.setAccessToken('stale');

    await expect(Promise.all([api.get('/a'), api.get('/b')])).resolves.toEqual(['a', 'b']);
    expect(mock.calls().filter((c) => c === 'POST /api/auth/refresh')).toHaveLength(1);
  });

  it('does not refresh when signing in fails', async () => {
    const mock = createFetchMock({ 'POST /api/auth/login': unauthorized });
    const api = createApiClient({ fetch: mock.fetch });

    await expect(api.post('/auth/login', { email: 'a@b.co', password: 'x' })).rejects.toMatchObject(
      {
        status: 401,
      },
    );
    expect(mock.calls()).toEqual(['POST /api/auth/login']);
  });

  it('parses the error body into an ApiError with its fields and request id', async () => {
    const mock = createFetchMock({
      'POST /api/auth/register': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          fields: [
            { field: 'email', errors: ['email must be an email'] },
            { field: 'password', errors: ['too short', 'too common'] },
          ],
          requestId: 'req-42',
        },
      },
    });
    const api = createApiClient({ fetch: mock.fetch });

    const error = (await api.post('/auth/register', {}).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Validation failed');
    expect(error.requestId).toBe('req-42');
    expect(error.fields).toHaveLength(2);
    expect(error.fieldError('email')).toBe('email must be an email');
    expect(error.fieldError('password')).toBe('too short too common');
    expect(error.fieldError('name')).toBeUndefined();
  });

  it('turns a body that is not the API error shape into an ApiError too', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const api = createApiClient({ fetch: fetchMock as unknown as typeof fetch });

    await expect(api.get('/health')).rejects.toMatchObject({
      status: 502,
      error: 'Bad Gateway',
      fields: [],
    });
  });

  it('reports an unreachable API as a network error (status 0)', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = createApiClient({ fetch: fetchMock as unknown as typeof fetch });

    const error = (await api.get('/me').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
  });

  it('returns undefined for 204 and drops empty query values', async () => {
    const mock = createFetchMock({ 'POST /api/auth/logout': { status: 204 } });
    const api = createApiClient({ fetch: mock.fetch });
    await expect(api.post('/auth/logout')).resolves.toBeUndefined();

    const fetchMock = vi.fn(
      async (_input: RequestInfo | URL) => new Response('[]', { status: 200 }),
    );
    const api2 = createApiClient({ fetch: fetchMock as unknown as typeof fetch });
    await api2.get('/me/tasks', { query: { status: 'todo', dueBefore: undefined, limit: 50 } });
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/me/tasks?status=todo&limit=50');
  });
});
