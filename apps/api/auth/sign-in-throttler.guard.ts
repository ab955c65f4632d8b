import { BadRequestException, HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHmac } from 'node:crypto';
import { RateLimitStore } from '../http/rate-limit.store';
import { AUTH_OPTIONS, type ResolvedAuthOptions } from './auth.options';

/** Normalised as the sign-in itself does, so "Tim " and "tim" share one allowance. */
export const normaliseUsername = (typed: string) => typed.trim().toLowerCase();

/**
 * Credentials come only in the JSON body: a URL ends up in proxy and server logs and in
 * browser history. passport-local would otherwise read the query string too.
 */
@Injectable()
export class CredentialsInBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const query = context.switchToHttp().getRequest<Request>().query ?? {};
    const inQuery = ['username', 'password'].filter((field) => field in query);
    if (inQuery.length > 0) {
      throw new BadRequestException({
        code: 'CREDENTIALS_IN_QUERY',
        message: 'Send the username and password in the JSON body, never in the URL: a URL is kept in logs and browser history.',
        errors: inQuery.map((field) => ({ field, messages: [`${field} must be sent in the request body, not the query string`] })),
      });
    }
    return true;
  }
}

/**
 * Sign-in attempts are limited twice, before any password is checked: per address across
 * user names (`SIGN_IN_RATE_LIMIT` × 3 a minute by default), so one caller cannot try many
 * names, and per user name across addresses (`SIGN_IN_RATE_LIMIT`), so many callers cannot
 * guess one user's password. Counted in PostgreSQL, shared by every API replica. The user
 * name is counted under a keyed hash: what was typed in that box may be a password.
 */
@Injectable()
export class SignInThrottlerGuard implements CanActivate {
  private readonly usernameKey: Buffer;

  constructor(
    private readonly limits: RateLimitStore,
    @Inject(AUTH_OPTIONS) private readonly options: ResolvedAuthOptions,
  ) {
    this.usernameKey = createHmac('sha256', options.jwtSecret).update('sign-in rate limit user names').digest();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const { limit, windowSeconds, addressLimit } = this.options.signInLimit;
    const typed: unknown = request.body?.username;
    const entries = [{ key: `sign-in:address:${request.ip ?? 'unknown'}`, limit: { limit: addressLimit, windowSeconds } }];
    if (typeof typed === 'string') {
      const name = createHmac('sha256', this.usernameKey).update(normaliseUsername(typed)).digest('base64url');
      entries.push({ key: `sign-in:user:${name}`, limit: { limit, windowSeconds } });
    }
    const refused = (await this.limits.hit(entries)).filter((h) => !h.allowed);
    if (refused.length === 0) return true;
    const retryAfter = Math.max(...refused.map((h) => h.retryAfterSeconds));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new HttpException(
      {
        code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
        message: `Too many sign-in attempts from this address or for this user name: try again in ${retryAfter} seconds.`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
