import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fetchAllPages, MAX_PAGE_SIZE, type Page } from '@/lib/pagination';
import { processKeys } from './query-keys';
import type { TaskTemplateResponse } from './types';

/** Every task template of the workspace, by title (what a new task can start from). */
export function getTaskTemplates(workspaceId: string): Promise<TaskTemplateResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<TaskTemplateResponse>>(`/workspaces/${workspaceId}/task-templates`, {
      query: { limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getTaskTemplatesQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: processKeys.allTemplates(workspaceId),
    queryFn: () => getTaskTemplates(workspaceId),
  });
}

export function useTaskTemplates(workspaceId: string) {
  return useQuery(getTaskTemplatesQueryOptions(workspaceId));
}

/** The task templates made from one process. */
export function getProcessTaskTemplates(
  workspaceId: string,
  processId: string,
): Promise<TaskTemplateResponse[]> {
  return fetchAllPages((cursor) =>
    api.get<Page<TaskTemplateResponse>>(`/workspaces/${workspaceId}/task-templates`, {
      query: { processId, limit: MAX_PAGE_SIZE, cursor },
    }),
  );
}

export function getProcessTaskTemplatesQueryOptions(workspaceId: string, processId: string) {
  return queryOptions({
    queryKey: processKeys.templates(workspaceId, processId),
    queryFn: () => getProcessTaskTemplates(workspaceId, processId),
  });
}

export function useProcessTaskTemplates(workspaceId: string, processId: string) {
  return useQuery(getProcessTaskTemplatesQueryOptions(workspaceId, processId));
}
