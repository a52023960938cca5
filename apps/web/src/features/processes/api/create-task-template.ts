import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { processKeys } from './query-keys';
import type { TaskTemplateResponse } from './types';

export interface CreateTemplateVariables {
  processId: string;
  /** The process's title when left out. */
  title?: string;
}

/** Makes a task template whose checklist is the steps (list items) of the process. */
export function createTaskTemplate(
  workspaceId: string,
  { processId, title }: CreateTemplateVariables,
): Promise<TaskTemplateResponse> {
  return api.post<TaskTemplateResponse>(
    `/workspaces/${workspaceId}/processes/${processId}/template`,
    title ? { title } : {},
  );
}

export function useCreateTaskTemplate(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateTemplateVariables) => createTaskTemplate(workspaceId, variables),
    // the process's templates and the workspace's list the task forms offer
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: processKeys.allTemplates(workspaceId) }),
  });
}
