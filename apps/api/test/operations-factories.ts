import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Role } from '@relais/domain';
import { AuditEventEntity } from '../src/modules/audit/audit-event.entity';
import { ClientEntity } from '../src/modules/clients/client.entity';
import { DecisionLinkEntity } from '../src/modules/decisions/decision-link.entity';
import { DecisionEntity } from '../src/modules/decisions/decision.entity';
import { IdeaEntity } from '../src/modules/ideas/idea.entity';
import { ProcessVersionEntity } from '../src/modules/processes/process-version.entity';
import { ProcessEntity } from '../src/modules/processes/process.entity';
import { ProjectMemberEntity } from '../src/modules/projects/project-member.entity';
import { ProjectEntity } from '../src/modules/projects/project.entity';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import type { TestApp } from './test-app';

/**
 * Factories and request helpers of the operations tools' tests (decisions, processes, ideas,
 * audit log).
 */

type Overrides<T> = Partial<Omit<T, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'>>;

export const ROLES_IN_ORDER = [
  'founder',
  'ops_director',
  'obm',
  'va',
] as const satisfies readonly Role[];
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export const OUTSIDERS = ['a user of no workspace', 'a member of another workspace'] as const;
export type Outsider = (typeof OUTSIDERS)[number];

export interface Actor {
  user: UserEntity;
  token: string;
}

/** Signing in, joining workspaces and calling the API as someone, for one test application. */
export function actors(t: TestApp) {
  async function signedIn(user: UserEntity): Promise<Actor> {
    return { user, token: (await signIn(t, user.email)).accessToken };
  }

  async function join(
    ws: Pick<WorkspaceEntity, 'id'>,
    role: Role,
    overrides: Parameters<typeof addMember>[4] = {},
  ): Promise<Actor> {
    const user = await createUser(t.dataSource, { name: `${role} ${randomUUID().slice(0, 4)}` });
    await addMember(t.dataSource, ws as WorkspaceEntity, user, role, overrides);
    return signedIn(user);
  }

  function withToken(req: request.Test, actor: Actor | null): request.Test {
    return actor ? req.set('authorization', `Bearer ${actor.token}`) : req;
  }

  const as = (actor: Actor | null) => ({
    get: (url: string) => withToken(request(t.http).get(url), actor),
    post: (url: string, body: object = {}) =>
      withToken(request(t.http).post(url), actor).send(body),
    patch: (url: string, body: object = {}) =>
      withToken(request(t.http).patch(url), actor).send(body),
    delete: (url: string) => withToken(request(t.http).delete(url), actor),
  });

  /** Someone who is no member of the workspace: a plain user, or a member of another one. */
  async function outsider(kind: Outsider): Promise<Actor> {
    return kind === 'a user of no workspace'
      ? signedIn(await createUser(t.dataSource))
      : join(await createWorkspace(t.dataSource), 'founder', { owner: true });
  }

  return { signedIn, join, as, outsider };
}

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

export async function createProject(
  dataSource: DataSource,
  client: Pick<ClientEntity, 'id' | 'workspaceId'>,
  overrides: Overrides<Omit<ProjectEntity, 'clientId'>> = {},
): Promise<ProjectEntity> {
  const repo = dataSource.getRepository(ProjectEntity);
  return repo.save(
    repo.create({
      name: `Project ${randomUUID().slice(0, 6)}`,
      ...overrides,
      workspaceId: client.workspaceId,
      clientId: client.id,
    }),
  );
}

export async function addProjectMember(
  dataSource: DataSource,
  project: Pick<ProjectEntity, 'id'>,
  user: Pick<UserEntity, 'id'>,
): Promise<void> {
  await dataSource
    .getRepository(ProjectMemberEntity)
    .insert({ projectId: project.id, userId: user.id });
}

export async function createTask(
  dataSource: DataSource,
  project: Pick<ProjectEntity, 'id' | 'workspaceId' | 'clientId'>,
  overrides: Overrides<Omit<TaskEntity, 'projectId' | 'clientId'>> = {},
): Promise<TaskEntity> {
  const repo = dataSource.getRepository(TaskEntity);
  return repo.save(
    repo.create({
      title: `Task ${randomUUID().slice(0, 6)}`,
      ...overrides,
      workspaceId: project.workspaceId,
      projectId: project.id,
      clientId: project.clientId,
    }),
  );
}

export async function createDecision(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Overrides<DecisionEntity> = {},
): Promise<DecisionEntity> {
  const repo = dataSource.getRepository(DecisionEntity);
  const decided = overrides.status === 'decided' || overrides.status === 'rejected';
  return repo.save(
    repo.create({
      title: `Decision ${randomUUID().slice(0, 6)}`,
      domain: 'operations',
      status: 'proposed',
      decidedAt: decided ? new Date() : null,
      ...overrides,
      workspaceId: workspace.id,
    }),
  );
}

export async function linkDecision(
  dataSource: DataSource,
  decision: Pick<DecisionEntity, 'id'>,
  entityType: 'project' | 'task',
  entityId: string,
): Promise<void> {
  await dataSource
    .getRepository(DecisionLinkEntity)
    .insert({ decisionId: decision.id, entityType, entityId });
}

/** A process and its first saved version, as the API writes them. */
export async function createProcess(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Overrides<Omit<ProcessEntity, 'version'>> = {},
): Promise<ProcessEntity> {
  const repo = dataSource.getRepository(ProcessEntity);
  const process = await repo.save(
    repo.create({
      title: `Process ${randomUUID().slice(0, 6)}`,
      body: '- first step\n- second step',
      ...overrides,
      version: 1,
      workspaceId: workspace.id,
    }),
  );
  await dataSource.getRepository(ProcessVersionEntity).insert({
    processId: process.id,
    version: 1,
    title: process.title,
    body: process.body,
    authorId: process.ownerId,
  });
  return process;
}

export async function createIdea(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Overrides<IdeaEntity> = {},
): Promise<IdeaEntity> {
  const repo = dataSource.getRepository(IdeaEntity);
  return repo.save(
    repo.create({
      title: `Idea ${randomUUID().slice(0, 6)}`,
      ...overrides,
      workspaceId: workspace.id,
    }),
  );
}

export async function createAuditEvent(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Overrides<AuditEventEntity> = {},
): Promise<AuditEventEntity> {
  const repo = dataSource.getRepository(AuditEventEntity);
  return repo.save(
    repo.create({
      action: 'task.updated',
      entityType: 'task',
      entityId: randomUUID(),
      changes: {},
      ...overrides,
      workspaceId: workspace.id,
    }),
  );
}

/** Audit events of a record, oldest first. */
export function auditOf(
  dataSource: DataSource,
  entityId: string,
): Promise<
  {
    action: string;
    actor_id: string | null;
    changes: Record<string, { before: unknown; after: unknown }>;
  }[]
> {
  return dataSource.query(
    'SELECT action, actor_id, changes FROM audit_events WHERE entity_id = $1 ORDER BY created_at, id',
    [entityId],
  );
}
