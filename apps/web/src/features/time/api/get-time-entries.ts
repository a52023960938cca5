import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { timeKeys } from './query-keys';
import type { TimeEntriesListFilters, TimeEntryResponse } from './types';

/** Most recent first; every page of the filter (a week or a month of a team fits in a few). */
export function getTimeEntries(
  workspaceId: string,
  filters: TimeEntriesListFilters,
): Promise<TimeEntryResponse[]> {
  return fetchAllPages(
    (cursor) =>
      api.get<Page<TimeEntryResponse>>(`/workspaces/${workspaceId}/time-entries`, {
        query: { ...filters, limit: MAX_PAGE_SIZE, cursor },
      }),
    10,
  );
}

export function getTimeEntriesQueryOptions(workspaceId: string, filters: TimeEntriesListFilters) {
  return queryOptions({
    queryKey: timeKeys.list(workspaceId, filters),
    queryFn: () => getTimeEntries(workspaceId, filters),
  });
}

/** While another period loads, the previous entries stay on screen. */
export function useTimeEntries(
  workspaceId: string,
  filters: TimeEntriesListFilters,
  enabled = true,
) {
  return useQuery({
    ...getTimeEntriesQueryOptions(workspaceId, filters),
    placeholderData: keepPreviousData,
    enabled: enabled && Boolean(workspaceId),
  });
}
