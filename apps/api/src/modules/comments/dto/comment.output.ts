import type { CommentEntity } from '../comment.entity';

export interface CommentResponse {
  id: string;
  taskId: string;
  authorId: string | null;
  /** Null once the author's account is gone. */
  authorName: string | null;
  body: string;
  /** User ids of the members mentioned in the body. */
  mentions: string[];
  createdAt: string;
  updatedAt: string;
}

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
