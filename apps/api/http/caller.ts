import {
  BadRequestException,
  createParamDecorator,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import { canonicalJson } from '@ledger/audit';
import type { Request } from 'express';
import type { Actor, Dependency, HandleOptions } from '@ledger/platform/event-store';
import type { AuthenticatedUser } from '../auth/access-token';
import { CLIENT_TOKEN, requestIdOf } from './request-id';

/**
 * Who sends a command, and what the request's headers say about it: the verified actor,
 * the version they saw (If-Match), their Idempotency-Key, correlation and causation.
 * What the command itself says (its data, its reason) travels on the command.
 */
export interface Caller {
  actor: Actor;
  /** The person the user is, if any: the lead rule compares it with a proposal's lead. */
  personId: string | null;
  /** The version the caller saw (HTTP If-Match); absent, a lost race is decided again. */
  expectedVersion?: number;
  /** The caller's Idempotency-Key, scoped to the user. */
  idempotencyKey?: string;
  correlationId: string;
  causationId?: string;
  /** With an Idempotency-Key: what the command is (route and body), so a reused key is caught. */
  commandFingerprint?: string;
}

/**
 * The actor of a command: the user the verified access token names (the global access
 * guard put it on the request). Never a body field or a header.
 */
export function actorFrom(request: Request): Actor {
  const user = userOf(request);
  return { id: user.id, role: user.role, name: user.name };
}

function userOf(request: Request): AuthenticatedUser {
  const user = (request as Request & { user?: AuthenticatedUser }).user;
  if (!user) {
    throw new UnauthorizedException({
      code: 'UNAUTHENTICATED',
      message: 'Sign in first: send Authorization: Bearer <access token>.',
    });
  }
  return user;
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

export function callerFrom(request: Request): Caller {
  const actor = actorFrom(request);
  const idempotencyKey = request.header('idempotency-key');
  if (idempotencyKey !== undefined && !CLIENT_TOKEN.test(idempotencyKey)) {
    throw new BadRequestException({
      code: 'VALIDATION_FAILED',
      message: 'Idempotency-Key must be 1–200 characters of A-Z a-z 0-9 . _ : -',
    });
  }
  return {
    actor,
    personId: userOf(request).personId ?? null,
    expectedVersion: expectedVersionFrom(request),
    idempotencyKey: idempotencyKey ? `${actor.id}:${idempotencyKey}` : undefined,
    // The request id (X-Request-Id, or X-Correlation-Id as before): one id in the logs and the events.
    correlationId: requestIdOf(request),
    causationId: request.header('x-causation-id')?.slice(0, 200),
    ...(idempotencyKey ? { commandFingerprint: commandFingerprint(request) } : {}),
  };
}

/**
 * What the append needs besides the decision: the metadata recorded with the events (who,
 * why, correlation), the version the caller saw, the key, and the streams the decision relies on.
 */
export function handleOptions(
  caller: Caller,
  reason: string | undefined,
  dependsOn?: readonly Dependency[],
): HandleOptions {
  const why = reason?.trim();
  return {
    dependsOn,
    expectedVersion: caller.expectedVersion,
    idempotencyKey: caller.idempotencyKey,
    metadata: {
      actor: caller.actor,
      ...(caller.commandFingerprint ? { commandFingerprint: caller.commandFingerprint } : {}),
      correlationId: caller.correlationId,
      causationId: caller.causationId,
      ...(why ? { reason: why } : {}),
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

/** `@Caller() caller: Caller`: built from the verified actor and the request's headers. */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext) =>
  callerFrom(context.switchToHttp().getRequest<Request>()),
);

/** The reason a request body gives, where its command takes one (recorded in the metadata). */
export function reasonOf(body: unknown): string | undefined {
  const reason = (body as { reason?: unknown } | null | undefined)?.reason;
  return typeof reason === 'string' ? reason : undefined;
}
