import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { timeKeys } from './query-keys';
import type { TimerResponse } from './types';

/** The user's running timer, in whichever workspace; null when none runs. */
export async function getTimer(): Promise<TimerResponse | null> {
  const { timer } = await api.get<{ timer: TimerResponse | null }>('/me/timer');
  return timer;
}

export function getTimerQueryOptions() {
  return queryOptions({
    queryKey: timeKeys.timer(),
    queryFn: getTimer,
    // a timer may be started or stopped on another device
    refetchInterval: 60_000,
  });
}

export function useTimer() {
  return useQuery(getTimerQueryOptions());
}
