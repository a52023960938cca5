import { createContext, useContext, type ReactNode } from 'react';
import { can, type Action, type MemberContext, type MembershipSummary } from '@relais/domain';

/** The membership of the workspace the user is looking at (the app shell provides it). */
export const CurrentMembershipContext = createContext<MembershipSummary | null>(null);

/** Who is signed in and where they are a member (the app shell provides it). */
export interface Viewer {
  userId: string;
  memberships: readonly MembershipSummary[];
}

export const ViewerContext = createContext<Viewer | null>(null);

export function useCurrentMembership(): MembershipSummary | null {
  return useContext(CurrentMembershipContext);
}

export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}

/** What the shared policies need to know about a member. */
export function toMemberContext(membership: MembershipSummary, userId: string): MemberContext {
  return {
    userId,
    role: membership.role,
    owner: membership.owner,
    clientIds: membership.clientIds,
  };
}

/**
 * The signed-in user as a member of a workspace, for the record policies (canEditTask…): the
 * workspace given (My tasks spans several), else the current one. Null when not a member.
 */
export function useMemberContext(workspaceId?: string | null): MemberContext | null {
  const viewer = useViewer();
  const current = useCurrentMembership();
  if (!viewer) return null;
  const membership =
    workspaceId === undefined
      ? current
      : (viewer.memberships.find((m) => m.workspaceId === workspaceId) ?? null);
  return membership ? toMemberContext(membership, viewer.userId) : null;
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
