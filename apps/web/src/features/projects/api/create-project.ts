import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { projectKeys } from './query-keys';
import type { ProjectInput, ProjectResponse } from './types';

export function createProject(workspaceId: string, input: ProjectInput): Promise<ProjectResponse> {
  return api.post<ProjectResponse>(`/workspaces/${workspaceId}/projects`, input);
}

export function useCreateProject(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProjectInput) => createProject(workspaceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all(workspaceId) }),
  });
}
