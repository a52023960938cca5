import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { processKeys } from './query-keys';
import type { ProcessResponse } from './types';

export function getProcess(workspaceId: string, processId: string): Promise<ProcessResponse> {
  return api.get<ProcessResponse>(`/workspaces/${workspaceId}/processes/${processId}`);
}

export function getProcessQueryOptions(workspaceId: string, processId: string) {
  return queryOptions({
    queryKey: processKeys.detail(workspaceId, processId),
    queryFn: () => getProcess(workspaceId, processId),
  });
}

export function useProcess(workspaceId: string, processId: string | null) {
  return useQuery({
    ...getProcessQueryOptions(workspaceId, processId ?? ''),
    enabled: Boolean(processId),
  });
}
