import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Role } from '@relais/domain';
import { KeyResultEntity } from '../src/modules/objectives/key-result.entity';
import { ObjectiveEntity } from '../src/modules/objectives/objective.entity';
import type { TaskEntity } from '../src/modules/tasks/task.entity';
import { TimeEntryEntity } from '../src/modules/time-entries/time-entry.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import type { TestApp } from './test-app';

/**
 * A finished time entry of the user on the task, inserted directly (as the API stores them:
 * the task's project and client copied, the end at start + minutes).
 */
export async function createTimeEntry(
  dataSource: DataSource,
  task: Pick<TaskEntity, 'id' | 'workspaceId' | 'projectId' | 'clientId'>,
  user: Pick<UserEntity, 'id'>,
  startedAt: string,
  minutes: number,
  overrides: Partial<
    Pick<TimeEntryEntity, 'billable' | 'note' | 'approvedAt' | 'approvedById'>
  > = {},
): Promise<TimeEntryEntity> {
  const repo = dataSource.getRepository(TimeEntryEntity);
  const start = new Date(startedAt);
  return repo.save(
    repo.create({
      workspaceId: task.workspaceId,
      userId: user.id,
      taskId: task.id,
      projectId: task.projectId,
      clientId: task.clientId,
      startedAt: start,
      endedAt: new Date(start.getTime() + minutes * 60_000),
      minutes,
      billable: true,
      note: '',
      ...overrides,
    }),
  );
}

/** A running timer of the user on the task, started at the instant. */
export async function createRunningTimer(
  dataSource: DataSource,
  task: Pick<TaskEntity, 'id' | 'workspaceId' | 'projectId' | 'clientId'>,
  user: Pick<UserEntity, 'id'>,
  startedAt: Date,
): Promise<TimeEntryEntity> {
  const repo = dataSource.getRepository(TimeEntryEntity);
  return repo.save(
    repo.create({
      workspaceId: task.workspaceId,
      userId: user.id,
      taskId: task.id,
      projectId: task.projectId,
      clientId: task.clientId,
      startedAt,
      endedAt: null,
      minutes: null,
    }),
  );
}

export interface KeyResultValues {
  title?: string;
  start: number;
  target: number;
  current: number;
}

/** An objective of the workspace with its key results, in order. */
export async function createObjective(
  dataSource: DataSource,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Partial<Pick<ObjectiveEntity, 'title' | 'periodStart' | 'periodEnd' | 'ownerId'>> = {},
  keyResults: KeyResultValues[] = [],
): Promise<{ objective: ObjectiveEntity; keyResults: KeyResultEntity[] }> {
  const objective = await dataSource.getRepository(ObjectiveEntity).save(
    dataSource.getRepository(ObjectiveEntity).create({
      workspaceId: workspace.id,
      title: 'Objective',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      ownerId: null,
      ...overrides,
    }),
  );
  const repo = dataSource.getRepository(KeyResultEntity);
  const saved = await repo.save(
    keyResults.map((kr, position) =>
      repo.create({
        title: `Key result ${position + 1}`,
        ...kr,
        position,
        objectiveId: objective.id,
        workspaceId: workspace.id,
      }),
    ),
  );
  return { objective, keyResults: saved };
}

// ---------------------------------------------------------------------------------------------
// Calling the API as someone
// ---------------------------------------------------------------------------------------------

export interface Actor {
  user: UserEntity;
  token: string;
}

export async function actorFor(t: TestApp, user: UserEntity): Promise<Actor> {
  return { user, token: (await signIn(t, user.email)).accessToken };
}

/** A new user, member of the workspace with the role, signed in. */
export async function joinAs(
  t: TestApp,
  workspace: WorkspaceEntity,
  role: Role,
  overrides: Parameters<typeof addMember>[4] = {},
): Promise<Actor> {
  const user = await createUser(t.dataSource);
  await addMember(t.dataSource, workspace, user, role, overrides);
  return actorFor(t, user);
}

/** Requests with the actor's token (none for `null`). */
export function requestAs(t: TestApp, actor: Actor | null) {
  const auth = (req: request.Test) =>
    actor ? req.set('authorization', `Bearer ${actor.token}`) : req;
  return {
    get: (url: string) => auth(request(t.http).get(url)),
    post: (url: string, body: object | string = {}) => auth(request(t.http).post(url)).send(body),
    put: (url: string, body: object = {}) => auth(request(t.http).put(url)).send(body),
    patch: (url: string, body: object = {}) => auth(request(t.http).patch(url)).send(body),
    delete: (url: string) => auth(request(t.http).delete(url)),
  };
}

/** Someone who is no member of the workspace: a plain user, or a member of another one. */
export function outsiders(t: TestApp) {
  return [
    [
      'a user of no workspace',
      async (): Promise<Actor> => actorFor(t, await createUser(t.dataSource)),
    ],
    [
      'a member of another workspace',
      async (): Promise<Actor> => joinAs(t, await createWorkspace(t.dataSource), 'founder'),
    ],
  ] as const;
}

/** Field names of a 400 body, sorted. */
export function fieldsOf(body: { fields?: { field: string }[] }): string[] {
  return (body.fields ?? []).map((f) => f.field).sort();
}

/** Every key of a JSON value, nested ones included. */
export function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  }
  return [];
}

export async function auditOf(t: TestApp, entityId: string) {
  return t.dataSource.query(
    'SELECT workspace_id, action, actor_id, changes FROM audit_events WHERE entity_id = $1 ORDER BY created_at, id',
    [entityId],
  ) as Promise<
    { workspace_id: string; action: string; actor_id: string; changes: Record<string, unknown> }[]
  >;
}
