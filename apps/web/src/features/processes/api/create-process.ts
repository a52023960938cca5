import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { processKeys } from './query-keys';
import type { ProcessInput, ProcessResponse } from './types';

export function createProcess(workspaceId: string, input: ProcessInput): Promise<ProcessResponse> {
  return api.post<ProcessResponse>(`/workspaces/${workspaceId}/processes`, input);
}

export function useCreateProcess(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcessInput) => createProcess(workspaceId, input),
    onSuccess: (process) => {
      queryClient.setQueryData(processKeys.detail(workspaceId, process.id), process);
      void queryClient.invalidateQueries({ queryKey: processKeys.lists(workspaceId) });
    },
  });
}
