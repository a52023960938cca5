import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { projectKeys } from './query-keys';
import type { ProjectDetailResponse, ProjectInput } from './types';

export interface UpdateProjectVariables {
  projectId: string;
  changes: Partial<ProjectInput>;
}

export function updateProject(
  workspaceId: string,
  { projectId, changes }: UpdateProjectVariables,
): Promise<ProjectDetailResponse> {
  return api.patch<ProjectDetailResponse>(
    `/workspaces/${workspaceId}/projects/${projectId}`,
    changes,
  );
}

export function useUpdateProject(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateProjectVariables) => updateProject(workspaceId, variables),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(workspaceId, project.id), project);
      void queryClient.invalidateQueries({ queryKey: projectKeys.all(workspaceId) });
    },
  });
}
