import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthResponse } from '@relais/domain';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { Public } from '../../common/auth/public.decorator';
import type { UserEntity } from '../users/user.entity';
import { AuthService, type Session } from './auth.service';
import { AuthThrottlerGuard } from './auth-throttler.guard';
import { LocalAuthGuard } from './local-auth.guard';
import { RegisterInput } from './dto/register.input';
import { LoginInput } from './dto/login.input';
import { AuthOutput } from './dto/auth.output';

export const REFRESH_COOKIE = 'relais_refresh';
const COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('register')
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({ summary: 'Create an account and sign in' })
  @ApiCreatedResponse({ type: AuthOutput })
  async register(
    @Body() input: RegisterInput,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<AuthResponse> {
    return this.answer(await this.auth.register(input), res);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(AuthThrottlerGuard, LocalAuthGuard)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiBody({ type: LoginInput })
  @ApiOkResponse({ type: AuthOutput })
  async login(
    @Req() req: FastifyRequest & { user: UserEntity },
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<AuthResponse> {
    return this.answer(await this.auth.startSession(req.user), res);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ summary: 'Rotate the refresh cookie and get a new access token' })
  @ApiOkResponse({ type: AuthOutput })
  async refresh(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<AuthResponse> {
    try {
      return this.answer(await this.auth.refresh(this.cookieOf(req)), res);
    } catch (error) {
      void res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({ summary: 'Revoke the session of the refresh cookie' })
  async logout(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(this.cookieOf(req));
    void res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  private cookieOf(req: FastifyRequest): string | undefined {
    const value = req.cookies[REFRESH_COOKIE];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  }

  private answer({ refreshToken, ...session }: Session, res: FastifyReply): AuthResponse {
    void res.setCookie(REFRESH_COOKIE, refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: COOKIE_PATH,
      maxAge: this.config.refreshTokenTtlDays * 86_400, // seconds, unlike Express' milliseconds
    });
    return session;
  }
}
