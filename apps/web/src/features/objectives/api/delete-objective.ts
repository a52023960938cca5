import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { objectiveKeys } from './query-keys';
import type { ObjectiveResponse } from './types';

/** Founder and ops director: the objective and its key results go. */
export function deleteObjective(workspaceId: string, objectiveId: string): Promise<void> {
  return api.delete(`/workspaces/${workspaceId}/objectives/${objectiveId}`);
}

export function useDeleteObjective(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (objectiveId: string) => deleteObjective(workspaceId, objectiveId),
    onSuccess: (_result, objectiveId) => {
      queryClient.setQueryData<ObjectiveResponse[]>(objectiveKeys.list(workspaceId), (list) =>
        list?.filter((objective) => objective.id !== objectiveId),
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: objectiveKeys.all(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'dashboard'] }),
      ]);
    },
  });
}
