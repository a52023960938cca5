import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { ObjectiveResponse } from '../api/types';
import { ObjectivesList } from './objectives-list';

const objective = (id: string, title: string): ObjectiveResponse => ({
  id,
  workspaceId: 'ws1',
  title,
  periodStart: '2026-04-01',
  periodEnd: '2026-06-30',
  ownerId: 'u1',
  ownerName: 'Anne',
  progress: 0.5,
  keyResults: [
    { id: `${id}-kr`, title: 'Clients actifs', start: 0, target: 10, current: 5, progress: 0.5 },
  ],
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
});

function renderList(canManage: boolean, deleteStatus = 204) {
  const mock = createFetchMock({
    'GET /api/workspaces/ws1/objectives': [
      {
        status: 200,
        body: {
          items: [objective('o1', 'Croissance'), objective('o2', 'Fidéliser')],
          nextCursor: null,
        },
      },
      { status: 200, body: { items: [objective('o2', 'Fidéliser')], nextCursor: null } },
    ],
    'DELETE /api/workspaces/ws1/objectives/o1': {
      status: deleteStatus,
      body:
        deleteStatus === 204
          ? undefined
          : { statusCode: deleteStatus, error: 'Forbidden', message: 'Not allowed' },
    },
  });
  vi.stubGlobal('fetch', mock.fetch);
  renderWithProviders(
    <ObjectivesList
      workspaceId="ws1"
      userId="u1"
      canManage={canManage}
      canUpdateProgress={canManage}
      members={[{ userId: 'u1', name: 'Anne' }]}
    />,
  );
  return mock;
}

describe('deleting an objective', () => {
  it('asks first, then deletes it and takes it off the list', async () => {
    const mock = renderList(true);

    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Croissance”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this objective?' });
    expect(dialog.textContent).toContain('“Croissance” and its key results will be deleted');
    // nothing is deleted before the confirmation
    expect(mock.calls()).not.toContain('DELETE /api/workspaces/ws1/objectives/o1');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete the objective' }));

    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Croissance' })).toBeNull());
    expect(mock.calls()).toContain('DELETE /api/workspaces/ws1/objectives/o1');
    expect(screen.getByRole('heading', { name: 'Fidéliser' })).toBeTruthy();
  });

  it('keeps the objective when the dialog is cancelled', async () => {
    const mock = renderList(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Croissance”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this objective?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mock.calls()).not.toContain('DELETE /api/workspaces/ws1/objectives/o1');
    expect(screen.getByRole('heading', { name: 'Croissance' })).toBeTruthy();
  });

  it('shows the refusal in the dialog, the objective still listed', async () => {
    renderList(true, 403);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Croissance”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this objective?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete the objective' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Croissance' })).toBeTruthy();
  });

  it('offers no delete to a role that may not manage objectives', async () => {
    renderList(false);
    expect(await screen.findByRole('heading', { name: 'Croissance' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });
});
