import { randomUUID } from 'node:crypto';
import type { Role } from '@relais/domain';
import type { ClientEntity } from '../src/modules/clients/client.entity';
import { TaskImportEntity } from '../src/modules/imports/task-import.entity';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import type { ObjectiveEntity } from '../src/modules/objectives/objective.entity';
import type { KeyResultEntity } from '../src/modules/objectives/key-result.entity';
import type { ProcessEntity } from '../src/modules/processes/process.entity';
import { TaskTemplateEntity } from '../src/modules/processes/task-template.entity';
import type { ProjectEntity } from '../src/modules/projects/project.entity';
import type { TaskEntity } from '../src/modules/tasks/task.entity';
import type { TimeEntryEntity } from '../src/modules/time-entries/time-entry.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import { createInvitation } from './members-factories';
import { createDecision, createIdea, createProcess } from './operations-factories';
import { addProjectMember, createClient, createProject, createTask } from './project-factories';
import type { TestApp } from './test-app';
import { createObjective, createRunningTimer, createTimeEntry } from './time-factories';

/**
 * The one world of the permission matrix test: a workspace with the demo-like team, two clients
 * and what each route needs to read, plus people who are no member of it.
 */

/** Who calls: the four roles, a member limited to client B, and three people from outside. */
export const ACTORS = [
  'founder',
  'ops_director',
  'obm',
  'va',
  'scoped',
  'outsider',
  'stranger',
  'anonymous',
] as const;
export type ActorName = (typeof ACTORS)[number];

/** Actors with a membership in the world's workspace. */
export type MemberName = Exclude<ActorName, 'outsider' | 'stranger' | 'anonymous'>;
export const MEMBER_NAMES = [
  'founder',
  'ops_director',
  'obm',
  'va',
  'scoped',
] as const satisfies readonly MemberName[];

/** The role each member has in the world (the scoped member is an OBM limited to client B). */
export const ROLE_OF: Record<MemberName, Role> = {
  founder: 'founder',
  ops_director: 'ops_director',
  obm: 'obm',
  va: 'va',
  scoped: 'obm',
};

export interface SignedIn {
  user: UserEntity;
  token: string;
}

export interface World {
  t: TestApp;
  ws: WorkspaceEntity;
  /** `/api/workspaces/<ws>` */
  base: string;
  /** The client of the records the cases act on. */
  clientA: ClientEntity;
  /** The only client the scoped member sees. */
  clientB: ClientEntity;
  /** A project of client A; the VA is one of its members. */
  projectA: ProjectEntity;
  projectB: ProjectEntity;
  /** A task of project A assigned to the VA, created by the OBM. */
  taskA: TaskEntity;
  taskB: TaskEntity;
  process: ProcessEntity;
  templateId: string;
  objective: ObjectiveEntity;
  keyResults: KeyResultEntity[];
  /** The founder's idea. */
  ideaId: string;
  /** An operations decision about client A, proposed by the OBM. */
  decisionId: string;
  importId: string;
  members: Record<MemberName, SignedIn>;
  /** Signed in, member of nothing. */
  outsider: SignedIn;
  /** The owner (a founder) of another workspace, which has no ops director. */
  stranger: SignedIn & { ws: WorkspaceEntity };
  /** The bearer token of the actor; null for the anonymous caller. */
  tokenOf(actor: ActorName): string | null;
  /**
   * The user whose own records a case uses for the actor: the caller, or the founder for the
   * anonymous caller (refused before any record is read).
   */
  userOf(actor: ActorName): UserEntity;
  /** An instant for a finished time entry that overlaps no other entry of the run. */
  nextSlot(): string;
}

const NAMES: Record<MemberName, string> = {
  founder: 'Camille Durand',
  ops_director: 'Inès Moreau',
  obm: 'Sophie Laurent',
  va: 'Léa Martin',
  scoped: 'Hugo Petit',
};

