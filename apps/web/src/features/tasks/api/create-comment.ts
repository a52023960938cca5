import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { taskKeys } from './query-keys';
import type { CommentResponse } from './types';

export interface CreateCommentInput {
  workspaceId: string;
  taskId: string;
  body: string;
}

export function createComment({
  workspaceId,
  taskId,
  body,
}: CreateCommentInput): Promise<CommentResponse> {
  return api.post<CommentResponse>(`/workspaces/${workspaceId}/tasks/${taskId}/comments`, {
    body,
  });
}

export function useCreateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createComment,
    onSuccess: (comment, { workspaceId, taskId }) => {
      queryClient.setQueryData<CommentResponse[]>(
        taskKeys.comments(workspaceId, taskId),
        (current) => (current ? [...current, comment] : current),
      );
      void queryClient.invalidateQueries({ queryKey: taskKeys.comments(workspaceId, taskId) });
    },
  });
}
