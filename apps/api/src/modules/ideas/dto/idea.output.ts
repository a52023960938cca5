import type { IdeaResponse } from '@relais/domain';
import type { IdeaEntity } from '../idea.entity';

export function toIdeaResponse(idea: IdeaEntity): IdeaResponse {
  return {
    id: idea.id,
    workspaceId: idea.workspaceId,
    title: idea.title,
    notes: idea.notes,
    authorId: idea.authorId,
    status: idea.status,
    triageNote: idea.triageNote,
    triagedById: idea.triagedById,
    triagedAt: idea.triagedAt?.toISOString() ?? null,
    projectId: idea.projectId,
    createdAt: idea.createdAt.toISOString(),
    updatedAt: idea.updatedAt.toISOString(),
  };
}