async function signedIn(t: TestApp, user: UserEntity): Promise<SignedIn> {
  return { user, token: (await signIn(t, user.email)).accessToken };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const ds = t.dataSource;
  const ws = await createWorkspace(ds, { name: `Matrix ${randomUUID().slice(0, 6)}` });
  const clientA = await createClient(ds, ws, { name: 'Client A' });
  const clientB = await createClient(ds, ws, { name: 'Client B' });

  const entries = await Promise.all(
    MEMBER_NAMES.map(async (name): Promise<[MemberName, SignedIn]> => {
      const user = await createUser(ds, { name: NAMES[name] });
      await addMember(ds, ws, user, ROLE_OF[name], {
        owner: name === 'founder',
        clientIds: name === 'scoped' ? [clientB.id] : [],
      });
      return [name, await signedIn(t, user)];
    }),
  );
  const members = Object.fromEntries(entries) as Record<MemberName, SignedIn>;
  const outsider = await signedIn(t, await createUser(ds, { name: 'Olivier Dehors' }));
  const strangerWs = await createWorkspace(ds, { name: 'Elsewhere' });
  const strangerUser = await createUser(ds, { name: 'Sacha Ailleurs' });
  await addMember(ds, strangerWs, strangerUser, 'founder', { owner: true });
  const stranger = { ...(await signedIn(t, strangerUser)), ws: strangerWs };

  const projectA = await createProject(ds, ws, clientA, { status: 'active', name: 'Project A' });
  await addProjectMember(ds, projectA, members.va.user);
  const projectB = await createProject(ds, ws, clientB, { status: 'active', name: 'Project B' });
  const taskA = await createTask(ds, projectA, {
    title: 'Task A',
    assigneeId: members.va.user.id,
    createdById: members.obm.user.id,
  });
  const taskB = await createTask(ds, projectB, {
    title: 'Task B',
    assigneeId: members.scoped.user.id,
    createdById: members.scoped.user.id,
  });
  const process = await createProcess(ds, ws, {
    ownerId: members.obm.user.id,
    body: '- first step\n- second step',
  });
  const templateRepo = ds.getRepository(TaskTemplateEntity);
  const template = await templateRepo.save(
    templateRepo.create({
      workspaceId: ws.id,
      processId: process.id,
      title: 'Template',
      checklist: [{ title: 'first step' }],
    }),
  );
  const { objective, keyResults } = await createObjective(
    ds,
    ws,
    { ownerId: members.founder.user.id },
    [{ start: 0, target: 10, current: 2 }],
  );
  const idea = await createIdea(ds, ws, { authorId: members.founder.user.id });
  const decision = await createDecision(ds, ws, {
    clientId: clientA.id,
    proposedById: members.obm.user.id,
  });
  const importRepo = ds.getRepository(TaskImportEntity);
  const taskImport = await importRepo.save(
    importRepo.create({
      workspaceId: ws.id,
      projectId: projectA.id,
      createdById: members.obm.user.id,
      status: 'done',
      mapping: { title: 'Name' },
      csv: 'Name\n',
    }),
  );

  let slot = 0;
  const firstSlot = Date.now() - 20 * 24 * 3_600_000;
  // one hour apart, 30 minutes long: entries of one person never overlap
  const nextSlot = () => new Date(firstSlot + slot++ * 3_600_000).toISOString();
  await createTimeEntry(ds, taskA, members.va.user, nextSlot(), 30);
  await createTimeEntry(ds, taskA, members.obm.user, nextSlot(), 30);
  await createTimeEntry(ds, taskB, members.scoped.user, nextSlot(), 30);
  await createTimeEntry(ds, taskB, members.founder.user, nextSlot(), 30);

  return {
    t,
    ws,
    base: `/api/workspaces/${ws.id}`,
    clientA,
    clientB,
    projectA,
    projectB,
    taskA,
    taskB,
    process,
    templateId: template.id,
    objective,
    keyResults,
    ideaId: idea.id,
    decisionId: decision.id,
    importId: taskImport.id,
    members,
    outsider,
    stranger,
    tokenOf(actor) {
      if (actor === 'anonymous') return null;
      if (actor === 'outsider') return outsider.token;
      if (actor === 'stranger') return stranger.token;
      return members[actor].token;
    },
    userOf(actor) {
      if (actor === 'anonymous') return members.founder.user;
      if (actor === 'outsider') return outsider.user;
      if (actor === 'stranger') return stranger.user;
      return members[actor].user;
    },
    nextSlot,
  };
}

// ---------------------------------------------------------------------------------------------
// Fresh records, one per case and actor, so mutating cases are independent of each other
// ---------------------------------------------------------------------------------------------

export function freshClient(w: World): Promise<ClientEntity> {
  return createClient(w.t.dataSource, w.ws);
}

export function freshProject(w: World, client: ClientEntity = w.clientA): Promise<ProjectEntity> {
  return createProject(w.t.dataSource, w.ws, client, { status: 'active' });
}

