import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { patchCachedEntries, restoreCachedEntries } from '../utils/entry-cache';
import { invalidateTime } from './query-keys';
import type { TimeEntryResponse } from './types';

/** Approves one entry: it can no longer change. */
export function approveTimeEntry(workspaceId: string, entryId: string): Promise<TimeEntryResponse> {
  return api.post<TimeEntryResponse>(`/workspaces/${workspaceId}/time-entries/${entryId}/approve`);
}

/** Approves several entries, all or none. */
export function approveTimeEntries(
  workspaceId: string,
  ids: readonly string[],
): Promise<{ items: TimeEntryResponse[] }> {
  return api.post<{ items: TimeEntryResponse[] }>(
    `/workspaces/${workspaceId}/time-entries/approve`,
    { ids },
  );
}

/**
 * Approves one entry (one id: its own route) or several at once. The entries show as approved
 * at once and go back as they were if the server refuses.
 */
export function useApproveTimeEntries(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids: readonly string[]): Promise<TimeEntryResponse[]> =>
      ids.length === 1
        ? [await approveTimeEntry(workspaceId, ids[0])]
        : (await approveTimeEntries(workspaceId, ids)).items,
    onMutate: async (ids) => {
      const approving = new Set(ids);
      return patchCachedEntries(queryClient, workspaceId, (entry) =>
        approving.has(entry.id) ? { ...entry, approved: true } : entry,
      );
    },
    onError: (_error, _ids, snapshot) => {
      if (snapshot) restoreCachedEntries(queryClient, snapshot);
    },
    onSettled: () => invalidateTime(queryClient, workspaceId),
  });
}
