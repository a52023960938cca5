import type { ProjectStatus } from '@relais/domain';
import type { ProjectEntity } from '../project.entity';

/** Task counts of a project, for its progress bar. */
export interface ProjectProgress {
  total: number;
  done: number;
}

/** What a project response adds to the row: read from other tables, a page at a time. */
export interface ProjectDetails {
  clientName: string;
  memberIds: string[];
  progress: ProjectProgress;
}

/** A project carries no money, so every role gets the same fields. */
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

/** One project's page: the project, and the idea it came from. */
export interface ProjectDetailResponse extends ProjectResponse {
  /** Null when it came from no idea, or when the caller may not see ideas (a VA). */
  sourceIdea: SourceIdea | null;
}

export function toProjectResponse(
  project: ProjectEntity,
  details: ProjectDetails,
): ProjectResponse {
  return {
    id: project.id,
    workspaceId: project.workspaceId,
    clientId: project.clientId,
    clientName: details.clientName,
    name: project.name,
    description: project.description,
    ownerId: project.ownerId,
    status: project.status,
    startDate: project.startDate,
    dueDate: project.dueDate,
    completedAt: project.completedAt?.toISOString() ?? null,
    archivedAt: project.archivedAt?.toISOString() ?? null,
    memberIds: details.memberIds,
    progress: details.progress,
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
  };
}
