/**
 * Projects as the API answers them (GET/POST/PATCH …/projects), shared by the API (mappers) and
 * the web client. A project carries no money, so every role gets the same fields.
 */
import type { ProjectStatus } from './records';

/** Task counts of a project, for its progress bar. */
export interface ProjectProgress {
  total: number;
  done: number;
}

/** A project as the list answers it. */
export interface ProjectResponse {
  id: string;
  workspaceId: string;
  clientId: string;
  clientName: string;
  name: string;
  description: string;
  ownerId: string | null;
  status: ProjectStatus;
  /** Calendar dates `YYYY-MM-DD`. */
  startDate: string | null;
  dueDate: string | null;
  completedAt: string | null;
  archivedAt: string | null;
  /** User ids of the project members, sorted. */
  memberIds: string[];
  progress: ProjectProgress;
  createdAt: string;
  updatedAt: string;
}

/** The idea a project was made from (see the idea inbox), as much as its page shows. */
export interface SourceIdea {
  id: string;
  title: string;
}

/** One project's page: the project, and the idea it came from (GET, POST and PATCH answer this). */
export interface ProjectDetailResponse extends ProjectResponse {
  /** Null when it came from no idea, or when the caller may not see ideas (a VA). */
  sourceIdea: SourceIdea | null;
}
