import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthenticatedUser } from './authenticated-user';
import { JWT_SECRET } from './jwt-secret';

interface AccessTokenPayload {
  sub: string;
  typ: string;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(JWT_SECRET) secret: string) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: secret,
      // one algorithm only: `alg: none` and algorithm confusion are refused
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): AuthenticatedUser | false {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') return false;
    return { userId: payload.sub };
  }
}
