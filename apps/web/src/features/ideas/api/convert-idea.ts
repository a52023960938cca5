import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ideaKeys } from './query-keys';
import type { ConvertIdeaInput, IdeaConversionResponse, IdeaResponse } from './types';

export interface ConvertVariables {
  ideaId: string;
  input: ConvertIdeaInput;
}

/** Turns an idea into a planned project with its first tasks, keeping the link back. */
export function convertIdea(
  workspaceId: string,
  { ideaId, input }: ConvertVariables,
): Promise<IdeaConversionResponse> {
  return api.post<IdeaConversionResponse>(
    `/workspaces/${workspaceId}/ideas/${ideaId}/convert`,
    input,
  );
}

export function useConvertIdea(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ConvertVariables) => convertIdea(workspaceId, variables),
    onSuccess: ({ idea }) => {
      queryClient.setQueryData<IdeaResponse[]>(ideaKeys.list(workspaceId), (ideas) =>
        ideas?.map((entry) => (entry.id === idea.id ? idea : entry)),
      );
      // a new project and its tasks: the lists that show them are stale
      void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'projects'] });
      void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['me', 'tasks'] });
    },
  });
}
