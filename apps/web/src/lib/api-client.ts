import type { ApiErrorBody, AuthResponse } from '@relais/domain';

export type FieldErrors = NonNullable<ApiErrorBody['fields']>;

/** An error answered by the API (or a request that never reached it: `status` 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly error: string;
  readonly fields: FieldErrors;
  readonly requestId?: string;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.error = body.error;
    this.fields = body.fields ?? [];
    this.requestId = body.requestId;
  }

  /** The messages for one field of a 400 validation error, joined for display. */
  fieldError(field: string): string | undefined {
    const found = this.fields.find((f) => f.field === field);
    return found && found.errors.length > 0 ? found.errors.join(' ') : undefined;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

type SessionListener = () => void;

// Authentication endpoints answer 401 for bad credentials or a dead refresh token: a refresh
// cannot help them, and refreshing from the refresh call itself would loop.
const NO_REFRESH_PATHS = ['/auth/login', '/auth/register', '/auth/refresh', '/auth/logout'];

function toQueryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorBody).statusCode === 'number' &&
    'message' in value
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    parsed = undefined;
  }
  if (isErrorBody(parsed)) {
    const message: unknown = parsed.message;
    return new ApiError({
      statusCode: parsed.statusCode,
      error: parsed.error,
      message: Array.isArray(message) ? message.join(' ') : String(message),
      fields: Array.isArray(parsed.fields) ? parsed.fields : undefined,
      requestId: parsed.requestId,
    });
  }
  return new ApiError({
    statusCode: response.status,
    error: response.statusText || 'Error',
    message: response.statusText || `Request failed with status ${response.status}`,
  });
}

/**
 * A fetch wrapper for the Relais API. The access token lives in memory only (never in storage);
 * the refresh token is an httpOnly cookie, so every request sends credentials. On a 401 it
 * refreshes once (one refresh in flight at a time, since the refresh token rotates) and retries.
 */
export function createApiClient({ baseUrl = '/api', fetch: fetchImpl }: ApiClientOptions = {}) {
  let accessToken: string | null = null;
  let refreshing: Promise<AuthResponse | null> | null = null;
  const expiredListeners = new Set<SessionListener>();
  // resolved at call time, so tests can stub the global fetch after the client exists
  const doFetch: typeof fetch = (input, init) => (fetchImpl ?? globalThis.fetch)(input, init);

  async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    // a form (a file upload) sets its own multipart type, with the boundary
    const isForm = options.body instanceof FormData;
    if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
    try {
      return await doFetch(`${baseUrl}${path}${toQueryString(options.query)}`, {
        method,
        headers,
        credentials: 'include',
        body:
          options.body === undefined
            ? undefined
            : isForm
              ? (options.body as FormData)
              : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError({
        statusCode: 0,
        error: 'NetworkError',
        message: cause instanceof Error ? cause.message : 'Network error',
      });
    }
  }

  async function parse<T>(response: Response): Promise<T> {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * Trades the refresh cookie for a new access token. Resolves null when there is no live
   * session (401/403); rejects with an ApiError when the API cannot be reached or fails.
   */
  function refresh(): Promise<AuthResponse | null> {
    refreshing ??= (async () => {
      try {
        const response = await send('POST', '/auth/refresh', {});
        if (response.status === 401 || response.status === 403) {
          accessToken = null;
          return null;
        }
        if (!response.ok) throw await toApiError(response);
        const session = await parse<AuthResponse>(response);
        accessToken = session.accessToken;
        return session;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  async function request<T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    const tokenUsed = accessToken;
    let response = await send(method, path, options);
    if (response.status === 401 && !NO_REFRESH_PATHS.includes(path)) {
      // another request may have renewed the token while this one was in flight
      const renewed =
        (accessToken !== null && accessToken !== tokenUsed) || (await refresh()) !== null;
      if (renewed) response = await send(method, path, options);
      if (response.status === 401) {
        accessToken = null;
        expiredListeners.forEach((listener) => listener());
      }
    }
    if (!response.ok) throw await toApiError(response);
    return parse<T>(response);
  }

  return {
    request,
    refresh,
    get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) =>
      request<T>('GET', path, options),
    post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
      request<T>('POST', path, { ...options, body }),
    patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
      request<T>('PATCH', path, { ...options, body }),
    put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
      request<T>('PUT', path, { ...options, body }),
    delete: <T = void>(path: string, options?: Omit<RequestOptions, 'body'>) =>
      request<T>('DELETE', path, options),
    getAccessToken: (): string | null => accessToken,
    setAccessToken: (token: string | null): void => {
      accessToken = token;
    },
    /** Called when a request got 401 and a refresh could not renew the session. */
    onSessionExpired: (listener: SessionListener): (() => void) => {
      expiredListeners.add(listener);
      return () => {
        expiredListeners.delete(listener);
      };
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const api = createApiClient();
