import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { budgetKeys } from './query-keys';
import type { BudgetsResponse } from './types';

/** Per client in the caller's scope: hours of the month against the budget, money if allowed. */
export function getBudgets(workspaceId: string, month?: string): Promise<BudgetsResponse> {
  return api.get<BudgetsResponse>(`/workspaces/${workspaceId}/budgets`, { query: { month } });
}

export function getBudgetsQueryOptions(workspaceId: string, month?: string) {
  return queryOptions({
    queryKey: budgetKeys.month(workspaceId, month),
    queryFn: () => getBudgets(workspaceId, month),
  });
}

export function useBudgets(workspaceId: string, month?: string) {
  return useQuery({
    ...getBudgetsQueryOptions(workspaceId, month),
    placeholderData: keepPreviousData,
  });
}
