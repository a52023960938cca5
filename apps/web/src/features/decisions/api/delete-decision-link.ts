import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { decisionKeys } from './query-keys';
import type { DecisionDetailResponse, DecisionLinkType } from './types';

export interface UnlinkVariables {
  decisionId: string;
  entityType: DecisionLinkType;
  entityId: string;
}

export function deleteDecisionLink(
  workspaceId: string,
  { decisionId, entityType, entityId }: UnlinkVariables,
): Promise<void> {
  return api.delete(
    `/workspaces/${workspaceId}/decisions/${decisionId}/links/${entityType}/${entityId}`,
  );
}

export function useDeleteDecisionLink(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UnlinkVariables) => deleteDecisionLink(workspaceId, variables),
    onSuccess: (_result, { decisionId, entityType, entityId }) => {
      queryClient.setQueryData<DecisionDetailResponse>(
        decisionKeys.detail(workspaceId, decisionId),
        (decision) =>
          decision
            ? {
                ...decision,
                links: decision.links.filter(
                  (l) => !(l.entityType === entityType && l.entityId === entityId),
                ),
              }
            : decision,
      );
    },
  });
}
