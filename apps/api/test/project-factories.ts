import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ClientEntity } from '../src/modules/clients/client.entity';
import { ProjectMemberEntity } from '../src/modules/projects/project-member.entity';
import { ProjectEntity } from '../src/modules/projects/project.entity';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';

type Overrides<T> = Partial<Omit<T, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'>>;

export async function createClient(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Overrides<ClientEntity> = {},
): Promise<ClientEntity> {
  const repo = dataSource.getRepository(ClientEntity);
  return repo.save(
    repo.create({
      name: `Client ${randomUUID().slice(0, 6)}`,
      ...overrides,
      workspaceId: workspace.id,
    }),
  );
}

/** A project of the client's workspace; `status: 'done'` gets a completedAt unless given. */
export async function createProject(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  client: Pick<ClientEntity, 'id'>,
  overrides: Overrides<Omit<ProjectEntity, 'clientId'>> = {},
): Promise<ProjectEntity> {
  const repo = dataSource.getRepository(ProjectEntity);
  return repo.save(
    repo.create({
      name: `Project ${randomUUID().slice(0, 6)}`,
      completedAt: overrides.status === 'done' ? new Date() : null,
      ...overrides,
      workspaceId: workspace.id,
      clientId: client.id,
    }),
  );
}

export async function addProjectMember(
  dataSource: DataSource,
  project: Pick<ProjectEntity, 'id'>,
  user: Pick<UserEntity, 'id'>,
): Promise<ProjectMemberEntity> {
  const repo = dataSource.getRepository(ProjectMemberEntity);
  return repo.save(repo.create({ projectId: project.id, userId: user.id }));
}

/** A task of the project, in its workspace and under its client (as the API keeps them). */
export async function createTask(
  dataSource: DataSource,
  project: Pick<ProjectEntity, 'id' | 'workspaceId' | 'clientId'>,
  overrides: Overrides<Omit<TaskEntity, 'projectId' | 'clientId'>> = {},
): Promise<TaskEntity> {
  const repo = dataSource.getRepository(TaskEntity);
  return repo.save(
    repo.create({
      title: `Task ${randomUUID().slice(0, 6)}`,
      completedAt: overrides.status === 'done' ? new Date() : null,
      ...overrides,
      workspaceId: project.workspaceId,
      projectId: project.id,
      clientId: project.clientId,
    }),
  );
}
