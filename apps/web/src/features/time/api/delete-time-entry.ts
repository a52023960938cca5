import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { removeCachedEntry } from '../utils/entry-cache';
import { invalidateTime } from './query-keys';

/** Your own entry, until it is approved. */
export function deleteTimeEntry(workspaceId: string, entryId: string): Promise<void> {
  return api.delete(`/workspaces/${workspaceId}/time-entries/${entryId}`);
}

export function useDeleteTimeEntry(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => deleteTimeEntry(workspaceId, entryId),
    onSuccess: (_result, entryId) => {
      removeCachedEntry(queryClient, workspaceId, entryId);
      return invalidateTime(queryClient, workspaceId);
    },
  });
}
