import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { decisionKeys } from './query-keys';
import type { DecisionDetailResponse, DecisionInput } from './types';

export interface UpdateDecisionVariables {
  decisionId: string;
  changes: Partial<DecisionInput>;
}

/** Edits a proposal; the API refuses (409) once it is decided or rejected. */
export function updateDecision(
  workspaceId: string,
  { decisionId, changes }: UpdateDecisionVariables,
): Promise<DecisionDetailResponse> {
  return api.patch<DecisionDetailResponse>(
    `/workspaces/${workspaceId}/decisions/${decisionId}`,
    changes,
  );
}

export function useUpdateDecision(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateDecisionVariables) => updateDecision(workspaceId, variables),
    onSuccess: (decision) => {
      queryClient.setQueryData(decisionKeys.detail(workspaceId, decision.id), decision);
      void queryClient.invalidateQueries({ queryKey: decisionKeys.lists(workspaceId) });
    },
  });
}
