import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { processKeys } from './query-keys';
import type { ProcessDiff } from './types';

/** A line diff of the bodies of two versions, from the older `from` to the newer `to`. */
export function getProcessDiff(
  workspaceId: string,
  processId: string,
  from: number,
  to: number,
): Promise<ProcessDiff> {
  return api.get<ProcessDiff>(`/workspaces/${workspaceId}/processes/${processId}/diff`, {
    query: { from, to },
  });
}

export function getProcessDiffQueryOptions(
  workspaceId: string,
  processId: string,
  from: number,
  to: number,
) {
  return queryOptions({
    queryKey: processKeys.diff(workspaceId, processId, from, to),
    queryFn: () => getProcessDiff(workspaceId, processId, from, to),
    // saved versions never change
    staleTime: Infinity,
  });
}

export function useProcessDiff(
  workspaceId: string,
  processId: string,
  versions: { from: number; to: number } | null,
) {
  return useQuery({
    ...getProcessDiffQueryOptions(workspaceId, processId, versions?.from ?? 0, versions?.to ?? 0),
    enabled: versions !== null,
    placeholderData: keepPreviousData,
  });
}
