import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClientBudgetBurn } from '@relais/domain';
import { api } from '@/lib/api-client';

/**
 * The budget burn of the current month from GET …/budgets: what the dashboard shows when its
 * own response does not carry `budgetBurn` yet. Same query key as the Budgets page, which reads
 * the same answer.
 */
export function getBudgetBurn(workspaceId: string): Promise<{ items: ClientBudgetBurn[] }> {
  return api.get<{ items: ClientBudgetBurn[] }>(`/workspaces/${workspaceId}/budgets`);
}

export function getBudgetBurnQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'budgets', 'current'],
    queryFn: () => getBudgetBurn(workspaceId),
  });
}

export function useBudgetBurn(workspaceId: string, enabled: boolean) {
  return useQuery({ ...getBudgetBurnQueryOptions(workspaceId), enabled });
}
