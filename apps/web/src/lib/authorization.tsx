import { createContext, useContext, type ReactNode } from 'react';
import { can, type Action, type MembershipSummary } from '@relais/domain';

/** The membership of the workspace the user is looking at (the app shell provides it). */
export const CurrentMembershipContext = createContext<MembershipSummary | null>(null);

export function useCurrentMembership(): MembershipSummary | null {
  return useContext(CurrentMembershipContext);
}

/** Whether the current member may attempt the action (the server still decides). */
export function useCan(action: Action): boolean {
  const membership = useCurrentMembership();
  return membership !== null && can(membership, action);
}

interface AuthorizationProps {
  action: Action;
  fallback?: ReactNode;
  children: ReactNode;
}

/** Shows its children only to members whose role allows the action, per the shared matrix. */
export function Authorization({ action, fallback = null, children }: AuthorizationProps) {
  return useCan(action) ? children : fallback;
}
