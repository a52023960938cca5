import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { decisionKeys } from './query-keys';
import type { DecisionDetailResponse, DecisionInput } from './types';

export function createDecision(
  workspaceId: string,
  input: DecisionInput,
): Promise<DecisionDetailResponse> {
  return api.post<DecisionDetailResponse>(`/workspaces/${workspaceId}/decisions`, input);
}

export function useCreateDecision(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) => createDecision(workspaceId, input),
    onSuccess: (decision) => {
      queryClient.setQueryData(decisionKeys.detail(workspaceId, decision.id), decision);
      void queryClient.invalidateQueries({ queryKey: decisionKeys.lists(workspaceId) });
    },
  });
}
