import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { projectKeys } from './query-keys';
import type { ProjectResponse } from './types';

export interface ProjectFilters {
  clientId?: string;
}

export function getProjects(
  workspaceId: string,
  filters: ProjectFilters,
): Promise<ProjectResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<ProjectResponse>>(`/workspaces/${workspaceId}/projects`, {
      query: { ...filters, limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getProjectsQueryOptions(workspaceId: string, filters: ProjectFilters) {
  return queryOptions({
    queryKey: projectKeys.list(workspaceId, filters),
    queryFn: () => getProjects(workspaceId, filters),
  });
}

export function useProjects(workspaceId: string, filters: ProjectFilters = {}) {
  return useQuery(getProjectsQueryOptions(workspaceId, filters));
}
