import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateTime } from './query-keys';
import type { TimeEntryInput, TimeEntryResponse } from './types';

export function createTimeEntry(
  workspaceId: string,
  input: TimeEntryInput,
): Promise<TimeEntryResponse> {
  return api.post<TimeEntryResponse>(`/workspaces/${workspaceId}/time-entries`, input);
}

export function useCreateTimeEntry(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TimeEntryInput) => createTimeEntry(workspaceId, input),
    onSuccess: () => invalidateTime(queryClient, workspaceId),
  });
}
