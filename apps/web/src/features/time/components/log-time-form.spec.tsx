import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { LogTimeForm } from './log-time-form';

const entry = {
  id: 'e1',
  workspaceId: 'ws1',
  userId: 'u1',
  memberName: 'Léa Moreau',
  taskId: 't1',
  taskTitle: 'Relire le cahier',
  projectId: 'p1',
  projectName: 'Lancement',
  clientId: 'c1',
  clientName: 'Éclat',
  startedAt: '2026-11-25T13:30:00.000Z',
  endedAt: '2026-11-25T15:00:00.000Z',
  minutes: 90,
  running: false,
  billable: true,
  note: '',
  approved: false,
  approvedAt: null,
  approvedById: null,
  createdAt: '2026-11-25T15:00:00.000Z',
  updatedAt: '2026-11-25T15:00:00.000Z',
};

describe('LogTimeForm', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T15:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  function setup(post: { status: number; body: unknown }[]) {
    const mock = createFetchMock({
      'GET /api/workspaces/ws1/time-entries': {
        status: 200,
        body: { items: [], nextCursor: null },
      },
      'POST /api/workspaces/ws1/time-entries': post,
    });
    vi.stubGlobal('fetch', mock.fetch);
    const onDone = vi.fn();
    renderWithProviders(
      <LogTimeForm
        workspaceId="ws1"
        task={{ id: 't1', title: 'Relire le cahier' }}
        userId="u1"
        onDone={onDone}
        onCancel={() => {}}
      />,
    );
    return { mock, onDone };
  }

  it('checks the duration as it is typed and reads it back', async () => {
    setup([{ status: 201, body: entry }]);
    const duration = screen.getByLabelText(/Duration/);
    fireEvent.change(duration, { target: { value: 'soon' } });
    fireEvent.blur(duration);
    expect(await screen.findByText('Enter a duration like 1h30, 90 or 1,5 h')).toBeTruthy();

    fireEvent.change(duration, { target: { value: '1,5 h' } });
    expect(screen.queryByText('Enter a duration like 1h30, 90 or 1,5 h')).toBeNull();
    expect(screen.getByText('= 1h 30m')).toBeTruthy();

    fireEvent.change(duration, { target: { value: '25h' } });
    expect(screen.getByText('Between 1 minute and 24 hours')).toBeTruthy();
  });

  it('logs the minutes read, and shows the API’s field errors under the inputs', async () => {
    const { mock, onDone } = setup([
      {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Invalid request: note',
          fields: [
            { field: 'note', errors: ['note must be shorter than or equal to 2000 characters'] },
          ],
        },
      },
      { status: 201, body: entry },
    ]);
    fireEvent.change(screen.getByLabelText(/Duration/), { target: { value: '1h30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log time' }));

    expect(
      await screen.findByText('note must be shorter than or equal to 2000 characters'),
    ).toBeTruthy();
    const post = mock.requests.find((r) => r.method === 'POST');
    expect(post?.body).toMatchObject({ taskId: 't1', minutes: 90, billable: true });
    // work that just ended: it started 1h30 ago
    expect(new Date((post?.body as { startedAt: string }).startedAt).getTime()).toBe(
      new Date('2026-11-25T13:30:00Z').getTime(),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Log time' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(entry));
  });
});
