import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Role } from '@relais/domain';
import { UserEntity } from '../src/modules/users/user.entity';
import { WorkspaceEntity } from '../src/modules/workspaces/workspace.entity';
import { MembershipEntity } from '../src/modules/workspaces/membership.entity';

export const TEST_PASSWORD = 'correct horse battery';

// hashing is deliberately slow: hash once, reuse for every factory user
let passwordHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });
  return passwordHash;
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 12)}@example.test`;
}

export async function createUser(
  dataSource: DataSource,
  overrides: Partial<Pick<UserEntity, 'email' | 'name'>> = {},
): Promise<UserEntity> {
  const repo = dataSource.getRepository(UserEntity);
  return repo.save(
    repo.create({
      email: overrides.email ?? uniqueEmail(),
      name: overrides.name ?? 'Test User',
      passwordHash: await testPasswordHash(),
    }),
  );
}

export async function createWorkspace(
  dataSource: DataSource,
  overrides: Partial<Pick<WorkspaceEntity, 'name' | 'timeZone'>> = {},
): Promise<WorkspaceEntity> {
  const repo = dataSource.getRepository(WorkspaceEntity);
  return repo.save(repo.create({ name: overrides.name ?? `Workspace ${randomUUID().slice(0, 6)}`, ...overrides }));
}

export async function addMember(
  dataSource: DataSource,
  workspace: WorkspaceEntity,
  user: UserEntity,
  role: Role,
  overrides: Partial<Pick<MembershipEntity, 'owner' | 'clientIds' | 'active' | 'weeklyCapacityHours' | 'hourlyCostCents'>> = {},
): Promise<MembershipEntity> {
  const repo = dataSource.getRepository(MembershipEntity);
  return repo.save(repo.create({ workspaceId: workspace.id, userId: user.id, role, owner: false, ...overrides }));
}
