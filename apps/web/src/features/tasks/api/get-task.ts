import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { taskKeys } from './query-keys';
import type { TaskResponse } from './types';

export function getTask(workspaceId: string, taskId: string): Promise<TaskResponse> {
  return api.get<TaskResponse>(`/workspaces/${workspaceId}/tasks/${taskId}`);
}

export function getTaskQueryOptions(workspaceId: string, taskId: string) {
  return queryOptions({
    queryKey: taskKeys.detail(workspaceId, taskId),
    queryFn: () => getTask(workspaceId, taskId),
  });
}

export function useTask(workspaceId: string | null, taskId: string | null) {
  return useQuery({
    ...getTaskQueryOptions(workspaceId ?? '', taskId ?? ''),
    enabled: Boolean(workspaceId && taskId),
  });
}
