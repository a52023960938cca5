import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string's parameters. */
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  credentials?: RequestCredentials;
}

export interface MockResponse {
  status: number;
  body?: unknown;
}

type Handler = MockResponse | MockResponse[] | ((request: RecordedRequest) => MockResponse);

/**
 * A fake `fetch` answering by "METHOD /path" (query string ignored). An array answers its
 * items in turn, then repeats the last. Unknown routes answer 404 so a test fails loudly.
 */
export function createFetchMock(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const counters = new Map<string, number>();

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...(init.headers as Record<string, string> | undefined) },
      // JSON as the value it carries; a form (a file upload) as is
      body:
        typeof init.body === 'string'
          ? JSON.parse(init.body)
          : init.body instanceof FormData
            ? init.body
            : undefined,
      credentials: init.credentials,
    };
    requests.push(request);
    const key = `${method} ${url.pathname}`;
    const handler = handlers[key];
    let answer: MockResponse;
    if (!handler) {
      answer = { status: 404, body: { statusCode: 404, error: 'Not Found', message: key } };
    } else if (typeof handler === 'function') {
      answer = handler(request);
    } else if (Array.isArray(handler)) {
      const index = counters.get(key) ?? 0;
      counters.set(key, index + 1);
      answer = handler[Math.min(index, handler.length - 1)];
    } else {
      answer = handler;
    }
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(answer.status === 204 ? null : text, {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });

  return {
    fetch: fetchMock as unknown as typeof fetch,
    requests,
    /** "METHOD /path" of every request, in order. */
    calls: () => requests.map((r) => `${r.method} ${r.path}`),
  };
}
