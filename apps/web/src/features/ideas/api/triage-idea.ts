import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ideaKeys } from './query-keys';
import type { IdeaResponse, TriageOutcome } from './types';

export interface TriageVariables {
  ideaId: string;
  outcome: TriageOutcome;
  /** A word for the founder; required to decline. */
  note?: string;
}

export function triageIdea(
  workspaceId: string,
  { ideaId, outcome, note }: TriageVariables,
): Promise<IdeaResponse> {
  return api.post<IdeaResponse>(
    `/workspaces/${workspaceId}/ideas/${ideaId}/triage`,
    note ? { outcome, note } : { outcome },
  );
}

/** Accepts, parks or declines an idea; it moves to its new status at once. */
export function useTriageIdea(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = ideaKeys.list(workspaceId);
  return useMutation<IdeaResponse, unknown, TriageVariables, { previous?: IdeaResponse[] }>({
    mutationFn: (variables) => triageIdea(workspaceId, variables),
    onMutate: async ({ ideaId, outcome, note }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<IdeaResponse[]>(key);
      queryClient.setQueryData<IdeaResponse[]>(key, (ideas) =>
        ideas?.map((idea) =>
          idea.id === ideaId ? { ...idea, status: outcome, triageNote: note ?? null } : idea,
        ),
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (idea) => {
      queryClient.setQueryData<IdeaResponse[]>(key, (ideas) =>
        ideas?.map((entry) => (entry.id === idea.id ? idea : entry)),
      );
    },
  });
}
