import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ideaKeys } from './query-keys';
import type { IdeaInput, IdeaResponse } from './types';

export function createIdea(workspaceId: string, input: IdeaInput): Promise<IdeaResponse> {
  return api.post<IdeaResponse>(`/workspaces/${workspaceId}/ideas`, input);
}

let optimisticCounter = 0;

/** Drops an idea in the inbox: it shows at the top at once, and goes away again on failure. */
export function useCreateIdea(workspaceId: string, authorId: string) {
  const queryClient = useQueryClient();
  const key = ideaKeys.list(workspaceId);
  return useMutation<IdeaResponse, unknown, IdeaInput, { tempId: string }>({
    mutationFn: (input) => createIdea(workspaceId, input),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      optimisticCounter += 1;
      const tempId = `optimistic-idea-${optimisticCounter}`;
      const now = new Date().toISOString();
      queryClient.setQueryData<IdeaResponse[]>(key, (ideas) =>
        ideas
          ? [
              {
                id: tempId,
                workspaceId,
                title: input.title,
                notes: input.notes ?? '',
                authorId,
                status: 'inbox',
                triageNote: null,
                triagedById: null,
                triagedAt: null,
                projectId: null,
                createdAt: now,
                updatedAt: now,
              },
              ...ideas,
            ]
          : ideas,
      );
      return { tempId };
    },
    onError: (_error, _input, context) => {
      if (!context) return;
      queryClient.setQueryData<IdeaResponse[]>(key, (ideas) =>
        ideas?.filter((idea) => idea.id !== context.tempId),
      );
    },
    onSuccess: (idea, _input, context) => {
      queryClient.setQueryData<IdeaResponse[]>(key, (ideas) => {
        if (!ideas) return ideas;
        // the list may have arrived after the idea was dropped, without its placeholder
        if (!ideas.some((entry) => entry.id === context.tempId || entry.id === idea.id)) {
          return [idea, ...ideas];
        }
        return ideas.map((entry) => (entry.id === context.tempId ? idea : entry));
      });
    },
  });
}

export function isOptimisticIdeaId(id: string): boolean {
  return id.startsWith('optimistic-idea-');
}
