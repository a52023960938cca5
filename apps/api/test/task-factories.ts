import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ROLES, type Role } from '@relais/domain';
import { ClientEntity } from '../src/modules/clients/client.entity';
import { ProcessEntity } from '../src/modules/processes/process.entity';
import { ProjectMemberEntity } from '../src/modules/projects/project-member.entity';
import { ProjectEntity } from '../src/modules/projects/project.entity';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import type { TestApp } from './test-app';

export async function createClient(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Partial<Pick<ClientEntity, 'name' | 'archivedAt'>> = {},
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
  client: Pick<ClientEntity, 'id' | 'workspaceId'>,
  overrides: Partial<Pick<ProjectEntity, 'name' | 'status' | 'archivedAt' | 'ownerId'>> = {},
): Promise<ProjectEntity> {
  const repo = dataSource.getRepository(ProjectEntity);
  return repo.save(
    repo.create({
      workspaceId: client.workspaceId,
      clientId: client.id,
      name: `Project ${randomUUID().slice(0, 6)}`,
      status: 'active',
      ...overrides,
    }),
  );
}

export async function addProjectMember(
  dataSource: DataSource,
  project: Pick<ProjectEntity, 'id'>,
  user: Pick<UserEntity, 'id'>,
): Promise<void> {
  await dataSource.getRepository(ProjectMemberEntity).insert({
    projectId: project.id,
    userId: user.id,
  });
}

export async function createTask(
  dataSource: DataSource,
  project: Pick<ProjectEntity, 'id' | 'workspaceId' | 'clientId'>,
  overrides: Partial<
    Pick<
      TaskEntity,
      | 'title'
      | 'status'
      | 'assigneeId'
      | 'createdById'
      | 'dueDate'
      | 'position'
      | 'completedAt'
      | 'checklist'
      | 'priority'
    >
  > = {},
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

export async function createProcess(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Partial<Pick<ProcessEntity, 'title' | 'archivedAt'>> = {},
): Promise<ProcessEntity> {
  const repo = dataSource.getRepository(ProcessEntity);
  return repo.save(
    repo.create({
      workspaceId: workspace.id,
      title: `SOP ${randomUUID().slice(0, 6)}`,
      ...overrides,
    }),
  );
}

/** A user of the team, signed in. */
export interface TeamMember {
  user: UserEntity;
  membership: MembershipEntity;
  token: string;
}

/** A workspace with one signed-in member per role (the founder owns it), a client and a project. */
export interface Team {
  workspace: WorkspaceEntity;
  client: ClientEntity;
  /** A project the VA belongs to. */
  project: ProjectEntity;
  members: Record<Role, TeamMember>;
}

export async function createTeam(
  t: TestApp,
  options: { workspaceName?: string; names?: Partial<Record<Role, string>> } = {},
): Promise<Team> {
  const workspace = await createWorkspace(t.dataSource, {
    ...(options.workspaceName && { name: options.workspaceName }),
  });
  const client = await createClient(t.dataSource, workspace);
  const project = await createProject(t.dataSource, client);
  const entries = await Promise.all(
    ROLES.map(async (role): Promise<[Role, TeamMember]> => {
      const member = await createSignedInMember(t, workspace, role, {
        owner: role === 'founder',
        name: options.names?.[role],
      });
      return [role, member];
    }),
  );
  const members = Object.fromEntries(entries) as Record<Role, TeamMember>;
  await addProjectMember(t.dataSource, project, members.va.user);
  return { workspace, client, project, members };
}

export async function createSignedInMember(
  t: TestApp,
  workspace: WorkspaceEntity,
  role: Role,
  options: { owner?: boolean; clientIds?: string[]; active?: boolean; name?: string } = {},
): Promise<TeamMember> {
  const user = await createUser(t.dataSource, {
    name: options.name ?? `${role} ${randomUUID().slice(0, 4)}`,
  });
  const membership = await addMember(t.dataSource, workspace, user, role, {
    owner: options.owner ?? false,
    clientIds: options.clientIds ?? [],
    active: options.active ?? true,
  });
  const { accessToken } = await signIn(t, user.email);
  return { user, membership, token: accessToken };
}

/** Every query the application sends while `run` runs, to catch N+1 patterns. */
export async function captureQueries(run: () => Promise<unknown>): Promise<string[]> {
  // every query TypeORM sends to PostgreSQL (or PGlite) goes through this method
  const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
  try {
    await run();
    return spy.mock.calls.map(([sql]) => String(sql));
  } finally {
    spy.mockRestore();
  }
}
