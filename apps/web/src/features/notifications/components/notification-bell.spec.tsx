import { Notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { NotificationResponse, NotificationsPage } from '../api/types';
import { NotificationBell } from './notification-bell';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const notification = (
  id: string,
  fields: Partial<NotificationResponse> = {},
): NotificationResponse => ({
  id,
  workspaceId: 'ws1',
  kind: 'task_assigned',
  title: `Task ${id}`,
  body: '',
  link: `/w/ws1/projects/p1?task=${id}`,
  data: { taskId: id, projectId: 'p1', projectName: 'Launch', actorName: 'Sophie Laurent' },
  readAt: null,
  createdAt: minutesAgo(5),
  ...fields,
});

const page = (items: NotificationResponse[]): NotificationsPage => ({
  items,
  nextCursor: null,
  unreadCount: items.filter((n) => !n.readAt).length,
});

function Location() {
  const location = useLocation();
  return <output aria-label="location">{`${location.pathname}${location.search}`}</output>;
}

function setup(list: NotificationsPage, handlers: Parameters<typeof createFetchMock>[0] = {}) {
  const mock = createFetchMock({
    'GET /api/me/notifications': { status: 200, body: list },
    ...handlers,
  });
  vi.stubGlobal('fetch', mock.fetch);
  renderWithProviders(
    <>
      <Notifications />
      <NotificationBell settingsPath="/settings/notifications" />
      <Routes>
        <Route path="*" element={<Location />} />
      </Routes>
    </>,
    { route: '/my-tasks' },
  );
  return mock;
}

async function openBell(name: string | RegExp) {
  fireEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog', { name: 'Notifications' });
}

describe('NotificationBell', () => {
  it('shows the unread count in its name, and who did what on which task', async () => {
    setup(
      page([
        notification('n1'),
        notification('n2', {
          kind: 'mention',
          title: 'Relire la page de vente',
          body: '@Léa can you check?',
        }),
        notification('n3', {
          kind: 'task_completed',
          readAt: minutesAgo(1),
          createdAt: minutesAgo(60 * 26),
        }),
      ]),
    );
    const dialog = await openBell('Notifications, 2 unread');
    const items = within(dialog).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Unread: Sophie Laurent assigned you “Task n1”Launch5 minutes ago',
      'Unread: Sophie Laurent mentioned you on “Relire la page de vente”@Léa can you check?5 minutes ago',
      'Sophie Laurent completed “Task n3”Launchyesterday',
    ]);
  });

  it('opens the task of a notification and marks it read at once', async () => {
    const mock = setup(page([notification('n1'), notification('n2')]), {
      'POST /api/me/notifications/n2/read': { status: 200, body: { unreadCount: 1 } },
    });
    const dialog = await openBell('Notifications, 2 unread');
    fireEvent.click(within(dialog).getByRole('button', { name: /assigned you “Task n2”/ }));

    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy();
    expect(screen.getByLabelText('location').textContent).toBe('/w/ws1/projects/p1?task=n2');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(mock.calls()).toContain('POST /api/me/notifications/n2/read'));
  });

  it('puts the count back when the server refuses to mark one read', async () => {
    setup(page([notification('n1'), notification('n2')]), {
      'POST /api/me/notifications/n1/read': { status: 500, body: { statusCode: 500 } },
    });
    const dialog = await openBell('Notifications, 2 unread');
    fireEvent.click(within(dialog).getByRole('button', { name: /“Task n1”/ }));
    expect(
      await screen.findByText('The notification could not be marked as read. Try again.'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Notifications, 2 unread' })).toBeTruthy();
    const reopened = await openBell('Notifications, 2 unread');
    expect(within(reopened).getAllByText(/^Unread/)).toHaveLength(2);
  });

  it('marks all read', async () => {
    const mock = setup(page([notification('n1'), notification('n2')]), {
      'POST /api/me/notifications/read-all': { status: 200, body: { unreadCount: 0 } },
    });
    const dialog = await openBell('Notifications, 2 unread');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark all as read' }));

    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeTruthy();
    expect(within(dialog).queryByText(/^Unread/)).toBeNull();
    expect(
      (within(dialog).getByRole('button', { name: 'Mark all as read' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    expect(mock.calls()).toContain('POST /api/me/notifications/read-all');
  });

  it('says so when there is nothing, and links to the settings', async () => {
    setup(page([]));
    const dialog = await openBell('Notifications');
    expect(within(dialog).getByText('You are all caught up')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('link', { name: 'Notification settings' }));
    expect(screen.getByLabelText('location').textContent).toBe('/settings/notifications');
  });

  it('offers to try again when the list cannot be loaded', async () => {
    setup(page([]), {
      'GET /api/me/notifications': [
        { status: 500, body: { statusCode: 500, error: 'Internal', message: 'boom' } },
        { status: 200, body: page([notification('n1')]) },
      ],
    });
    const dialog = await openBell('Notifications');
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy();
  });

  it('words an invitation and opens its link', async () => {
    setup(
      page([
        notification('n1', {
          kind: 'invitation',
          workspaceId: null,
          title: 'Atelier Fontaine',
          link: '/invitations/abc',
          data: { actorName: 'Fanny Fontaine', workspaceName: 'Atelier Fontaine' },
        }),
      ]),
      { 'POST /api/me/notifications/n1/read': { status: 200, body: { unreadCount: 0 } } },
    );
    const dialog = await openBell('Notifications, 1 unread');
    fireEvent.click(
      within(dialog).getByRole('button', {
        name: /Fanny Fontaine invited you to join Atelier Fontaine/,
      }),
    );
    expect(screen.getByLabelText('location').textContent).toBe('/invitations/abc');
  });
});
