import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { addCalendarDays, todayIn, type Role } from '@relais/domain';
import type { ClientEntity } from '../src/modules/clients/client.entity';
import type { ProjectEntity } from '../src/modules/projects/project.entity';
import { TaskEntity } from '../src/modules/tasks/task.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser, createWorkspace } from './factories';
import { addProjectMember, createClient, createProject } from './project-factories';
import type { TestApp } from './test-app';

// ---------------------------------------------------------------------------------------------
// A real SMTP server on loopback
// ---------------------------------------------------------------------------------------------

export interface ReceivedMessage {
  to: string[];
  raw: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMessage[];
  /** Messages received for the address. */
  to(address: string): ReceivedMessage[];
  close(): Promise<void>;
}

/** An SMTP server that keeps what it receives (emails' content is read in the database). */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------
// Teams, projects and tasks
// ---------------------------------------------------------------------------------------------

export interface SignedInMember {
  user: UserEntity;
  membership: MembershipEntity;
  token: string;
}

export interface TestTeam {
  workspace: WorkspaceEntity;
  client: ClientEntity;
  /** A project the VA belongs to. */
  project: ProjectEntity;
  members: Record<Role, SignedInMember>;
}

export async function addSignedInMember(
  t: TestApp,
  workspace: WorkspaceEntity,
  role: Role,
  options: { owner?: boolean; clientIds?: string[]; name?: string; signIn?: boolean } = {},
): Promise<SignedInMember> {
  const user = await createUser(t.dataSource, {
    name: options.name ?? `${role} ${randomUUID().slice(0, 4)}`,
  });
  const membership = await addMember(t.dataSource, workspace, user, role, {
    owner: options.owner ?? false,
    clientIds: options.clientIds ?? [],
  });
  const token = options.signIn === false ? '' : (await signIn(t, user.email)).accessToken;
  return { user, membership, token };
}

/** A workspace (in `timeZone`) with one member per role, a client and a project. */
export async function createTestTeam(
  t: TestApp,
  options: { timeZone?: string; signIn?: boolean } = {},
): Promise<TestTeam> {
  const workspace = await createWorkspace(t.dataSource, {
    ...(options.timeZone && { timeZone: options.timeZone }),
  });
  const client = await createClient(t.dataSource, workspace);
  const project = await createProject(t.dataSource, workspace, client, { status: 'active' });
  const members = {} as Record<Role, SignedInMember>;
  for (const role of ['founder', 'ops_director', 'obm', 'va'] as const) {
    members[role] = await addSignedInMember(t, workspace, role, {
      owner: role === 'founder',
      name: NAMES[role],
      signIn: options.signIn,
    });
  }
  await addProjectMember(t.dataSource, project, members.va.user);
  return { workspace, client, project, members };
}

const NAMES: Record<Role, string> = {
  founder: 'Camille Durand',
  ops_director: 'Inès Moreau',
  obm: 'Sophie Laurent',
  va: 'Léa Martin',
};

/** A task of the project as the tasks module writes it (done tasks get a completedAt). */
export async function createTestTask(
  dataSource: DataSource,
  project: Pick<ProjectEntity, 'id' | 'workspaceId' | 'clientId'>,
  overrides: Partial<Omit<TaskEntity, 'id' | 'workspaceId' | 'projectId' | 'clientId'>> = {},
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

// ---------------------------------------------------------------------------------------------
// Time zones and outcomes
// ---------------------------------------------------------------------------------------------

/**
 * A fixed-offset zone whose local time now is in `[fromHour, toHour)`: tests about "08:00 in
 * the workspace's time zone" then hold whenever they run. Etc/GMT-14 to Etc/GMT+12 cover every
 * hour of the day.
 */
export function zoneWhereHourIs(fromHour: number, toHour: number, now = new Date()): string {
  for (let offset = -12; offset <= 14; offset++) {
    const hour = (now.getUTCHours() + offset + 24) % 24;
    if (hour >= fromHour && hour < toHour) {
      // POSIX signs: Etc/GMT-2 is two hours ahead of UTC
      return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
    }
  }
  throw new Error(`no zone has a local hour in [${fromHour}, ${toHour})`);
}

/** Today and its neighbours in the zone. */
export function daysIn(timeZone: string, now = new Date()) {
  const today = todayIn(timeZone, now);
  return {
    today,
    yesterday: addCalendarDays(today, -1),
    tomorrow: addCalendarDays(today, 1),
    inDays: (n: number) => addCalendarDays(today, n),
  };
}

export interface EmailRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  kind: string;
  status: string;
  dedupe_key: string | null;
}

export async function emailsTo(t: TestApp, address: string, kind?: string): Promise<EmailRow[]> {
  return t.dataSource.query(
    `SELECT id, to_address, subject, text_body, html_body, kind, status, dedupe_key
       FROM emails WHERE to_address = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at`,
    [address, kind ?? null],
  );
}

export interface NotificationRow {
  id: string;
  user_id: string;
  workspace_id: string | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, unknown>;
  dedupe_key: string | null;
}

export async function notificationsOf(
  t: TestApp,
  userId: string,
  kind?: string,
): Promise<NotificationRow[]> {
  return t.dataSource.query(
    `SELECT id, user_id, workspace_id, kind, title, body, link, data, dedupe_key
       FROM notifications WHERE user_id = $1 AND ($2::text IS NULL OR kind = $2)
      ORDER BY created_at`,
    [userId, kind ?? null],
  );
}

/** Resolves after `ms`: only to let something that should NOT happen have its chance. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
