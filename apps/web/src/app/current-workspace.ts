import type { MembershipSummary } from '@relais/domain';
import { storage, STORAGE_KEYS } from '@/lib/storage';

export function rememberWorkspace(workspaceId: string): void {
  storage.set(STORAGE_KEYS.workspaceId, workspaceId);
}

/**
 * The workspace the user is in: the one in the address when there is one, else the one they
 * last used on this device, else their first.
 */
export function resolveCurrentMembership(
  memberships: readonly MembershipSummary[],
  workspaceIdInUrl: string | undefined,
  rememberedWorkspaceId: string | null = storage.get(STORAGE_KEYS.workspaceId),
): MembershipSummary | null {
  const byId = (id: string | null | undefined) =>
    id ? memberships.find((m) => m.workspaceId === id) : undefined;
  return byId(workspaceIdInUrl) ?? byId(rememberedWorkspaceId) ?? memberships[0] ?? null;
}
