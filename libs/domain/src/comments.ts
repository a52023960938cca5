/**
 * Task comments as the API answers them (GET/POST …/tasks/:taskId/comments), shared by the API
 * (mappers) and the web client.
 */

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
