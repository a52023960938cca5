import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { createValidationPipe } from '../../common/http/validation';
import { LoginInput } from './dto/login.input';

/**
 * Passport's local strategy answers 401 to a malformed body; the body is validated first so a
 * missing or mistyped field is a 400 that names it, like everywhere else.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly pipe = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    request.body = await this.pipe.transform(request.body, { type: 'body', metatype: LoginInput });
    return (await super.canActivate(context)) as boolean;
  }
}
