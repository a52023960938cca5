import { Notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Role } from '@relais/domain';
import { describe, expect, it, vi } from 'vitest';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { NOTIFICATION_KINDS, type NotificationPreferences } from '../api/types';
import { NotificationPreferencesForm } from './notification-preferences-form';

const allOn = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, true]),
) as NotificationPreferences;

function setup(
  roles: Role[],
  handlers: Parameters<typeof createFetchMock>[0] = {},
  preferences: NotificationPreferences = allOn,
) {
  const mock = createFetchMock({
    'GET /api/me/notification-preferences': { status: 200, body: preferences },
    ...handlers,
  });
  vi.stubGlobal('fetch', mock.fetch);
  renderWithProviders(
    <>
      <Notifications />
      <NotificationPreferencesForm email="lea@example.test" roles={roles} />
    </>,
  );
  return mock;
}

const assignmentSwitch = () =>
  screen.findByRole('switch', { name: /A task is assigned to me/ }) as Promise<HTMLInputElement>;

describe('NotificationPreferencesForm', () => {
  it('shows each kind as it is saved, and only the kinds that concern the roles', async () => {
    setup(['va'], {}, { ...allOn, mention: false });
    expect((await assignmentSwitch()).checked).toBe(true);
    const mention = screen.getByRole('switch', { name: /Someone mentions me/ }) as HTMLInputElement;
    expect(mention.checked).toBe(false);
    expect(screen.getByText(/also sent to lea@example\.test/)).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /Weekly digest/ })).toBeNull();
    expect(screen.queryByRole('switch', { name: /budget runs low/ })).toBeNull();
  });

  it('offers the founder her weekly digest and budget alerts', async () => {
    setup(['va', 'founder']);
    await assignmentSwitch();
    expect(screen.getByRole('switch', { name: /Weekly digest/ })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /budget runs low/ })).toBeTruthy();
  });

  it('saves a switch as soon as it is flipped, sending that kind only', async () => {
    const mock = setup(['va'], {
      'PUT /api/me/notification-preferences': {
        status: 200,
        body: { ...allOn, task_assigned: false },
      },
    });
    fireEvent.click(await assignmentSwitch());

    expect((await assignmentSwitch()).checked).toBe(false);
    expect(await screen.findByText('Preferences saved')).toBeTruthy();
    expect(mock.requests.find((r) => r.method === 'PUT')?.body).toEqual({ task_assigned: false });
  });

  it('flips the switch back and says so when the change is not saved', async () => {
    setup(['va'], {
      'PUT /api/me/notification-preferences': {
        status: 500,
        body: { statusCode: 500, error: 'Internal', message: 'boom' },
      },
    });
    fireEvent.click(await assignmentSwitch());

    expect(
      await screen.findByText('Your change was not saved and was undone. Try again.'),
    ).toBeTruthy();
    await waitFor(async () => expect((await assignmentSwitch()).checked).toBe(true));
    expect(screen.queryByText('Preferences saved')).toBeNull();
  });

  it('offers to try again when the preferences cannot be loaded', async () => {
    setup(['va'], {
      'GET /api/me/notification-preferences': [
        { status: 500, body: { statusCode: 500, error: 'Internal', message: 'boom' } },
        { status: 200, body: allOn },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect((await assignmentSwitch()).checked).toBe(true);
  });
});
