import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { projectKeys } from './query-keys';
import type { ProjectDetailResponse } from './types';

export function getProject(workspaceId: string, projectId: string): Promise<ProjectDetailResponse> {
  return api.get<ProjectDetailResponse>(`/workspaces/${workspaceId}/projects/${projectId}`);
}

export function getProjectQueryOptions(workspaceId: string, projectId: string) {
  return queryOptions({
    queryKey: projectKeys.detail(workspaceId, projectId),
    queryFn: () => getProject(workspaceId, projectId),
  });
}

export function useProject(workspaceId: string, projectId: string) {
  return useQuery(getProjectQueryOptions(workspaceId, projectId));
}
