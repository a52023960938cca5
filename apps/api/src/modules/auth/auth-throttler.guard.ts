import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { normalizeEmail } from '@relais/domain';

/**
 * Counts sign-in attempts per address and per account, so one client cannot try passwords on
 * an account quickly, and one noisy office does not lock out its neighbours' accounts.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const body = request.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? normalizeEmail(body.email) : '';
    return `${String(request.ip)}|${email}`;
  }
}
