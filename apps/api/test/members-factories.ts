import { randomUUID } from 'node:crypto';
import type { Role } from '@relais/domain';
import { ClientEntity } from '../src/modules/clients/client.entity';
import { InvitationEntity } from '../src/modules/invitations/invitation.entity';
import { hashInvitationToken } from '../src/modules/invitations/invitation-token';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { MembershipEntity } from '../src/modules/workspaces/membership.entity';
import type { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { signIn } from './auth-helpers';
import { addMember, createUser } from './factories';
import type { TestApp } from './test-app';

/** A signed-in member of a workspace. */
export interface Actor {
  user: UserEntity;
  membership: MembershipEntity;
  token: string;
}

export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export function bearer(actor: Pick<Actor, 'token'>): { Authorization: string } {
  return { Authorization: `Bearer ${actor.token}` };
}

/** A new user with a membership in the workspace, signed in through the real endpoint. */
export async function joinAs(
  t: TestApp,
  workspace: WorkspaceEntity,
  role: Role,
  overrides: Parameters<typeof addMember>[4] = {},
  user: Partial<Pick<UserEntity, 'email' | 'name'>> = {},
): Promise<Actor> {
  const created = await createUser(t.dataSource, user);
  const membership = await addMember(t.dataSource, workspace, created, role, overrides);
  return { user: created, membership, token: (await signIn(t, created.email)).accessToken };
}

/** A user who belongs to no workspace, signed in. */
export async function outsider(
  t: TestApp,
  user: Partial<Pick<UserEntity, 'email' | 'name'>> = {},
): Promise<Pick<Actor, 'user' | 'token'>> {
  const created = await createUser(t.dataSource, user);
  return { user: created, token: (await signIn(t, created.email)).accessToken };
}

export async function createWorkspaceClient(
  t: TestApp,
  workspace: Pick<WorkspaceEntity, 'id'>,
  name = `Client ${randomUUID().slice(0, 6)}`,
): Promise<ClientEntity> {
  const repo = t.dataSource.getRepository(ClientEntity);
  return repo.save(repo.create({ name, workspaceId: workspace.id }));
}

/** An invitation written straight to the table, with the token its link would carry. */
export async function createInvitation(
  t: TestApp,
  workspace: Pick<WorkspaceEntity, 'id'>,
  overrides: Partial<
    Pick<
      InvitationEntity,
      'email' | 'role' | 'clientIds' | 'invitedById' | 'expiresAt' | 'acceptedAt' | 'revokedAt'
    >
  > = {},
): Promise<{ invitation: InvitationEntity; token: string }> {
  const token = randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
  const repo = t.dataSource.getRepository(InvitationEntity);
  const invitation = await repo.save(
    repo.create({
      email: `invitee-${randomUUID().slice(0, 12)}@example.test`,
      role: 'va',
      clientIds: [],
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      ...overrides,
      workspaceId: workspace.id,
      tokenHash: hashInvitationToken(token),
    }),
  );
  return { invitation, token };
}

/** Field names of a 400 body, sorted. */
export function fieldsOf(body: { fields?: { field: string }[] }): string[] {
  return (body.fields ?? []).map((f) => f.field).sort();
}
