import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { timeKeys } from '../api/query-keys';
import type { TimeEntryResponse } from '../api/types';

export type EntriesSnapshot = [QueryKey, TimeEntryResponse[] | undefined][];

/**
 * Changes every cached list of the workspace's entries at once (a list per period, member,
 * task…); returns what they were, to put back on failure.
 */
export async function patchCachedEntries(
  queryClient: QueryClient,
  workspaceId: string,
  change: (entry: TimeEntryResponse) => TimeEntryResponse | null,
): Promise<EntriesSnapshot> {
  await queryClient.cancelQueries({ queryKey: timeKeys.lists(workspaceId) });
  const snapshot = queryClient.getQueriesData<TimeEntryResponse[]>({
    queryKey: timeKeys.lists(workspaceId),
  });
  queryClient.setQueriesData<TimeEntryResponse[]>(
    { queryKey: timeKeys.lists(workspaceId) },
    (entries) =>
      entries?.flatMap((entry) => {
        const next = change(entry);
        return next ? [next] : [];
      }),
  );
  return snapshot;
}

export function restoreCachedEntries(queryClient: QueryClient, snapshot: EntriesSnapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}

export function replaceCachedEntry(
  queryClient: QueryClient,
  workspaceId: string,
  updated: TimeEntryResponse,
): void {
  queryClient.setQueriesData<TimeEntryResponse[]>(
    { queryKey: timeKeys.lists(workspaceId) },
    (entries) => entries?.map((entry) => (entry.id === updated.id ? updated : entry)),
  );
}

export function removeCachedEntry(
  queryClient: QueryClient,
  workspaceId: string,
  entryId: string,
): void {
  queryClient.setQueriesData<TimeEntryResponse[]>(
    { queryKey: timeKeys.lists(workspaceId) },
    (entries) => entries?.filter((entry) => entry.id !== entryId),
  );
}
