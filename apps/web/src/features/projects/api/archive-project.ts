import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { projectKeys } from './query-keys';

/** DELETE archives the project: it leaves the lists, its tasks and history stay. */
export function archiveProject(workspaceId: string, projectId: string): Promise<void> {
  return api.delete(`/workspaces/${workspaceId}/projects/${projectId}`);
}

export function useArchiveProject(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (projectId: string) => archiveProject(workspaceId, projectId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all(workspaceId) }),
  });
}
