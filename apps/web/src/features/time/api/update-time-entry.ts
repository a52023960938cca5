import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { replaceCachedEntry } from '../utils/entry-cache';
import { invalidateTime } from './query-keys';
import type { TimeEntryInput, TimeEntryResponse } from './types';

export interface UpdateTimeEntryVariables {
  entryId: string;
  changes: Partial<TimeEntryInput>;
}

/** Your own entry, until it is approved. */
export function updateTimeEntry(
  workspaceId: string,
  { entryId, changes }: UpdateTimeEntryVariables,
): Promise<TimeEntryResponse> {
  return api.patch<TimeEntryResponse>(
    `/workspaces/${workspaceId}/time-entries/${entryId}`,
    changes,
  );
}

export function useUpdateTimeEntry(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateTimeEntryVariables) => updateTimeEntry(workspaceId, variables),
    onSuccess: (entry) => {
      replaceCachedEntry(queryClient, workspaceId, entry);
      return invalidateTime(queryClient, workspaceId);
    },
  });
}
