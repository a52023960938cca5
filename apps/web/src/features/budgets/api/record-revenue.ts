import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { budgetKeys } from './query-keys';
import type { ClientRevenueResponse } from './types';

export interface RecordRevenueVariables {
  clientId: string;
  /** `YYYY-MM` */
  month: string;
  revenueCents: number;
}

/** Records (or corrects) a client's revenue for a month, the base of its commission. */
export function recordRevenue(
  workspaceId: string,
  { clientId, month, revenueCents }: RecordRevenueVariables,
): Promise<ClientRevenueResponse> {
  return api.put<ClientRevenueResponse>(
    `/workspaces/${workspaceId}/clients/${clientId}/revenues/${month}`,
    { revenueCents },
  );
}

export function useRecordRevenue(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: RecordRevenueVariables) => recordRevenue(workspaceId, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: budgetKeys.all(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'dashboard'] }),
      ]),
  });
}
