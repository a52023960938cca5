import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MembershipSummary } from '@relais/domain';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { MyTaskResponse } from '../api/types';
import { MyTasks } from './my-tasks';

const task = (id: string, fields: Partial<MyTaskResponse>): MyTaskResponse => ({
  id,
  workspaceId: 'ws1',
  workspaceName: 'Atelier',
  projectId: 'p1',
  projectName: 'Launch',
  clientId: 'c1',
  clientName: 'Éclat',
  title: id,
  description: '',
  status: 'todo',
  priority: 'normal',
  assigneeId: 'u1',
  createdById: 'u2',
  dueDate: null,
  estimateMinutes: null,
  completedAt: null,
  position: 1,
  checklist: [],
  recurrence: null,
  processId: null,
  version: 1,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...fields,
});

const memberships: MembershipSummary[] = [
  { workspaceId: 'ws1', workspaceName: 'Atelier', role: 'va', owner: false, clientIds: [] },
];

describe('MyTasks', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  function setup(tasks: MyTaskResponse[]) {
    const mock = createFetchMock({
      'GET /api/me/tasks': { status: 200, body: { items: tasks, nextCursor: null } },
      'PATCH /api/workspaces/ws1/tasks/late': {
        status: 200,
        body: { ...tasks[0], status: 'done', version: 2 },
      },
    });
    vi.stubGlobal('fetch', mock.fetch);
    const onOpenTask = vi.fn();
    renderWithProviders(<MyTasks userId="u1" memberships={memberships} onOpenTask={onOpenTask} />);
    return { mock, onOpenTask };
  }

  it('groups the tasks by due date and filters them by client', async () => {
    setup([
      task('late', { dueDate: '2026-11-20' }),
      task('today', { dueDate: '2026-11-25', clientId: 'c2', clientName: 'Sève' }),
      task('someday', {}),
    ]);

    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    expect(within(overdue).getByText('late')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Today' })).getByText('today')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'No date' })).getByText('someday'),
    ).toBeTruthy();

    fireEvent.click(screen.getByText('Sève (1)'));
    expect(screen.queryByText('late')).toBeNull();
    expect(screen.getByText('today')).toBeTruthy();
  });

  it('checks a task off in one click, keeps it in place, and asks only for the new status', async () => {
    const { mock } = setup([task('late', { dueDate: '2026-11-20' })]);
    const checkbox = await screen.findByRole('checkbox', { name: 'Done: late' });

    fireEvent.click(checkbox);

    await waitFor(() =>
      expect(
        (screen.getByRole('checkbox', { name: 'Done: late' }) as HTMLInputElement).checked,
      ).toBe(true),
    );
    await waitFor(() => expect(mock.calls()).toContain('PATCH /api/workspaces/ws1/tasks/late'));
    const patch = mock.requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ status: 'done', version: 1 });
    expect(screen.getByRole('checkbox', { name: 'Done: late' })).toBeTruthy();
  });

  it('shows the empty state when nothing is assigned', async () => {
    setup([]);
    expect(await screen.findByText('Nothing to do right now')).toBeTruthy();
  });
});
