import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { ConcurrencyError, EventStoreTimeoutError, EventStoreUnavailableError, IdempotencyKeyReusedError, isQueryTimeout, isUnavailable } from '@ledger/platform/event-store';

interface DomainLikeError {
  code: string;
  kind: 'rule' | 'not-found' | 'validation';
  message: string;
  field?: string;
}

function isDomainError(error: unknown): error is DomainLikeError {
  const e = error as DomainLikeError;
  return typeof e?.code === 'string' && ['rule', 'not-found', 'validation'].includes(e?.kind);
}

const STATUS_BY_KIND = { validation: 400, 'not-found': 404, rule: 409 } as const;

/**
 * The one place errors become HTTP responses (the table is in the README):
 * validation 400, not found 404, business rule 409, stale version 412,
 * an Idempotency-Key reused for another command 422, database unavailable 503. Bodies are
 * `{ statusCode, code, message, field?, errors? }`: `field` names the request field the error
 * is about, on every status (a 409's rule included), so a client puts the message beside it.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(error: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = withField(this.map(error));
    if (status >= 500 && status !== 503) this.logger.error(error instanceof Error ? error.stack : String(error));
    // A 401 says how to authenticate (RFC 9110): with a bearer token from POST /auth/login.
    if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="programme-ledger"');
    // The database is away or slow: a retry a second later is the client's best move.
    if (status === 503) response.setHeader('Retry-After', '1');
    // An error that knows when to come back says so: a full queue's body (a pack's 429) or the error itself (the password hashing pool).
    const retryAfter = typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : (error as { retryAfterSeconds?: unknown })?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json({ statusCode: status, ...body });
  }

  private map(error: unknown): { status: number; body: Record<string, unknown> } {
    if (isDomainError(error)) {
      const errors = error.kind === 'validation' && error.field ? { errors: [{ field: error.field, messages: [error.message] }] } : {};
      const field = error.field ? { field: error.field } : {};
      return { status: STATUS_BY_KIND[error.kind], body: { code: error.code, message: error.message, ...field, ...errors } };
    }
    if (error instanceof ConcurrencyError) {
      return {
        status: HttpStatus.PRECONDITION_FAILED,
        body: {
          code: error.code,
          message: `${error.message} Reload it and try again.`,
          expectedVersion: error.expected,
          currentVersion: error.actual,
        },
      };
    }
    if (error instanceof IdempotencyKeyReusedError) {
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, body: { code: error.code, message: error.message, errors: [{ field: 'Idempotency-Key', messages: [error.message] }] } };
    }
    // Checked before "unavailable": a write whose answer never came may have been stored.
    if (error instanceof EventStoreTimeoutError || isQueryTimeout(error)) {
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        body: {
          code: 'DATABASE_TIMEOUT',
          message:
            'The database did not answer in time. A command may have been recorded all the same: send it again with the same Idempotency-Key and it is recorded once.',
        },
      };
    }
    if (error instanceof EventStoreUnavailableError || isUnavailable(error)) {
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        body: { code: 'DATABASE_UNAVAILABLE', message: 'The database is unavailable; nothing was recorded. Try again shortly.' },
      };
    }
    // PostgreSQL "data exception" (class 22): a value it cannot store, e.g. a NUL character
    // in text. The statement failed, so nothing was written: the request was bad, not the server.
    const pgCode = (error as { code?: unknown })?.code;
    if (typeof pgCode === 'string' && /^22[0-9A-Z]{3}$/.test(pgCode)) {
      return { status: 400, body: { code: 'VALIDATION_FAILED', message: 'The request contains a value the database cannot store (for example a NUL character).' } };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const res = error.getResponse();
      const body: Record<string, unknown> = typeof res === 'string' ? { message: res } : { ...(res as Record<string, unknown>) };
      delete body.statusCode;
      delete body.error;
      // Nest turns body-parser's SyntaxError into a bare 400 with the parser's words: say what they are about.
      if (status === 400 && body.code === undefined && typeof body.message === 'string' && / JSON/.test(body.message)) {
        return { status, body: { code: 'INVALID_JSON', message: `The request body is not valid JSON: ${body.message}` } };
      }
      return { status, body: { code: (body.code as string) ?? codeForStatus(status), ...body } };
    }
    // body-parser errors (malformed JSON, payload too large) carry a status of their own.
    const e = error as { status?: number; type?: string; message?: string; field?: string };
    // The JSON shape check (json-limits.ts) refused the body before it was parsed.
    if (e?.type === 'entity.too.complex') {
      return { status: 400, body: { code: 'BODY_TOO_COMPLEX', message: e.message, errors: [{ field: e.field ?? '', messages: [e.message ?? ''] }] } };
    }
    if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
      const message =
        e.type === 'entity.too.large'
          ? 'The request body is larger than the limit this server accepts.'
          : e.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON.'
            : (e.message ?? 'Bad request');
      return { status: e.status, body: { code: codeForStatus(e.status), message } };
    }
    return { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Something went wrong; nothing was recorded.' } };
  }
}

/** An answer that lists bad fields but names none names the first (a 400 from validation). */
function withField(answer: { status: number; body: Record<string, unknown> }): { status: number; body: Record<string, unknown> } {
  const { body } = answer;
  const first = Array.isArray(body.errors) ? (body.errors[0] as { field?: unknown } | undefined) : undefined;
  if (typeof body.field === 'string' || typeof first?.field !== 'string' || first.field === '') return answer;
  return { ...answer, body: { ...body, field: first.field } };
}

function codeForStatus(status: number): string {
  switch (status) {
    case 400: return 'VALIDATION_FAILED';
    case 401: return 'UNAUTHENTICATED';
    case 403: return 'FORBIDDEN';
    case 404: return 'NOT_FOUND';
    case 409: return 'CONFLICT';
    case 412: return 'STREAM_VERSION_CONFLICT';
    case 413: return 'PAYLOAD_TOO_LARGE';
    case 415: return 'UNSUPPORTED_MEDIA_TYPE';
    case 422: return 'UNPROCESSABLE';
    case 429: return 'TOO_MANY_REQUESTS';
    default: return 'ERROR';
  }
}
