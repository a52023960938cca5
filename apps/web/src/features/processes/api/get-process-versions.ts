import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { processKeys } from './query-keys';
import type { ProcessVersionSummary } from './types';

/** Every saved version, newest first, with its author and date. */
export function getProcessVersions(
  workspaceId: string,
  processId: string,
): Promise<ProcessVersionSummary[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<ProcessVersionSummary>>(
      `/workspaces/${workspaceId}/processes/${processId}/versions`,
      { query: { limit: MAX_PAGE_SIZE, cursor } },
    ),
  );
}

export function getProcessVersionsQueryOptions(workspaceId: string, processId: string) {
  return queryOptions({
    queryKey: processKeys.versions(workspaceId, processId),
    queryFn: () => getProcessVersions(workspaceId, processId),
  });
}

export function useProcessVersions(workspaceId: string, processId: string) {
  return useQuery(getProcessVersionsQueryOptions(workspaceId, processId));
}
