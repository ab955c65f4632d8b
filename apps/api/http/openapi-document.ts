import type { OpenAPIObject } from '@nestjs/swagger';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Responses = Record<string, { description?: string; content?: Record<string, { schema?: { $ref?: string } }>; headers?: Record<string, unknown> }>;

/** The document's tags, in the order a reader meets them, each with what it groups. */
const TAGS: Record<string, string> = {
  'sign-in': 'Sign in, refresh and sign out; who is signed in. Sign-in and refresh need no token.',
  users: 'The administrator registers users, changes their roles, deactivates them and resets passwords.',
  people: 'The people directory: users with a person id and people recorded without an account, with their posts over time. Every lead, owner and accountable field names one of them.',
  programmes: 'Establish a programme, its strategic priorities and outcomes, and its director.',
  proposals: "A proposal's life: registration, consultation, agreement or not, lead, equality impact, delivery confidence, delivery, closure.",
  'business cases': 'Business cases of an agreed proposal: submitted, approved or returned, version by version.',
  benefits: 'Benefits of a proposal or of the programme: planned, re-forecast, realised period by period, corrected.',
  milestones: "The programme's delivery plan: milestones, their dates and predecessors.",
  risks: "The programme's risk register: risks raised, re-assessed, closed.",
  decisions: "The programme's decision log.",
  meetings: 'Meetings of the forums: agendas, papers, what comes to each.',
  actions: 'Actions: conditions to track, actions raised at meetings or by the office; completed or dropped.',
  issues: 'The issues register: raised (a risk that materialised), escalated, resolved.',
  'reporting duties': 'Duties to report to a forum on due days, and the reports received.',
  plans: 'Corporate strategy and policing plans: priorities, objectives, indicators, targets and actuals.',
  funding: 'The medium-term financial plan: funding lines and their revisions.',
  queries: 'Reads of the programme, its proposals and the audit history: now, as at a moment, and what changed.',
  committee: 'The committee pack: the programme as at a meeting, with its changes and proofs.',
  audit: 'The audit chain and the Merkle log: heads, verification, inclusion and consistency proofs, the log key.',
  operations: 'Health of the service, for operators and load balancers.',
};

const HEADERS = {
  ETag: {
    description: 'The stream version after a write (quoted, e.g. "3"): send it back as If-Match to write only over what you saw.',
    schema: { type: 'string', example: '"3"' },
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', minimum: 0, example: 1 },
  },
  'X-Request-Id': {
    description: "This request's id: the caller's X-Request-Id if well-formed, else a new one. It is on every log line of the request and is the correlation id of the events a command records.",
    schema: { type: 'string', example: '3f6d2c1e-9a4b-4c2d-8e1f-5a6b7c8d9e0f' },
  },
  'X-Projected-Through': {
    description: 'With waitForPosition: that position when the read models have applied it, else `pending` (the answer may not show the write yet).',
    schema: { type: 'string', pattern: '^(\\d+|pending)$', example: '1042' },
  },
} as const;

const header = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

/**
 * What @nestjs/swagger leaves out: servers, licence, tags with descriptions, the headers
 * the interceptors and the error filter send (as reusable components), an explicit
 * `security` on every operation (`[]` on a public one), and a description on each
 * operation that has none (who may call it, and what a command answers).
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  document.servers = [{ url: '/', description: 'The API at the origin that serves this document (npm start: http://localhost:3000).' }];
  document.info.license = { name: 'UNLICENSED: all rights reserved', url: 'https://spdx.org/licenses/' };
  document.security = [{ bearer: [] }];
  document.components ??= {};
  document.components.headers = { ...document.components.headers, ...HEADERS };
  const used = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op: Operation | undefined = item[method];
      if (!op) continue;
      op.tags?.forEach((t) => used.add(t));
      // A class-wide and a route's own @Roles both add the bearer scheme: once is enough.
      op.security = (op.security ?? []).length > 0 ? [{ bearer: [] }] : [];
      const responses = (op.responses ?? {}) as Responses;
      for (const [status, response] of Object.entries(responses)) {
        const headers: Record<string, unknown> = { ...response.headers, 'X-Request-Id': header('X-Request-Id') };
        if (response.content?.['application/json']?.schema?.$ref === '#/components/schemas/WriteResult') headers.ETag = header('ETag');
        if (status === '429' || status === '503') headers['Retry-After'] = header('Retry-After');
        const waits = (op.parameters ?? []).some((p) => 'name' in p && p.name === 'waitForPosition');
        if (waits && status === '200') headers['X-Projected-Through'] = header('X-Projected-Through');
        response.headers = headers;
      }
      op.description ||= describe(path, method, op);
    }
  }
  // A tag missing from TAGS is still listed (without a description: the lint test fails on it).
  document.tags = [
    ...Object.entries(TAGS).filter(([name]) => used.has(name)).map(([name, description]) => ({ name, description })),
    ...[...used].filter((name) => !(name in TAGS)).map((name) => ({ name })),
  ];
  return document;
}

/** Who may call it, from the roles the route declares (x-roles), and what a command answers. */
function describe(path: string, method: string, op: Operation): string {
  const roles = (op as { 'x-roles'?: string[] })['x-roles'];
  const who = (op.security ?? []).length === 0
    ? 'Public: no token needed.'
    : roles ? `For the roles ${roles.join(', ')}.` : 'For any signed-in user.';
  const lead = JSON.stringify(op.responses?.['403'] ?? '').includes('NOT_LEAD_OF_PROPOSAL')
    ? ' A lead only for a proposal they currently lead.'
    : '';
  if (method === 'get') return `${who}${lead}`;
  if (path.startsWith('/auth/')) return `${who}${lead}`;
  return (
    `${who}${lead} Records the events named in the summary, or nothing: the answer (201) carries the stream's new version ` +
    '(also its ETag; send it as If-Match to write only over what you saw) and the global position of the write ' +
    '(pass it as waitForPosition to a read to see the write). A retry with the same Idempotency-Key records it once.'
  );
}
