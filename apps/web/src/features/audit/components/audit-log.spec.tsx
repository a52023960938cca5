import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { AuditEvent } from '../api/types';
import { AuditLog } from './audit-log';

const event = (n: number): AuditEvent => ({
  id: `e${n}`,
  actorId: 'u1',
  actorName: 'Claire',
  action: 'task.updated',
  entityType: 'task',
  entityId: `00000000-0000-0000-0000-00000000000${n}`,
  changes: { title: { before: `Old ${n}`, after: `Task ${n}` } },
  createdAt: `2026-03-0${n}T10:00:00Z`,
});

describe('AuditLog', () => {
  it('lists events newest first and loads older ones on demand', async () => {
    const mock = createFetchMock({
      'GET /api/workspaces/ws1/audit-events': [
        { status: 200, body: { items: [event(3), event(2)], nextCursor: 'next' } },
        { status: 200, body: { items: [event(1)], nextCursor: null } },
      ],
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithProviders(<AuditLog workspaceId="ws1" people={[{ id: 'u1', name: 'Claire' }]} />, {
      route: '/w/ws1/audit?type=task',
    });
    const table = await screen.findByRole('table', { name: 'Audit events, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('Task 3')).toBeTruthy();
    expect(within(table).getAllByText('changed')).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByText('3 events')).toBeTruthy();
    const urls = vi.mocked(mock.fetch).mock.calls.map(([input]) => String(input));
    expect(urls[0]).toContain('entityType=task');
    expect(urls[1]).toContain('cursor=next');
  });

  it('says when nothing matches the filters', async () => {
    vi.stubGlobal(
      'fetch',
      createFetchMock({
        'GET /api/workspaces/ws1/audit-events': {
          status: 200,
          body: { items: [], nextCursor: null },
        },
      }).fetch,
    );
    renderWithProviders(<AuditLog workspaceId="ws1" people={[]} />, {
      route: '/w/ws1/audit?from=2026-01-01&until=2026-01-31',
    });
    expect(await screen.findByText('Nothing matches these filters')).toBeTruthy();
  });
});
