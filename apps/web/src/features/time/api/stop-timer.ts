import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { invalidateTime, timeKeys } from './query-keys';
import type { TimeEntryResponse, TimerResponse } from './types';

/** Stops the user's timer running in the workspace; answers the entry it became. */
export function stopTimer(workspaceId: string): Promise<TimeEntryResponse> {
  return api.post<TimeEntryResponse>(`/workspaces/${workspaceId}/time-entries/timer/stop`);
}

/** The timer disappears at once; a failure brings it back. */
export function useStopTimer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (timer: TimerResponse) => stopTimer(timer.workspaceId),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: timeKeys.timer() });
      const previous = queryClient.getQueryData<TimerResponse | null>(timeKeys.timer()) ?? null;
      queryClient.setQueryData<TimerResponse | null>(timeKeys.timer(), null);
      return { previous };
    },
    onError: (_error, _timer, context) => {
      queryClient.setQueryData<TimerResponse | null>(timeKeys.timer(), context?.previous ?? null);
    },
    onSettled: (_entry, _error, timer) => {
      void queryClient.invalidateQueries({ queryKey: timeKeys.timer() });
      void invalidateTime(queryClient, timer.workspaceId);
    },
  });
}
