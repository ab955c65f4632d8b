import {
  BadRequestException,
  createParamDecorator,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '@ledger/audit';
import type { Request } from 'express';
import type { Actor, Dependency, HandleOptions } from '@ledger/platform/event-store';
import type { AuthenticatedUser } from '../auth/access-token';

/** What every command carries besides its data: who, why, correlation, and the version the caller saw. */
export interface CommandContext extends HandleOptions {
  actor: Actor;
}

/**
 * The actor of a command: the user the verified access token names (the global access
 * guard put it on the request). Never a body field or a header.
 */
export function actorFrom(request: Request): Actor {
  const user = (request as Request & { user?: AuthenticatedUser }).user;
  if (!user) {
    throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Sign in first: send Authorization: Bearer <access token>.' });
  }
  return { id: user.id, role: user.role, name: user.name };
}

/** `If-Match: "7"` (or W/"7") → 7; absent → undefined; anything else is a 400. */
export function expectedVersionFrom(request: Request): number | undefined {
  const header = request.header('if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!match) {
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      message: 'If-Match must be the ETag of the resource, e.g. "3"',
      errors: [{ field: 'If-Match', messages: ['must be an ETag such as "3"'] }],
    });
  }
  return Number(match[1]);
}

const TOKEN = /^[A-Za-z0-9._:-]{1,200}$/;

export function commandContextFrom(request: Request): CommandContext {
  const actor = actorFrom(request);
  const correlation = request.header('x-correlation-id');
  const idempotencyKey = request.header('idempotency-key');
  if (idempotencyKey !== undefined && !TOKEN.test(idempotencyKey)) {
    throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'Idempotency-Key must be 1–200 characters of A-Z a-z 0-9 . _ : -' });
  }
  const body = request.body as { reason?: unknown } | undefined;
  const reason = typeof body?.reason === 'string' && body.reason.trim() ? body.reason.trim() : undefined;
  return {
    actor,
    // What the access guard checked on other streams (a lead's proposal): the append waits on it.
    dependsOn: (request as Request & { dependsOn?: Dependency[] }).dependsOn,
    expectedVersion: expectedVersionFrom(request),
    idempotencyKey: idempotencyKey ? `${actor.id}:${idempotencyKey}` : undefined,
    metadata: {
      actor,
      ...(idempotencyKey ? { commandFingerprint: commandFingerprint(request) } : {}),
      correlationId: correlation && TOKEN.test(correlation) ? correlation : randomUUID(),
      causationId: request.header('x-causation-id')?.slice(0, 200),
      ...(reason ? { reason } : {}),
    },
  };
}

/**
 * What a command is, for its Idempotency-Key: method, path and body (canonical JSON, so key
 * order does not matter). A retry must match it; another command under the key is a 422.
 */
function commandFingerprint(request: Request): string {
  return createHash('sha256')
    .update(`${request.method} ${request.path}\n${canonicalJson(request.body ?? null)}`)
    .digest('base64url');
}

/** The command's context, built from the verified actor and the request's headers. */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  commandContextFrom(ctx.switchToHttp().getRequest<Request>()),
);
