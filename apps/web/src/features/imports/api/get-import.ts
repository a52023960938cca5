import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { importKeys } from './query-keys';
import type { TaskImportResponse } from './types';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 1_000;

export function isFinished(status: TaskImportResponse['status']): boolean {
  return status === 'done' || status === 'failed';
}

export function getImport(workspaceId: string, importId: string): Promise<TaskImportResponse> {
  return api.get<TaskImportResponse>(`/workspaces/${workspaceId}/imports/${importId}`);
}

export function getImportQueryOptions(workspaceId: string, importId: string) {
  return queryOptions({
    queryKey: importKeys.detail(workspaceId, importId),
    queryFn: () => getImport(workspaceId, importId),
  });
}

/** An import's progress, asked again every second until it is done or failed. */
export function useImport(workspaceId: string, importId: string) {
  return useQuery({
    ...getImportQueryOptions(workspaceId, importId),
    refetchInterval: (query) => {
      const data = query.state.data;
      if (query.state.status === 'error' || (data && isFinished(data.status))) return false;
      return IMPORT_POLL_MS;
    },
    // a running import moves on while the tab is hidden: its progress is right on return
    refetchIntervalInBackground: false,
  });
}
