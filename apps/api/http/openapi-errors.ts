import type { OpenAPIObject } from '@nestjs/swagger';
import { completeDocument } from './openapi-document';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

/** The body of every error (see HttpErrorsFilter), as one schema generic clients can read. */
export const ERROR_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', description: 'The HTTP status, repeated.', example: 409 },
    code: { type: 'string', description: 'What went wrong, for programs: VALIDATION_FAILED, a rule code such as LEAD_REQUIRES_AGREED_PROPOSAL, NOT_FOUND …', example: 'LEAD_REQUIRES_AGREED_PROPOSAL' },
    message: { type: 'string', description: 'What went wrong, for people.' },
    field: {
      type: 'string',
      description: 'The request field the error is about, where there is one, on every status: a path such as schedule[0].period or predecessorIds[1], a header (If-Match, Idempotency-Key) or a path parameter (proposalId).',
      example: 'period',
    },
    errors: {
      type: 'array',
      description: 'Validation errors: each bad field (a path such as schedule[0].period) and what is wrong with it.',
      items: {
        type: 'object',
        required: ['field', 'messages'],
        properties: { field: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } },
      },
    },
    errorCount: { type: 'integer', description: 'VALIDATION_FAILED: how many bad fields there were in all (`errors` lists the first 20).' },
    expectedVersion: { description: '412 only: the version the request expected (If-Match).', oneOf: [{ type: 'integer' }, { type: 'string' }] },
    currentVersion: { type: 'integer', description: '412 only: the version the stream is at.' },
  },
} as const;

const COMMAND_HEADERS = new Set(['If-Match', 'Idempotency-Key']);

const DEFAULT_DESCRIPTIONS: Record<string, string> = {
  '400': 'VALIDATION_FAILED (or a domain validation code): `errors` lists the first 20 bad fields, `errorCount` counts them all; BODY_TOO_COMPLEX: the JSON body has too many properties or elements or is nested too deep (`errors[0].field` says where); INVALID_JSON. Nothing was recorded.',
  '401': 'UNAUTHENTICATED: no valid access token.',
  '403': 'FORBIDDEN: your role may not do this.',
  '404': 'Not found: `code` names what (e.g. PROPOSAL_NOT_FOUND).',
  '409': 'A business rule refused the command: `code` names the rule. Nothing was recorded.',
  '412': 'STREAM_VERSION_CONFLICT: If-Match is stale (`currentVersion` says where the stream is). Nothing was recorded.',
  '413': 'PAYLOAD_TOO_LARGE: the body is over the limit.',
  '422': 'IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was already used for another command (another route or body). Nothing was recorded.',
  '415': 'UNSUPPORTED_MEDIA_TYPE: send application/json.',
  '429': 'WRITE_RATE_LIMITED: this user sent more commands than the write limit allows; Retry-After says when to try again. Nothing was recorded.',
  '503': 'DATABASE_UNAVAILABLE or DATABASE_TIMEOUT; Retry-After says when to try again (a command: with the same Idempotency-Key).',
};

/**
 * Lists on every operation each error status it can answer, with the error body's
 * schema: generic clients (generated SDKs, schema-driven testers) then know every
 * response they may meet. Statuses follow from what an operation has: input → 400,
 * a bearer token → 401/403, an id in the path → 404, a command → 409/412/422 (and 429 when signed in), a body →
 * 413/415, and every route touches the database → 503. Descriptions a controller
 * wrote are kept. `schemas` (the reads' response schemas) join the document's components.
 * Last, the document is completed (completeDocument: headers, tags, security, servers):
 * configure-app.ts calls this one function on what @nestjs/swagger built.
 */
export function documentErrorResponses(document: OpenAPIObject, schemas: Record<string, unknown> = {}): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  Object.assign(document.components.schemas, schemas);
  document.components.schemas.ErrorResponse = ERROR_RESPONSE_SCHEMA as never;
  const ref = { $ref: '#/components/schemas/ErrorResponse' };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op: Operation | undefined = item[method];
      if (!op) continue;
      // Command headers on a read (a controller-wide @ApiHeader) mean nothing there.
      if (method === 'get') op.parameters = op.parameters?.filter((p) => !('in' in p && p.in === 'header' && COMMAND_HEADERS.has(p.name)));
      const params = (op.parameters ?? []) as { in?: string }[];
      const secured = (op.security ?? []).length > 0;
      const command = method !== 'get' && !path.startsWith('/auth/');
      const statuses = new Set(Object.keys(op.responses ?? {}).filter((s) => /^[45]\d\d$/.test(s)));
      if (op.requestBody || params.some((p) => p.in === 'path' || p.in === 'query') || command) statuses.add('400');
      if (secured) ['401', '403'].forEach((s) => statuses.add(s));
      if (params.some((p) => p.in === 'path')) statuses.add('404');
      if (command) ['409', '412', '422'].forEach((s) => statuses.add(s));
      if (command && secured) statuses.add('429');
      if (op.requestBody) ['413', '415'].forEach((s) => statuses.add(s));
      statuses.add('503');
      op.responses ??= {};
      for (const status of statuses) {
        const existing = (op.responses[status] ?? {}) as { description?: string; content?: unknown };
        op.responses[status] = {
          ...existing,
          description: existing.description || DEFAULT_DESCRIPTIONS[status] || 'Error',
          content: (existing.content as never) ?? { 'application/json': { schema: ref } },
        };
      }
    }
  }
  return completeDocument(document);
}
