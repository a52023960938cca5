import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { objectiveKeys } from './query-keys';
import type { CreateObjectiveInput, ObjectiveResponse } from './types';

export function createObjective(
  workspaceId: string,
  input: CreateObjectiveInput,
): Promise<ObjectiveResponse> {
  return api.post<ObjectiveResponse>(`/workspaces/${workspaceId}/objectives`, input);
}

export function useCreateObjective(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateObjectiveInput) => createObjective(workspaceId, input),
    onSuccess: (objective) => {
      queryClient.setQueryData<ObjectiveResponse[]>(objectiveKeys.list(workspaceId), (list) =>
        list ? [objective, ...list] : list,
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: objectiveKeys.all(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'dashboard'] }),
      ]);
    },
  });
}
