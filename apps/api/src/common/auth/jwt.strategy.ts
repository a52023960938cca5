import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
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
      // a prepared key: given a string, jsonwebtoken first tries to parse it as a public key on
      // every request (a quarter of the CPU of a simple route in the benchmarks)
      secretOrKey: createSecretKey(Buffer.from(secret)) as unknown as string,
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
