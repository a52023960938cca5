import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { processKeys } from './query-keys';
import type { ProcessFilters, ProcessSummary } from './types';

/** The library by title, without bodies; `q` searches titles and bodies. */
export function getProcesses(
  workspaceId: string,
  filters: ProcessFilters,
): Promise<ProcessSummary[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<ProcessSummary>>(`/workspaces/${workspaceId}/processes`, {
      query: { ...filters, limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getProcessesQueryOptions(workspaceId: string, filters: ProcessFilters) {
  return queryOptions({
    queryKey: processKeys.list(workspaceId, filters),
    queryFn: () => getProcesses(workspaceId, filters),
  });
}

export function useProcesses(workspaceId: string, filters: ProcessFilters = {}, enabled = true) {
  return useQuery({
    ...getProcessesQueryOptions(workspaceId, filters),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The categories in use, sorted, from the whole library. */
export function useProcessCategories(workspaceId: string) {
  return useQuery({
    ...getProcessesQueryOptions(workspaceId, {}),
    select: (processes) =>
      [...new Set(processes.flatMap((p) => (p.category ? [p.category] : [])))].sort((a, b) =>
        a.localeCompare(b),
      ),
  });
}
