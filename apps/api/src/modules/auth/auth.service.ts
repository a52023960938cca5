import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthResponse } from '@relais/domain';
import { MailService } from '../mail/mail.service';
import { UserEntity } from '../users/user.entity';
import { toUserDto, UsersService } from '../users/users.service';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensService } from './refresh-tokens.service';
import type { RegisterInput } from './dto/register.input';

export interface Session extends AuthResponse {
  refreshToken: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokensService,
    private readonly jwt: JwtService,
    private readonly mail: MailService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async register(input: RegisterInput): Promise<Session> {
    if (await this.users.findByEmail(input.email)) {
      throw new ConflictException('An account with this email already exists');
    }
    const passwordHash = await this.hasher.hash(input.password);
    const { user, emailId } = await this.dataSource.transaction(async (manager) => {
      const user = await this.users.create(
        { email: input.email, name: input.name, passwordHash },
        manager,
      );
      const emailId = await this.mail.write(
        {
          to: user.email,
          kind: 'welcome',
          subject: 'Bienvenue sur Relais / Welcome to Relais',
          text: `Bonjour ${user.name},\n\nVotre compte Relais est prêt.\n\n—\n\nHello ${user.name},\n\nYour Relais account is ready.`,
        },
        manager,
      );
      return { user, emailId };
    });
    await this.mail.dispatch(emailId);
    return this.startSession(user);
  }

  /** Used by the local strategy. Unknown email and wrong password answer alike. */
  async validateCredentials(email: string, password: string): Promise<UserEntity> {
    const user = await this.users.findByEmail(email);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) throw new UnauthorizedException('Invalid email or password');
    return user;
  }

  async startSession(user: UserEntity): Promise<Session> {
    const refreshToken = await this.refreshTokens.issue(user.id);
    return { user: toUserDto(user), accessToken: await this.accessTokenFor(user.id), refreshToken };
  }

  async refresh(token: string | undefined): Promise<Session> {
    if (!token) throw new UnauthorizedException('No session to refresh; sign in');
    const rotated = await this.refreshTokens.rotate(token);
    const user = await this.users.findById(rotated.userId);
    if (!user) throw new UnauthorizedException('This account no longer exists');
    return {
      user: toUserDto(user),
      accessToken: await this.accessTokenFor(user.id),
      refreshToken: rotated.token,
    };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.refreshTokens.revoke(token);
  }

  private accessTokenFor(userId: string): Promise<string> {
    return this.jwt.signAsync({ sub: userId, typ: 'access' });
  }
}
