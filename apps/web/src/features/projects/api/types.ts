import type { ProjectStatus } from '@relais/domain';

export type {
  ProjectDetailResponse,
  ProjectProgress,
  ProjectResponse,
  SourceIdea,
} from '@relais/domain';

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
