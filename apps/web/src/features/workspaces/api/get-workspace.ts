import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface WorkspaceDetails {
  id: string;
  name: string;
  timeZone: string;
  /** ISO 4217 code: money amounts are cents of it. */
  currency: string;
}

export function getWorkspace(workspaceId: string): Promise<WorkspaceDetails> {
  return api.get<WorkspaceDetails>(`/workspaces/${workspaceId}`);
}

export function getWorkspaceQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: ['workspaces', workspaceId, 'details'],
    queryFn: () => getWorkspace(workspaceId),
    staleTime: 5 * 60_000,
  });
}

export function useWorkspace(workspaceId: string) {
  return useQuery(getWorkspaceQueryOptions(workspaceId));
}
