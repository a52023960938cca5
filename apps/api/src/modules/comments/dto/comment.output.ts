import type { CommentResponse } from '@relais/domain';
import type { CommentEntity } from '../comment.entity';

export function toCommentResponse(
  comment: CommentEntity,
  authorName: string | null,
): CommentResponse {
  return {
    id: comment.id,
    taskId: comment.taskId,
    authorId: comment.authorId,
    authorName,
    body: comment.body,
    mentions: comment.mentions,
    createdAt: comment.createdAt.toISOString(),
    updatedAt: comment.updatedAt.toISOString(),
  };
}