/** A task of project A assigned to the VA and created by the OBM, unless told otherwise. */
export function freshTask(
  w: World,
  overrides: Partial<Pick<TaskEntity, 'assigneeId' | 'createdById'>> = {},
): Promise<TaskEntity> {
  return createTask(w.t.dataSource, w.projectA, {
    assigneeId: w.members.va.user.id,
    createdById: w.members.obm.user.id,
    ...overrides,
  });
}

/** A finished entry of the user on task A (or the task given), in a slot of its own. */
export function freshTimeEntry(
  w: World,
  user: UserEntity,
  task: TaskEntity = w.taskA,
): Promise<TimeEntryEntity> {
  return createTimeEntry(w.t.dataSource, task, user, w.nextSlot(), 30);
}

/** Ends any timer of the user, then starts one in the world on the task, 5 minutes ago. */
export async function runningTimer(w: World, user: UserEntity, task: TaskEntity): Promise<void> {
  await w.t.dataSource.query(
    `UPDATE time_entries SET ended_at = now(), minutes = GREATEST(1, CEIL(EXTRACT(EPOCH FROM now() - started_at) / 60))
      WHERE user_id = $1 AND ended_at IS NULL`,
    [user.id],
  );
  await createRunningTimer(w.t.dataSource, task, user, new Date(Date.now() - 5 * 60_000));
}

/** A proposed decision about client A. */
export async function freshDecision(
  w: World,
  overrides: { domain?: 'operations' | 'strategy'; proposedById?: string } = {},
): Promise<string> {
  const decision = await createDecision(w.t.dataSource, w.ws, {
    clientId: w.clientA.id,
    proposedById: w.members.obm.user.id,
    ...overrides,
  });
  return decision.id;
}

export async function freshIdea(w: World): Promise<string> {
  return (await createIdea(w.t.dataSource, w.ws, { authorId: w.members.founder.user.id })).id;
}

export function freshProcess(w: World): Promise<ProcessEntity> {
  return createProcess(w.t.dataSource, w.ws, { ownerId: w.members.obm.user.id });
}

export function freshObjective(w: World) {
  return createObjective(w.t.dataSource, w.ws, { ownerId: w.members.founder.user.id }, [
    { start: 0, target: 10, current: 2 },
  ]);
}

/** A pending invitation of a VA limited to client A. */
export async function freshInvitation(w: World): Promise<string> {
  const { invitation } = await createInvitation(w.t, w.ws, {
    role: 'va',
    clientIds: [w.clientA.id],
    invitedById: w.members.founder.user.id,
  });
  return invitation.id;
}

/** A new member of the world with the role (a VA limited to client A unless told otherwise). */
export async function freshMember(
  w: World,
  role: Role = 'va',
  clientIds: string[] = [w.clientA.id],
): Promise<UserEntity> {
  const user = await createUser(w.t.dataSource);
  await addMember(w.t.dataSource, w.ws, user, role, { clientIds });
  return user;
}

/** A notification of the user, from the world (none for someone who is not a member of it). */
export async function freshNotification(w: World, user: UserEntity): Promise<string> {
  const member = Object.values(w.members).some((m) => m.user.id === user.id);
  const repo = w.t.dataSource.getRepository(NotificationEntity);
  const saved = await repo.save(
    repo.create({
      userId: user.id,
      workspaceId: member ? w.ws.id : null,
      kind: 'mention',
      title: 'You were mentioned',
      link: null,
      dedupeKey: null,
    }),
  );
  return saved.id;
}

/**
 * A new workspace where the actor has the same membership as in the world (role, client scope,
 * and owner flag unless told), and another active member: for cases that change the workspace
 * itself. Callers from outside get no membership in it.
 */
export async function mirrorWorkspace(
  w: World,
  actor: ActorName,
  options: { owner?: boolean } = {},
): Promise<{ ws: WorkspaceEntity; other: UserEntity }> {
  const ds = w.t.dataSource;
  const ws = await createWorkspace(ds);
  if (actor in w.members) {
    const name = actor as MemberName;
    await addMember(ds, ws, w.members[name].user, ROLE_OF[name], {
      owner: options.owner ?? name === 'founder',
      clientIds: name === 'scoped' ? [w.clientB.id] : [],
    });
  }
  const other = await createUser(ds);
  await addMember(ds, ws, other, 'ops_director');
  return { ws, other };
}
