import type { ProjectProgress, ProjectResponse } from '@relais/domain';
import type { ProjectEntity } from '../project.entity';

/** What a project response adds to the row: read from other tables, a page at a time. */
export interface ProjectDetails {
  clientName: string;
  memberIds: string[];
  progress: ProjectProgress;
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
