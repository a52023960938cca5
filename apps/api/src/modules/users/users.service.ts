import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { normalizeEmail, type MeResponse, type Role, type UserDto } from '@relais/domain';
import { UserEntity } from './user.entity';

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /**
   * The user and their active memberships, for every screen's first request: plain SQL, as
   * the ORM's find builder cost more CPU than both queries (bench scenario 4).
   */
  async profile(userId: string): Promise<MeResponse | null> {
    const [user]: { id: string; email: string; name: string; createdAt: Date }[] =
      await this.users.manager.query(
        'SELECT id, email, name, created_at AS "createdAt" FROM users WHERE id = $1',
        [userId],
      );
    if (!user) return null;
    const memberships: {
      workspaceId: string;
      workspaceName: string;
      role: Role;
      owner: boolean;
      clientIds: string[];
    }[] = await this.users.manager.query(
      `SELECT m.workspace_id AS "workspaceId", w.name AS "workspaceName", m.role, m.owner,
              m.client_ids AS "clientIds"
         FROM memberships m JOIN workspaces w ON w.id = m.workspace_id
        WHERE m.user_id = $1 AND m.active
        ORDER BY w.name, w.id`,
      [userId],
    );
    return { user: { ...user, createdAt: user.createdAt.toISOString() }, memberships };
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  create(
    input: { email: string; name: string; passwordHash: string },
    manager: EntityManager = this.users.manager,
  ): Promise<UserEntity> {
    return manager.save(
      manager.create(UserEntity, {
        ...input,
        email: normalizeEmail(input.email),
        name: input.name.trim(),
      }),
    );
  }
}
