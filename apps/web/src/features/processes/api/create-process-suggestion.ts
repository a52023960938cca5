import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { processKeys } from './query-keys';
import type { ProcessSuggestion } from './types';

export interface SuggestVariables {
  processId: string;
  body: string;
}

/** Leaves a suggestion for the process's owner (any member, VAs included). */
export function createProcessSuggestion(
  workspaceId: string,
  { processId, body }: SuggestVariables,
): Promise<ProcessSuggestion> {
  return api.post<ProcessSuggestion>(
    `/workspaces/${workspaceId}/processes/${processId}/suggestions`,
    { body },
  );
}

export function useCreateProcessSuggestion(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SuggestVariables) => createProcessSuggestion(workspaceId, variables),
    onSuccess: (suggestion) => {
      queryClient.setQueryData<ProcessSuggestion[]>(
        processKeys.suggestions(workspaceId, suggestion.processId),
        (current) => (current ? [suggestion, ...current] : current),
      );
    },
  });
}
