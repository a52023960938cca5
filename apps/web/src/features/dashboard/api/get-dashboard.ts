import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DashboardResponse } from '@relais/domain';
import { api } from '@/lib/api-client';

export interface DashboardParams {
  /** Calendar dates `[from, to)`; none means the API's default (the last 30 days). */
  from?: string;
  to?: string;
  clientId?: string;
}

export function getDashboard(
  workspaceId: string,
  params: DashboardParams,
): Promise<DashboardResponse> {
  return api.get<DashboardResponse>(`/workspaces/${workspaceId}/dashboard`, {
    query: { ...params },
  });
}

export function getDashboardQueryOptions(workspaceId: string, params: DashboardParams) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'dashboard', params],
    queryFn: () => getDashboard(workspaceId, params),
  });
}

/** The KPIs; while another period loads, the previous figures stay on screen. */
export function useDashboard(workspaceId: string, params: DashboardParams, enabled = true) {
  return useQuery({
    ...getDashboardQueryOptions(workspaceId, params),
    placeholderData: keepPreviousData,
    enabled,
  });
}
