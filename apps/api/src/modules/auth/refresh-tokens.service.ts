import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { RefreshTokenEntity } from './refresh-token.entity';

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Refresh tokens: random, stored hashed, rotated on every use. A spent token presented again
 * revokes its whole family (every token descended from the same sign-in).
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a new family (a sign-in) or continues one (a refresh). Returns the raw token. */
  async issue(
    userId: string,
    familyId: string = randomUUID(),
    manager?: EntityManager,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await (manager ?? this.dataSource.manager).insert(RefreshTokenEntity, {
      userId,
      familyId,
      tokenHash: sha256(token),
      expiresAt,
    });
    return token;
  }

  /** Spends the token and returns its user with the next token of the family. */
  async rotate(token: string): Promise<{ userId: string; token: string }> {
    const hash = sha256(token);
    return this.dataSource
      .transaction(async (manager) => {
        // one UPDATE decides: two concurrent refreshes with the same token cannot both win
        // an UPDATE … RETURNING answers [rows, rowCount] through TypeORM
        const [spent] = (await manager.query(
          `UPDATE refresh_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING user_id, family_id`,
          [hash],
        )) as [{ user_id: string; family_id: string }[], number];
        const row = spent[0];
        if (row) {
          return {
            userId: row.user_id,
            token: await this.issue(row.user_id, row.family_id, manager),
          };
        }
        return null;
      })
      .then(async (result) => {
        if (result) return result;
        // outside the transaction above, so the revocation stands even though we answer 401
        await this.revokeFamilyOf(hash);
        throw new UnauthorizedException('The session has expired; sign in again');
      });
  }

  /** Logout: the token's whole family stops working. */
  async revoke(token: string): Promise<void> {
    await this.revokeFamilyOf(sha256(token));
  }

  private async revokeFamilyOf(tokenHash: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [tokenHash],
    );
  }
}
