import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { decisionKeys } from './query-keys';

/** A task a decision can be linked to: only what the picker shows. */
export interface LinkableTask {
  id: string;
  title: string;
}

export function getLinkableTasks(workspaceId: string, projectId: string): Promise<LinkableTask[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<LinkableTask>>(`/workspaces/${workspaceId}/tasks`, {
      query: { projectId, limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getLinkableTasksQueryOptions(workspaceId: string, projectId: string) {
  return queryOptions({
    queryKey: decisionKeys.linkableTasks(workspaceId, projectId),
    queryFn: () => getLinkableTasks(workspaceId, projectId),
  });
}

/** The tasks of the project picked in the link form; nothing before a project is picked. */
export function useLinkableTasks(workspaceId: string, projectId: string | null) {
  return useQuery({
    ...getLinkableTasksQueryOptions(workspaceId, projectId ?? ''),
    enabled: Boolean(projectId),
  });
}
