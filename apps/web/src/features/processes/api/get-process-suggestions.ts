import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { processKeys } from './query-keys';
import type { ProcessSuggestion } from './types';

/** Suggestions left on a process, newest first. */
export function getProcessSuggestions(
  workspaceId: string,
  processId: string,
): Promise<ProcessSuggestion[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<ProcessSuggestion>>(
      `/workspaces/${workspaceId}/processes/${processId}/suggestions`,
      { query: { limit: MAX_PAGE_SIZE, cursor } },
    ),
  );
}

export function getProcessSuggestionsQueryOptions(workspaceId: string, processId: string) {
  return queryOptions({
    queryKey: processKeys.suggestions(workspaceId, processId),
    queryFn: () => getProcessSuggestions(workspaceId, processId),
  });
}

export function useProcessSuggestions(workspaceId: string, processId: string) {
  return useQuery(getProcessSuggestionsQueryOptions(workspaceId, processId));
}
