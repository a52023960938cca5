import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { normalizeEmail, type UserDto } from '@relais/domain';
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
