import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { taskKeys } from './query-keys';
import type { TaskResponse } from './types';

export interface DeleteTaskInput {
  workspaceId: string;
  taskId: string;
}

export function deleteTask({ workspaceId, taskId }: DeleteTaskInput): Promise<void> {
  return api.delete(`/workspaces/${workspaceId}/tasks/${taskId}`);
}

export function useDeleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTask,
    onSuccess: (_, { workspaceId, taskId }) => {
      const drop = (tasks: TaskResponse[] | undefined) => tasks?.filter((t) => t.id !== taskId);
      queryClient.setQueriesData<TaskResponse[]>({ queryKey: taskKeys.lists(workspaceId) }, drop);
      queryClient.setQueryData<TaskResponse[]>(taskKeys.mine(), drop);
      queryClient.removeQueries({ queryKey: taskKeys.detail(workspaceId, taskId) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.lists(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: taskKeys.mine() });
    },
  });
}
