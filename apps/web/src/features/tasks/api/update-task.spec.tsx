import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock, type MockResponse } from '@/testing/mock-fetch';
import { createTestQueryClient } from '@/testing/render';
import { taskKeys } from './query-keys';
import type { MyTaskResponse, TaskResponse } from './types';
import { useUpdateTask } from './update-task';

const base: TaskResponse = {
  id: 't1',
  workspaceId: 'ws1',
  projectId: 'p1',
  clientId: 'c1',
  title: 'Send the invoices',
  description: '',
  status: 'todo',
  priority: 'normal',
  assigneeId: 'u1',
  createdById: 'u1',
  dueDate: '2026-11-25',
  estimateMinutes: null,
  completedAt: null,
  position: 1024,
  checklist: [],
  recurrence: null,
  processId: null,
  version: 3,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};
const mine: MyTaskResponse = {
  ...base,
  workspaceName: 'Atelier',
  clientName: 'Éclat',
  projectName: 'Launch',
};
const error = (status: number): MockResponse => ({
  status,
  body: { statusCode: status, error: 'x', message: 'x' },
});

/** A response the test releases when it wants, to look at the screen in between. */
function deferred() {
  let release: (response: MockResponse) => void = () => {};
  const promise = new Promise<MockResponse>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

function setup(patch: (body: unknown) => Promise<MockResponse> | MockResponse) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(taskKeys.mine(), [mine]);
  queryClient.setQueryData(taskKeys.list('ws1', { projectId: 'p1' }), [base]);
  queryClient.setQueryData(taskKeys.detail('ws1', 't1'), base);
  const bodies: unknown[] = [];
  const mock = createFetchMock({});
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    if ((init.method ?? 'GET') === 'PATCH') {
      const body = JSON.parse(String(init.body));
      bodies.push(body);
      const answer = await patch(body);
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    }
    return mock.fetch(input, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider env="test">
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
  const { result } = renderHook(() => useUpdateTask(), { wrapper });
  const read = () => ({
    mine: queryClient.getQueryData<MyTaskResponse[]>(taskKeys.mine())?.[0],
    list: queryClient.getQueryData<TaskResponse[]>(taskKeys.list('ws1', { projectId: 'p1' }))?.[0],
    detail: queryClient.getQueryData<TaskResponse>(taskKeys.detail('ws1', 't1')),
  });
  return { result, read, bodies, queryClient };
}

const complete = {
  workspaceId: 'ws1',
  taskId: 't1',
  version: 3,
  changes: { status: 'done' as const },
};

describe('useUpdateTask', () => {
  it('changes every cached copy at once, then keeps the server’s answer', async () => {
    const answer = deferred();
    const { result, read, bodies } = setup(() => answer.promise);

    act(() => result.current.mutate(complete));

    await waitFor(() => expect(read().mine?.status).toBe('done'));
    expect(read().list?.status).toBe('done');
    expect(read().detail?.status).toBe('done');
    expect(read().mine?.completedAt).not.toBeNull();
    expect(bodies).toEqual([{ status: 'done', version: 3 }]);

    answer.release({
      status: 200,
      body: { ...base, status: 'done', version: 4, completedAt: '2026-11-25T10:00:00Z' },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(read().mine).toMatchObject({ status: 'done', version: 4, clientName: 'Éclat' });
    expect(read().list?.version).toBe(4);
  });

  it('puts every copy back when the server refuses', async () => {
    const answer = deferred();
    const { result, read } = setup(() => answer.promise);

    act(() => result.current.mutate(complete));
    await waitFor(() => expect(read().list?.status).toBe('done'));

    answer.release(error(500));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(read().mine).toEqual(mine);
    expect(read().list).toEqual(base);
    expect(read().detail).toEqual(base);
  });

  it('on a stale version (409) rolls back and marks the task for a refetch', async () => {
    const { result, read, queryClient } = setup(() => error(409));

    act(() => result.current.mutate(complete));

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(read().mine?.status).toBe('todo');
    // screens showing the task refetch it (here nothing is on screen, so it is only marked)
    expect(queryClient.getQueryState(taskKeys.mine())?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(taskKeys.detail('ws1', 't1'))?.isInvalidated).toBe(true);
  });

  it('runs a second change (an Undo) after the first, on the version the first produced', async () => {
    const first = deferred();
    const second = deferred();
    const answers = [first.promise, second.promise];
    const { result, bodies, read } = setup(() => answers.shift() as Promise<MockResponse>);

    act(() => result.current.mutate(complete));
    act(() => result.current.mutate({ ...complete, changes: { status: 'todo' } }));
    await waitFor(() => expect(read().mine?.status).toBe('todo'));
    // the undo waits for the first answer
    expect(bodies).toHaveLength(1);

    first.release({ status: 200, body: { ...base, status: 'done', version: 4 } });
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ status: 'todo', version: 4 });
    // the first answer does not flash the task back to done while the undo is on its way
    expect(read().mine).toMatchObject({ status: 'todo', version: 4 });

    second.release({ status: 200, body: { ...base, status: 'todo', version: 5 } });
    await waitFor(() => expect(read().mine?.version).toBe(5));
    expect(read().mine?.status).toBe('todo');
  });

  it('makes a later change (an Undo after the answer) on the newest version it saw', async () => {
    let version = 10;
    const { result, bodies } = setup((body) => {
      version += 1;
      return { status: 200, body: { ...base, id: 't2', ...(body as object), version } };
    });
    const target = { workspaceId: 'ws1', taskId: 't2', version: 10 };

    act(() => result.current.mutate({ ...target, changes: { status: 'done' } }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    // the Undo still holds the task as it was before the first change: version 10
    act(() => result.current.mutate({ ...target, changes: { status: 'todo' } }));

    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ status: 'todo', version: 11 });
  });
});
