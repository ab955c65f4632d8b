import { createHash, randomBytes } from 'node:crypto';
import { DEMO_USERS, SEED_REQUESTS, type SeedRequest } from './met-modernisation.seed';

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

/** A username and password to sign in with. */
export interface Credentials {
  username: string;
  password: string;
}

/** A demo user the seed registered, with the password it can sign in with. */
export interface DemoUserCredentials extends Credentials {
  name: string;
  role: string;
  personId?: string;
}

export interface RunSeedOptions {
  /** An administrator to register the demo users as (main.ts's first-start administrator). */
  administrator: Credentials;
  /**
   * Passwords of demo users registered by an earlier run. A demo user that exists already
   * and is not listed here gets a new generated password (PasswordChanged).
   */
  passwords?: Readonly<Record<string, string>>;
  log?: (m: string) => void;
}

/** 18 random bytes: 24 characters. */
function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

async function signIn(baseUrl: string, credentials: Credentials): Promise<string> {
  const response = await fetch(url(baseUrl, '/auth/login'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(credentials),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`Sign-in as ${credentials.username} -> ${response.status} ${text}`);
  return (JSON.parse(text) as { accessToken: string }).accessToken;
}

async function send(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body: unknown,
  idempotencyKey: string,
): Promise<{ status: number; text: string }> {
  const response = await fetch(url(baseUrl, path), {
    method,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      'Idempotency-Key': idempotencyKey,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Registers the demo users through POST /users as the administrator, and returns each
 * one's password. Keyed by username only: a retry never registers anyone twice.
 */
async function registerDemoUsers(
  baseUrl: string,
  options: RunSeedOptions,
): Promise<DemoUserCredentials[]> {
  const adminToken = await signIn(baseUrl, options.administrator);
  const users: DemoUserCredentials[] = [];
  for (const user of DEMO_USERS) {
    const known = options.passwords?.[user.id];
    let password = known ?? generatePassword();
    const registered = await send(
      baseUrl,
      adminToken,
      'POST',
      '/users',
      {
        username: user.id,
        name: user.name,
        role: user.role,
        ...(user.personId ? { personId: user.personId } : {}),
        password,
        reason: 'Demo user of the Met Modernisation seed',
      },
      `seed-user-${user.id}`,
    );
    const exists =
      (registered.status === 409 && registered.text.includes('USER_ALREADY_REGISTERED')) ||
      (registered.status === 201 && (JSON.parse(registered.text) as { duplicate?: boolean }).duplicate === true);
    if (!exists && registered.status !== 201) {
      throw new Error(`POST /users (${user.id}) -> ${registered.status} ${registered.text}`);
    }
    if (exists && known === undefined) {
      // Registered by an earlier run whose passwords we do not have: set a new one.
      password = generatePassword();
      const reset = await send(
        baseUrl,
        adminToken,
        'POST',
        `/users/${user.id}/password-changes`,
        { password, reason: 'The seed ran again without the earlier passwords' },
        `seed-password-${user.id}-${randomBytes(8).toString('hex')}`,
      );
      if (reset.status !== 201) throw new Error(`Password reset of ${user.id} -> ${reset.status} ${reset.text}`);
    }
    users.push({ username: user.id, password, name: user.name, role: user.role, ...(user.personId ? { personId: user.personId } : {}) });
  }
  return users;
}

/**
 * Registers the demo users (as the administrator), then sends the seed's requests in order
 * through the HTTP API, each signed in as its actor's demo user — a lead's requests as that
 * lead — so every event has a real, verified actor, a reason and a position. Throws on the
 * first non-2xx with the method, path, status and response body. Returns how many requests
 * were sent, the store's last position after, and the demo users' credentials.
 */
export async function runSeed(
  baseUrl: string,
  options: RunSeedOptions,
): Promise<{ requests: number; lastPosition: number; users: DemoUserCredentials[] }> {
  const { log } = options;
  const users = await registerDemoUsers(baseUrl, options);
  log?.(`seed: ${users.length} demo users ready`);
  const passwords = new Map(users.map((u) => [u.username, u.password]));
  const tokens = new Map<string, string>();
  const tokenFor = async (username: string, fresh = false): Promise<string> => {
    const cached = tokens.get(username);
    if (cached && !fresh) return cached;
    const password = passwords.get(username);
    if (password === undefined) throw new Error(`The seed has no demo user ${username}`);
    const token = await signIn(baseUrl, { username, password });
    tokens.set(username, token);
    return token;
  };

  let events = 0;
  for (const [index, request] of SEED_REQUESTS.entries()) {
    const key = idempotencyKey(index, request);
    let response = await send(baseUrl, await tokenFor(request.actor.id), request.method, request.path, request.body, key);
    if (response.status === 401) {
      // The access token ran out during a long seed: sign in again and retry (same key).
      response = await send(baseUrl, await tokenFor(request.actor.id, true), request.method, request.path, request.body, key);
    }
    if (response.status < 200 || response.status >= 300) {
      throw new SeedRequestError(index, request, response.status, response.text);
    }
    try {
      events += ((JSON.parse(response.text) as { events?: unknown[] }).events ?? []).length;
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
  return { requests: SEED_REQUESTS.length, lastPosition, users };
}
