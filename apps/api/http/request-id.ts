import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a token from a client (a request id, an Idempotency-Key) may be: 1–200 of A-Z a-z 0-9 . _ : - */
export const CLIENT_TOKEN = /^[A-Za-z0-9._:-]{1,200}$/;

// A malformed request id is replaced, never refused: it is the caller's label, not a command's.
const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' && CLIENT_TOKEN.test(value) ? value : undefined;
};

/**
 * The request's one id: a well-formed `X-Request-Id` (or, as before, `X-Correlation-Id`),
 * else a new UUID. Kept on the request and sent back in `X-Request-Id`; it is on every
 * log line of the request and is the correlation id of the events its command appends.
 */
export function requestIdOf(req: IncomingMessage, res?: ServerResponse): string {
  const held = (req as IncomingMessage & { id?: unknown }).id;
  const id = typeof held === 'string' ? held : (header(req, 'x-request-id') ?? header(req, 'x-correlation-id') ?? randomUUID());
  (req as IncomingMessage & { id?: string }).id = id;
  if (res && !res.headersSent) res.setHeader('X-Request-Id', id);
  return id;
}
