import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { decisionKeys } from './query-keys';
import type { DecisionDetailResponse, DecisionLink, DecisionLinkType } from './types';

export interface LinkVariables {
  decisionId: string;
  entityType: DecisionLinkType;
  entityId: string;
}

export function createDecisionLink(
  workspaceId: string,
  { decisionId, entityType, entityId }: LinkVariables,
): Promise<DecisionLink> {
  return api.post<DecisionLink>(`/workspaces/${workspaceId}/decisions/${decisionId}/links`, {
    entityType,
    entityId,
  });
}

export function useCreateDecisionLink(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: LinkVariables) => createDecisionLink(workspaceId, variables),
    onSuccess: (link, { decisionId }) => {
      queryClient.setQueryData<DecisionDetailResponse>(
        decisionKeys.detail(workspaceId, decisionId),
        (decision) => (decision ? { ...decision, links: [...decision.links, link] } : decision),
      );
      void queryClient.invalidateQueries({
        queryKey: decisionKeys.detail(workspaceId, decisionId),
      });
    },
  });
}
