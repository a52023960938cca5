import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { decisionKeys } from './query-keys';
import type { DecisionFilters, DecisionResponse } from './types';

/** The register, newest first, in the caller's client scope. */
export function getDecisions(
  workspaceId: string,
  filters: DecisionFilters,
): Promise<DecisionResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<DecisionResponse>>(`/workspaces/${workspaceId}/decisions`, {
      query: { ...filters, limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getDecisionsQueryOptions(workspaceId: string, filters: DecisionFilters) {
  return queryOptions({
    queryKey: decisionKeys.list(workspaceId, filters),
    queryFn: () => getDecisions(workspaceId, filters),
  });
}

export function useDecisions(workspaceId: string, filters: DecisionFilters = {}, enabled = true) {
  // a filter change keeps the previous rows on screen until the new ones arrive
  return useQuery({
    ...getDecisionsQueryOptions(workspaceId, filters),
    enabled,
    placeholderData: keepPreviousData,
  });
}
