import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { decisionKeys } from './query-keys';
import type { DecisionDetailResponse } from './types';

export function getDecision(
  workspaceId: string,
  decisionId: string,
): Promise<DecisionDetailResponse> {
  return api.get<DecisionDetailResponse>(`/workspaces/${workspaceId}/decisions/${decisionId}`);
}

export function getDecisionQueryOptions(workspaceId: string, decisionId: string) {
  return queryOptions({
    queryKey: decisionKeys.detail(workspaceId, decisionId),
    queryFn: () => getDecision(workspaceId, decisionId),
  });
}

export function useDecision(workspaceId: string, decisionId: string | null) {
  return useQuery({
    ...getDecisionQueryOptions(workspaceId, decisionId ?? ''),
    enabled: Boolean(decisionId),
  });
}
