import { createHash } from 'node:crypto';
import { SEED_REQUESTS, type SeedRequest } from './met-modernisation.seed';

/** A seed request the API refused: the first non-2xx stops the seed. */
export class SeedRequestError extends Error {
  constructor(
    readonly index: number,
    readonly request: SeedRequest,
    readonly status: number,
    readonly responseBody: string,
  ) {
    super(
      `Seed request ${index + 1}/${SEED_REQUESTS.length} failed: ${request.method} ${request.path} -> ` +
        `${status} ${responseBody}`,
    );
    this.name = 'SeedRequestError';
  }
}

function url(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * The request's Idempotency-Key: derived from its position and content, so re-running the
 * seed (after a crash half-way, say) records each command once and changes nothing else.
 */
function idempotencyKey(index: number, request: SeedRequest): string {
  const digest = createHash('sha256')
    .update(`${request.method} ${request.path} ${request.actor.id} ${JSON.stringify(request.body)}`)
    .digest('hex')
    .slice(0, 32);
  return `seed-${index}-${digest}`;
}

/** The store's last global position, from `GET /health`. */
async function lastPositionOf(baseUrl: string): Promise<number> {
  const response = await fetch(url(baseUrl, '/health'), {
    headers: { Accept: 'application/json' },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET /health -> ${response.status} ${text}`);
  const position = (JSON.parse(text) as { eventStore?: { lastPosition?: unknown } }).eventStore
    ?.lastPosition;
  if (typeof position !== 'number')
    throw new Error(`GET /health did not report eventStore.lastPosition: ${text}`);
  return position;
}

/** True when the event store holds no events at all (`GET /health`: `eventStore.lastPosition === 0`). */
export async function isEmpty(baseUrl: string): Promise<boolean> {
  return (await lastPositionOf(baseUrl)) === 0;
}

/**
 * Sends the seed's requests in order through the HTTP API, so every event has a real actor,
 * reason and position. Throws on the first non-2xx with the method, path, status and
 * response body. Returns how many requests were sent and the store's last position after.
 */
export async function runSeed(
  baseUrl: string,
  log?: (m: string) => void,
): Promise<{ requests: number; lastPosition: number }> {
  let events = 0;
  for (const [index, request] of SEED_REQUESTS.entries()) {
    const response = await fetch(url(baseUrl, request.path), {
      method: request.method,
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-Actor-Id': request.actor.id,
        'X-Actor-Role': request.actor.role,
        'X-Actor-Name': request.actor.name,
        'Idempotency-Key': idempotencyKey(index, request),
      },
      body: JSON.stringify(request.body),
    });
    const text = await response.text();
    if (!response.ok) throw new SeedRequestError(index, request, response.status, text);
    try {
      events += ((JSON.parse(text) as { events?: unknown[] }).events ?? []).length;
    } catch {
      // A 2xx without a JSON write result still counts as sent.
    }
    if (log && (index + 1) % 50 === 0)
      log(`seed: ${index + 1}/${SEED_REQUESTS.length} requests sent`);
  }
  const lastPosition = await lastPositionOf(baseUrl);
  log?.(
    `seed: ${SEED_REQUESTS.length} requests sent, ${events} events recorded; the store's last position is ${lastPosition}`,
  );
  return { requests: SEED_REQUESTS.length, lastPosition };
}
