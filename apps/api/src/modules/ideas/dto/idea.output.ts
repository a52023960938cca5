import type { ProjectStatus, TaskStatus } from '@relais/domain';
import type { IdeaEntity, IdeaStatus } from '../idea.entity';

export interface IdeaResponse {
  id: string;
  workspaceId: string;
  title: string;
  notes: string;
  authorId: string | null;
  status: IdeaStatus;
  triageNote: string | null;
  triagedById: string | null;
  triagedAt: string | null;
  /** The project the idea became. */
  projectId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What converting an idea made: the idea, linked to its new project, and the first tasks. */
export interface IdeaConversionResponse {
  idea: IdeaResponse;
  project: { id: string; clientId: string; name: string; status: ProjectStatus };
  tasks: {
    id: string;
    title: string;
    assigneeId: string | null;
    dueDate: string | null;
    status: TaskStatus;
    position: number;
  }[];
}

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
