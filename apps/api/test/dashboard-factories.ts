import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ClientEntity } from '../src/modules/clients/client.entity';
import { ProjectEntity } from '../src/modules/projects/project.entity';
import { ProjectMemberEntity } from '../src/modules/projects/project-member.entity';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';

/** Rows inserted directly (completed_at set explicitly), as the dashboard reads them. */

export async function createClient(
  dataSource: DataSource,
  workspace: WorkspaceEntity,
  overrides: Partial<ClientEntity> = {},
): Promise<ClientEntity> {
  const repo = dataSource.getRepository(ClientEntity);
  return repo.save(
    repo.create({
      workspaceId: workspace.id,
      name: `Client ${randomUUID().slice(0, 6)}`,
      ...overrides,
    }),
  );
}

export async function createProject(
  dataSource: DataSource,
  client: ClientEntity,
  overrides: Partial<ProjectEntity> = {},
  memberIds: string[] = [],
): Promise<ProjectEntity> {
  const repo = dataSource.getRepository(ProjectEntity);
  const project = await repo.save(
    repo.create({
      workspaceId: client.workspaceId,
      clientId: client.id,
      name: `Project ${randomUUID().slice(0, 6)}`,
      ...overrides,
    }),
  );
  if (memberIds.length > 0) {
    await dataSource
      .getRepository(ProjectMemberEntity)
      .insert(memberIds.map((userId) => ({ projectId: project.id, userId })));
  }
  return project;
}

/** A task of the project; `status: 'done'` needs `completedAt` and vice versa, as in the app. */
export async function createTask(
  dataSource: DataSource,
  project: ProjectEntity,
  overrides: Partial<TaskEntity> = {},
): Promise<TaskEntity> {
  const repo = dataSource.getRepository(TaskEntity);
  return repo.save(
    repo.create({
      workspaceId: project.workspaceId,
      projectId: project.id,
      clientId: project.clientId,
      title: `Task ${randomUUID().slice(0, 6)}`,
      ...overrides,
    }),
  );
}

/** A done task completed at the instant, with its due date (or none). */
export function createCompletedTask(
  dataSource: DataSource,
  project: ProjectEntity,
  completedAt: string,
  dueDate: string | null,
  overrides: Partial<TaskEntity> = {},
): Promise<TaskEntity> {
  return createTask(dataSource, project, {
    status: 'done',
    completedAt: new Date(completedAt),
    dueDate,
    ...overrides,
  });
}
