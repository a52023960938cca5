import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api-client';
import { endSession, getSessionQueryOptions } from '../api/get-session';
import { logout } from '../api/logout';
import { SessionContext, type Session, type SessionContextValue } from '../hooks/use-session';

/**
 * Restores the session on load (refresh cookie, then /api/me), ends it when the API says the
 * refresh token is no longer valid, and signs out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(getSessionQueryOptions());
  const [signedOut, setSignedOut] = useState(false);

  useEffect(
    () =>
      api.onSessionExpired(() => {
        setSignedOut(false);
        endSession(queryClient);
        notifications.show({
          id: 'session-expired',
          color: 'yellow',
          message: t('errors.unauthorized'),
        });
      }),
    [queryClient, t],
  );

  const signOut = useCallback(async () => {
    setSignedOut(true);
    try {
      await logout();
    } catch {
      // the local session ends anyway; the refresh token expires on its own
    } finally {
      endSession(queryClient);
    }
  }, [queryClient]);

  const value = useMemo<SessionContextValue>(() => {
    let session: Session;
    if (data) session = { status: 'authenticated', user: data.user, memberships: data.memberships };
    else if (data === null) session = { status: 'anonymous', signedOut };
    else if (error) session = { status: 'error', error, retry: () => void refetch() };
    else session = { status: 'loading' };
    return { session, signOut };
  }, [data, error, refetch, signedOut, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
