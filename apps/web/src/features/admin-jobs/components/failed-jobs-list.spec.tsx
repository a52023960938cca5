import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock, type MockResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { FailedJobResponse } from '../api/types';
import { FailedJobsList } from './failed-jobs-list';

const job = (id: string, fields: Partial<FailedJobResponse> = {}): FailedJobResponse => ({
  id,
  name: 'send-email',
  data: { workspaceId: 'ws1', emailId: 'e1' },
  attempts: 5,
  error: 'connect ECONNREFUSED 127.0.0.1:25',
  failedAt: '2026-03-01T10:00:00Z',
  ...fields,
});

function setup(answers: MockResponse | MockResponse[]) {
  const mock = createFetchMock({ 'GET /api/workspaces/ws1/admin/failed-jobs': answers });
  vi.stubGlobal('fetch', mock.fetch);
  renderWithProviders(<FailedJobsList workspaceId="ws1" />);
  return mock;
}

describe('FailedJobsList', () => {
  it('says there are no failed jobs', async () => {
    setup({ status: 200, body: { items: [], nextCursor: null } });
    expect(await screen.findByText('No failed jobs')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists each job’s name, time, attempts and error, and loads older ones on demand', async () => {
    const mock = setup([
      { status: 200, body: { items: [job('email-1')], nextCursor: 'c1' } },
      {
        status: 200,
        body: {
          items: [job('import-2', { name: 'task-import', attempts: 3, error: 'boom' })],
          nextCursor: null,
        },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Failed jobs, newest first' });
    const first = within(table).getAllByRole('row')[1];
    expect(within(first).getByText('Email')).toBeTruthy();
    expect(within(first).getByText('email-1')).toBeTruthy();
    expect(within(first).getByText('5')).toBeTruthy();
    expect(within(first).getByText('connect ECONNREFUSED 127.0.0.1:25')).toBeTruthy();
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-01T10:00:00Z');
    expect(screen.getByText('1 failed job shown, older ones below')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await within(table).findByText('CSV import')).toBeTruthy();
    expect(screen.getByText('2 failed jobs')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(mock.requests).toHaveLength(2);
  });

  it('shows a job it has no words for by its name, and an error with a retry', async () => {
    setup([
      {
        status: 503,
        body: { statusCode: 503, error: 'Service Unavailable', message: 'queue down' },
      },
      { status: 200, body: { items: [job('x', { name: 'future-job' })], nextCursor: null } },
    ]);
    expect(await screen.findByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('future-job')).toBeTruthy();
  });
});
