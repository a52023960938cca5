import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api-client';
import { processKeys } from './query-keys';
import type { ProcessInput, ProcessResponse } from './types';

export interface UpdateProcessVariables {
  processId: string;
  /** The version the editor started from: a newer one saved meanwhile makes a 409. */
  version: number;
  changes: Partial<ProcessInput>;
}

/** Saves a new version of the process. */
export function updateProcess(
  workspaceId: string,
  { processId, version, changes }: UpdateProcessVariables,
): Promise<ProcessResponse> {
  return api.patch<ProcessResponse>(`/workspaces/${workspaceId}/processes/${processId}`, {
    ...changes,
    version,
  });
}

export function useUpdateProcess(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateProcessVariables) => updateProcess(workspaceId, variables),
    onSuccess: (process) => {
      queryClient.setQueryData(processKeys.detail(workspaceId, process.id), process);
      void queryClient.invalidateQueries({ queryKey: processKeys.lists(workspaceId) });
      void queryClient.invalidateQueries({
        queryKey: processKeys.versions(workspaceId, process.id),
      });
    },
    onError: (error, { processId }) => {
      // someone saved meanwhile: fetch their version so the editor can say which it is
      if (isApiError(error) && error.status === 409) {
        void queryClient.invalidateQueries({
          queryKey: processKeys.detail(workspaceId, processId),
        });
        void queryClient.invalidateQueries({
          queryKey: processKeys.versions(workspaceId, processId),
        });
      }
    },
  });
}
