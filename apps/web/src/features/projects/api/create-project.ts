import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { projectKeys } from './query-keys';
import type { ProjectDetailResponse, ProjectInput } from './types';

export function createProject(
  workspaceId: string,
  input: ProjectInput,
): Promise<ProjectDetailResponse> {
  return api.post<ProjectDetailResponse>(`/workspaces/${workspaceId}/projects`, input);
}

export function useCreateProject(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProjectInput) => createProject(workspaceId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all(workspaceId) }),
  });
}
