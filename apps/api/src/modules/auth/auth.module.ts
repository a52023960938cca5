import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { JwtAuthGuard } from '../../common/auth/jwt-auth.guard';
import { JwtStrategy } from '../../common/auth/jwt.strategy';
import { JWT_SECRET, resolveJwtSecret } from '../../common/auth/jwt-secret';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { PasswordHasher } from './password-hasher';
import { RedisThrottlerStorage } from './redis-throttler-storage';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RefreshTokensService } from './refresh-tokens.service';

const jwtSecretProvider = {
  provide: JWT_SECRET,
  inject: [APP_CONFIG],
  useFactory: resolveJwtSecret,
};

@Module({
  imports: [
    UsersModule,
    PassportModule,
    TypeOrmModule.forFeature([RefreshTokenEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG, JWT_SECRET],
      extraProviders: [jwtSecretProvider],
      useFactory: (config: AppConfig, secret: string) => ({
        // a prepared key object spares jsonwebtoken a key parse per token
        secret: createSecretKey(Buffer.from(secret)) as unknown as string,
        signOptions: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // the default name: a named throttler would answer Retry-After-<name>, which no client reads
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.authRateLimitPerMinute }],
        // shared by every API instance; the embedded single process keeps the in-memory default
        storage: config.redisUrl
          ? new RedisThrottlerStorage(config.redisUrl, config.queuePrefix)
          : undefined,
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    jwtSecretProvider,
    AuthService,
    PasswordHasher,
    RefreshTokensService,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
})
export class AuthModule {}
