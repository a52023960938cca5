import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { HeaderTimer } from './header-timer';
import { TimerToggle } from './timer-toggle';

const timerOn = (taskId: string, taskTitle: string) => ({
  id: `entry-${taskId}`,
  workspaceId: 'ws1',
  workspaceName: 'Atelier',
  taskId,
  taskTitle,
  projectId: 'p1',
  projectName: 'Lancement',
  clientId: 'c1',
  clientName: 'Éclat',
  startedAt: new Date(Date.now() - 65_000).toISOString(),
  billable: true,
  note: '',
});

describe('the timer', () => {
  it('shows the running task in the header; starting another task switches it', async () => {
    const mock = createFetchMock({
      'GET /api/me/timer': [
        { status: 200, body: { timer: timerOn('a', 'Relire le cahier') } },
        { status: 200, body: { timer: timerOn('b', 'Créer les visuels') } },
      ],
      'POST /api/workspaces/ws1/time-entries/timer/start': {
        status: 201,
        body: {
          ...timerOn('b', 'Créer les visuels'),
          userId: 'u1',
          memberName: 'Léa',
          endedAt: null,
          minutes: null,
          running: true,
          approved: false,
          approvedAt: null,
          approvedById: null,
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        },
      },
      'GET /api/workspaces/ws1/time-entries': {
        status: 200,
        body: { items: [], nextCursor: null },
      },
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithProviders(
      <>
        <HeaderTimer />
        <TimerToggle task={{ id: 'a', workspaceId: 'ws1', title: 'Relire le cahier' }} />
        <TimerToggle task={{ id: 'b', workspaceId: 'ws1', title: 'Créer les visuels' }} />
      </>,
    );

    const header = await screen.findByRole('group', {
      name: 'Timer running on “Relire le cahier”',
    });
    expect(header.textContent).toContain('0:01:0');
    expect(
      screen.getByRole('button', { name: 'Stop the timer on “Relire le cahier”', pressed: true }),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Start the timer on “Créer les visuels”' }));

    // at once, before the server answers: the header and both buttons say so
    expect(
      await screen.findByRole('group', { name: 'Timer running on “Créer les visuels”' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Start the timer on “Relire le cahier”' }),
    ).toBeTruthy();
    await waitFor(() =>
      expect(mock.calls()).toContain('POST /api/workspaces/ws1/time-entries/timer/start'),
    );
    expect(mock.requests.find((r) => r.method === 'POST')?.body).toEqual({ taskId: 'b' });
  });
});
