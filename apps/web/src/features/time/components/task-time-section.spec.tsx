import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ViewerContext } from '@/lib/authorization';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { TimeEntryResponse } from '../api/types';
import { TaskTimeSection } from './task-time-section';

const entry = (id: string, userId: string, memberName: string, minutes: number) =>
  ({
    id,
    workspaceId: 'ws1',
    userId,
    memberName,
    taskId: 't1',
    taskTitle: 'Relire le cahier',
    projectId: 'p1',
    projectName: 'Lancement',
    clientId: 'c1',
    clientName: 'Éclat',
    startedAt: '2026-03-02T09:00:00Z',
    endedAt: new Date(Date.parse('2026-03-02T09:00:00Z') + minutes * 60_000).toISOString(),
    minutes,
    running: false,
    billable: true,
    note: '',
    approved: false,
    approvedAt: null,
    approvedById: null,
    createdAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
  }) satisfies TimeEntryResponse;

describe('the time of a task', () => {
  it('asks the API for the entries of the task, and shows them with their total', async () => {
    const mock = createFetchMock({
      'GET /api/me/timer': { status: 200, body: { timer: null } },
      'GET /api/workspaces/ws1/time-entries': {
        status: 200,
        body: {
          items: [entry('e1', 'u1', 'Léa', 45), entry('e2', 'u2', 'Chloé', 90)],
          nextCursor: null,
        },
      },
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithProviders(
      <ViewerContext.Provider value={{ userId: 'u1', memberships: [] }}>
        <TaskTimeSection
          task={{ id: 't1', workspaceId: 'ws1', title: 'Relire le cahier', clientId: 'c1' }}
        />
      </ViewerContext.Provider>,
    );

    const list = await screen.findByRole('list', { name: 'Time' });
    expect(list.querySelectorAll('[role="listitem"]')).toHaveLength(2);
    expect(list.textContent).toContain('Chloé');
    expect(screen.getByText('2h 15m logged')).toBeTruthy();
    const request = mock.requests.find((r) => r.path === '/api/workspaces/ws1/time-entries');
    // the server filters by task: nothing else narrows the list
    expect(request?.query).toMatchObject({ taskId: 't1' });
    expect(request?.query).not.toHaveProperty('clientId');
  });
});
