import { HttpException, HttpStatus, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, switchMap, type Observable } from 'rxjs';
import type { AuthenticatedUser } from '../auth/access-token';
import { RateLimitStore, type RateLimit } from './rate-limit.store';

export const WRITE_LIMIT = Symbol('WRITE_LIMIT');

/** By default: far above a person's pace and above the demo seed's busiest user (about 1,000 commands in all). */
export const DEFAULT_WRITE_LIMIT: RateLimit = { limit: 1200, windowSeconds: 60 };

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every authenticated command (a write outside /auth) counts against its caller's user id
 * in the limit table every API replica shares, after the access guard (it knows the user)
 * and before validation and the handler: over the limit, 429 `WRITE_RATE_LIMITED` with
 * Retry-After, and nothing is appended.
 */
@Injectable()
export class WriteLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly limits: RateLimitStore,
    @Inject(WRITE_LIMIT) private readonly limit: RateLimit,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const user = request.user;
    if (!user || !WRITE_METHODS.has(request.method) || request.path.startsWith('/auth/')) return next.handle();
    return from(this.limits.hit([{ key: `write:user:${user.id}`, limit: this.limit }])).pipe(
      switchMap(([hit]) => {
        if (hit.allowed) return next.handle();
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(hit.retryAfterSeconds));
        throw new HttpException(
          {
            code: 'WRITE_RATE_LIMITED',
            message: `Too many changes from this user: at most ${this.limit.limit} every ${this.limit.windowSeconds} seconds; try again in ${hit.retryAfterSeconds} seconds.`,
          },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }),
    );
  }
}
