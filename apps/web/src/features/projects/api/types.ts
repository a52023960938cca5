import type { ProjectStatus } from '@relais/domain';

export interface ProjectResponse {
  id: string;
  workspaceId: string;
  clientId: string;
  clientName: string;
  name: string;
  description: string;
  ownerId: string | null;
  status: ProjectStatus;
  startDate: string | null;
  dueDate: string | null;
  completedAt: string | null;
  archivedAt?: string | null;
  memberIds: string[];
  progress: { total: number; done: number };
  createdAt?: string;
  updatedAt?: string;
}

/** The idea a project was made from, in the idea inbox. */
export interface SourceIdea {
  id: string;
  title: string;
}

/** One project as its page gets it (GET, POST and PATCH answer this; the list does not). */
export interface ProjectDetailResponse extends ProjectResponse {
  /** Null when it came from no idea, or when the caller may not see ideas. */
  sourceIdea: SourceIdea | null;
}

export interface ProjectInput {
  clientId: string;
  name: string;
  description?: string;
  ownerId?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  status?: ProjectStatus;
  memberIds?: string[];
}

/** A choice in a form: a client, or a person. */
export interface Option {
  id: string;
  name: string;
}
