import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { decisionKeys } from './query-keys';
import type { DecisionDetailResponse, DecisionOutcome } from './types';

export interface DecideVariables {
  decisionId: string;
  outcome: DecisionOutcome;
  /** Required to reject. */
  rationale?: string;
}

/** Decides or rejects a proposal: the record never changes afterwards. */
export function decideDecision(
  workspaceId: string,
  { decisionId, outcome, rationale }: DecideVariables,
): Promise<DecisionDetailResponse> {
  return api.post<DecisionDetailResponse>(
    `/workspaces/${workspaceId}/decisions/${decisionId}/decide`,
    rationale ? { outcome, rationale } : { outcome },
  );
}

export function useDecideDecision(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DecideVariables) => decideDecision(workspaceId, variables),
    onSuccess: (decision) => {
      queryClient.setQueryData(decisionKeys.detail(workspaceId, decision.id), decision);
      // deciding a replacement changes the superseded decision too
      void queryClient.invalidateQueries({ queryKey: decisionKeys.all(workspaceId) });
    },
  });
}
