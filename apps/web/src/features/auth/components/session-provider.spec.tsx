import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { createFetchMock } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { useSession, useSignOut } from '../hooks/use-session';
import { SessionProvider } from './session-provider';

const user = {
  id: 'u1',
  email: 'camille@example.com',
  name: 'Camille',
  createdAt: '2026-01-01T00:00:00Z',
};
const memberships = [
  { workspaceId: 'w1', workspaceName: 'Martin Conseil', role: 'obm', owner: true, clientIds: [] },
];

function Probe() {
  const session = useSession();
  const signOut = useSignOut();
  return (
    <div>
      <p data-testid="status">
        {session.status}
        {session.status === 'anonymous' && session.signedOut ? ' (signed out)' : ''}
      </p>
      {session.status === 'authenticated' ? (
        <>
          <p>{session.user.name}</p>
          <button onClick={() => void signOut()}>out</button>
        </>
      ) : null}
    </div>
  );
}

const status = () => screen.getByTestId('status').textContent;

describe('SessionProvider', () => {
  it('restores the session on load: refresh cookie first, then /api/me with the new token', async () => {
    const mock = createFetchMock({
      'POST /api/auth/refresh': { status: 200, body: { user, accessToken: 'restored' } },
      'GET /api/me': { status: 200, body: { user, memberships } },
      'POST /api/auth/logout': { status: 204 },
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithProviders(
      <SessionProvider>
        <Probe />
      </SessionProvider>,
    );

    expect(status()).toBe('loading');
    await waitFor(() => expect(status()).toBe('authenticated'));
    expect(screen.getByText('Camille')).toBeTruthy();
    expect(mock.calls()).toEqual(['POST /api/auth/refresh', 'GET /api/me']);
    expect(mock.requests[1].headers.Authorization).toBe('Bearer restored');

    fireEvent.click(screen.getByRole('button', { name: 'out' }));
    await waitFor(() => expect(status()).toBe('anonymous (signed out)'));
    expect(mock.calls()).toContain('POST /api/auth/logout');
  });

  it('ends the session when the API rejects both the token and the refresh cookie', async () => {
    let alive = true;
    const unauthorized = {
      status: 401,
      body: { statusCode: 401, error: 'Unauthorized', message: 'expired' },
    };
    const mock = createFetchMock({
      'POST /api/auth/refresh': () =>
        alive ? { status: 200, body: { user, accessToken: 'restored' } } : unauthorized,
      'GET /api/me': () => (alive ? { status: 200, body: { user, memberships } } : unauthorized),
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithProviders(
      <SessionProvider>
        <Probe />
      </SessionProvider>,
    );
    await waitFor(() => expect(status()).toBe('authenticated'));

    alive = false;
    await expect(api.get('/me')).rejects.toMatchObject({ status: 401 });

    await waitFor(() => expect(status()).toBe('anonymous'));
    expect(api.getAccessToken()).toBeNull();
  });

  it('is anonymous without a refresh cookie, and does not ask for /api/me', async () => {
    const mock = createFetchMock({
      'POST /api/auth/refresh': {
        status: 401,
        body: { statusCode: 401, error: 'Unauthorized', message: 'No refresh token' },
      },
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithProviders(
      <SessionProvider>
        <Probe />
      </SessionProvider>,
    );

    await waitFor(() => expect(status()).toBe('anonymous'));
    expect(mock.calls()).toEqual(['POST /api/auth/refresh']);
  });

  it('reports an unreachable API instead of pretending nobody is signed in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    renderWithProviders(
      <SessionProvider>
        <Probe />
      </SessionProvider>,
    );

    await waitFor(() => expect(status()).toBe('error'));
  });
});
