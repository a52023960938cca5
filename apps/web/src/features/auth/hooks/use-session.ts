import { createContext, useContext } from 'react';
import type { MembershipSummary, UserDto } from '@relais/domain';

export type Session =
  | { status: 'loading' }
  /** `signedOut`: the user signed out here (rather than never having, or a session expiring). */
  | { status: 'anonymous'; signedOut: boolean }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'authenticated'; user: UserDto; memberships: MembershipSummary[] };

export interface SessionContextValue {
  session: Session;
  /** Revokes the refresh token and forgets everything cached for this user. */
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('Session hooks must be used inside <SessionProvider>');
  return value;
}

export function useSession(): Session {
  return useSessionContext().session;
}

export function useSignOut(): () => Promise<void> {
  return useSessionContext().signOut;
}

/** The signed-in user; only for components rendered behind <RequireSession>. */
export function useAuthenticatedSession(): Extract<Session, { status: 'authenticated' }> {
  const session = useSession();
  if (session.status !== 'authenticated') throw new Error('No signed-in user');
  return session;
}
