import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { keyResultProgress, objectivesProgress } from '@relais/domain';
import { api } from '@/lib/api-client';
import { objectiveKeys } from './query-keys';
import type { ObjectiveResponse, UpdateObjectiveInput } from './types';

export function updateObjective(
  workspaceId: string,
  objectiveId: string,
  changes: UpdateObjectiveInput,
): Promise<ObjectiveResponse> {
  return api.patch<ObjectiveResponse>(
    `/workspaces/${workspaceId}/objectives/${objectiveId}`,
    changes,
  );
}

function afterSave(queryClient: QueryClient, workspaceId: string, saved: ObjectiveResponse) {
  queryClient.setQueryData<ObjectiveResponse[]>(objectiveKeys.list(workspaceId), (list) =>
    list?.map((objective) => (objective.id === saved.id ? saved : objective)),
  );
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: objectiveKeys.all(workspaceId) }),
    queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'dashboard'] }),
  ]);
}

/** Founder and ops director: title, period, owner and the key results as a whole. */
export function useUpdateObjective(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      objectiveId,
      changes,
    }: {
      objectiveId: string;
      changes: UpdateObjectiveInput;
    }) => updateObjective(workspaceId, objectiveId, changes),
    onSuccess: (saved) => afterSave(queryClient, workspaceId, saved),
  });
}

export interface KeyResultProgressVariables {
  objective: ObjectiveResponse;
  keyResultId: string;
  current: number;
}

/** The objective with one key result's current value changed, progress recomputed. */
export function withCurrent(
  objective: ObjectiveResponse,
  keyResultId: string,
  current: number,
): ObjectiveResponse {
  const keyResults = objective.keyResults.map((keyResult) =>
    keyResult.id === keyResultId
      ? { ...keyResult, current, progress: keyResultProgress({ ...keyResult, current }) }
      : keyResult,
  );
  return { ...objective, keyResults, progress: objectivesProgress(keyResults) };
}

/**
 * Updates a key result's current value, the one change an OBM may make: every key result is
 * sent back by id (the list is the whole list), only this one with a new `current`. The bars
 * move at once and go back if the server refuses.
 */
export function useUpdateKeyResultProgress(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = objectiveKeys.list(workspaceId);
  return useMutation({
    mutationFn: ({ objective, keyResultId, current }: KeyResultProgressVariables) =>
      updateObjective(workspaceId, objective.id, {
        keyResults: objective.keyResults.map((keyResult) =>
          keyResult.id === keyResultId ? { id: keyResult.id, current } : { id: keyResult.id },
        ),
      }),
    onMutate: async ({ objective, keyResultId, current }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ObjectiveResponse[]>(key);
      queryClient.setQueryData<ObjectiveResponse[]>(key, (list) =>
        list?.map((item) =>
          item.id === objective.id ? withCurrent(item, keyResultId, current) : item,
        ),
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => afterSave(queryClient, workspaceId, saved),
  });
}
