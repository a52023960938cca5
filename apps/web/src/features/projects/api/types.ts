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
