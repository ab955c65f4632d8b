import { Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';

/**
 * Sign-in attempts per IP address and username (`SIGN_IN_RATE_LIMIT` a minute by default 10):
 * guessing one user's password from one place is slowed, and one noisy address cannot lock
 * out everybody else. Counted in memory, per API process.
 */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, any>): Promise<string> {
    const username = typeof request.body?.username === 'string' ? request.body.username.trim().toLowerCase().slice(0, 100) : '';
    return `${request.ip}|${username}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new ThrottlerException('Too many sign-in attempts: wait a minute, then try again.');
  }
}
