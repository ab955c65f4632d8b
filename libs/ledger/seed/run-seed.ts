import { createHash, randomBytes } from 'node:crypto';
import { eventIdsFor } from '@ledger/platform/event-store';
import { generatePassword } from '@ledger/user';
import { DEMO_USERS, SEED_PEOPLE, SEED_REQUESTS, type SeedRequest } from './seed-data';

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

/** The first event id a keyed command stores: the API prefixes the key with the actor's id. */
function firstEventIdOf(actorId: string, key: string): string {
  return eventIdsFor(1, `${actorId}:${key}`)[0];
}

/** A demo user's registration key (sent by the administrator the seed runs as). */
const demoUserKey = (username: string) => `seed-user-${username}`;

/**
 * The key the first start registers its administrator with when it is about to seed: the
 * seed's step 0, so the store itself says that a seed was begun (no marker of our own).
 */
export const FIRST_START_SEED_KEY = 'first-start:seed-administrator';

/** Where a first start's seed stands: never begun here, begun and not finished, or complete. */
export type SeedState = 'none' | 'in-progress' | 'complete';

/**
 * Read from the store alone (any process can tell): the seed's requests are sent in order,
 * each with its key, so the last one's event means complete; the administrator registered
 * with FIRST_START_SEED_KEY (or, in a store begun before that key, the first demo user's
 * registration) means begun.
 */
export async function seedStateOf(recorded: (eventId: string) => Promise<boolean>, administrator = 'administrator'): Promise<SeedState> {
  const lastIndex = SEED_REQUESTS.length - 1;
  const last = SEED_REQUESTS[lastIndex];
  if (await recorded(firstEventIdOf(last.actor.id, idempotencyKey(lastIndex, last)))) return 'complete';
  if (await recorded(eventIdsFor(1, FIRST_START_SEED_KEY)[0])) return 'in-progress';
  if (await recorded(firstEventIdOf(administrator, demoUserKey(DEMO_USERS[0].id)))) return 'in-progress';
  return 'none';
}

/** The store's last global position, from `GET /health`. */
export async function lastPositionOf(baseUrl: string): Promise<number> {
  const response = await fetch(url(baseUrl, '/health'), {
    headers: { Accept: 'application/json' },
  });
  const text = await response.text();
  // 503 while the first start's seed runs (this very run, perhaps): the position is still there.
  const seeding = response.status === 503 && /"status":"seeding"/.test(text);
  if (!response.ok && !seeding) throw new Error(`GET /health -> ${response.status} ${text}`);
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
  /**
   * Called as soon as a demo user exists with a password not listed in `passwords` (just
   * registered, or given a new one), before the seed sends anything else: to keep it.
   */
  onAccount?: (account: DemoUserCredentials) => void;
  /** Whether an event id is stored: steps already recorded are skipped without a request. */
  recorded?: (eventId: string) => Promise<boolean>;
  log?: (m: string) => void;
}


async function signIn(baseUrl: string, credentials: Credentials): Promise<string> {
  let response: Response;
  // A first start restarted a few times within a minute signs its users in again from the same
  // address: past the sign-in limit, wait as the API says (Retry-After) rather than give up.
  for (let attempt = 1; ; attempt++) {
    response = await fetch(url(baseUrl, '/auth/login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(credentials),
    });
    if (response.status !== 429 || attempt >= 5) break;
    const seconds = Math.min(60, Math.max(1, Number(response.headers.get('retry-after')) || 5));
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
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
 * one's password. Keyed by username only: a retry never registers anyone twice. A user
 * registered before whose password is not known gets a new one.
 */
async function registerDemoUsers(
  baseUrl: string,
  options: RunSeedOptions,
): Promise<DemoUserCredentials[]> {
  let adminToken: string | undefined;
  // Signed in only when there is something to do: a resumed seed past this point signs in as nobody.
  const admin = async () => (adminToken ??= await signIn(baseUrl, options.administrator));
  const users: DemoUserCredentials[] = [];
  for (const user of DEMO_USERS) {
    const account = (password: string): DemoUserCredentials => ({
      username: user.id,
      password,
      name: user.name,
      role: user.role,
      ...(user.personId ? { personId: user.personId } : {}),
    });
    const known = options.passwords?.[user.id];
    const key = demoUserKey(user.id);
    const recorded = (await options.recorded?.(firstEventIdOf(options.administrator.username, key))) ?? false;
    if (recorded && known !== undefined) {
      users.push(account(known));
      continue;
    }
    let password = known ?? generatePassword();
    let exists = recorded;
    if (!recorded) {
      const registered = await send(
        baseUrl,
        await admin(),
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
        key,
      );
      exists =
        (registered.status === 409 && registered.text.includes('USER_ALREADY_REGISTERED')) ||
        (registered.status === 201 && (JSON.parse(registered.text) as { duplicate?: boolean }).duplicate === true);
      if (!exists && registered.status !== 201) {
        throw new Error(`POST /users (${user.id}) -> ${registered.status} ${registered.text}`);
      }
      if (!exists) options.onAccount?.(account(password));
    }
    if (exists && known === undefined) {
      // Registered by an earlier run whose password never reached us: set a new one.
      password = generatePassword();
      const reset = await send(
        baseUrl,
        await admin(),
        'POST',
        `/users/${user.id}/password-changes`,
        { password, reason: 'The seed resumed without this demo user\'s password: a new one' },
        `seed-password-${user.id}-${randomBytes(8).toString('hex')}`,
      );
      if (reset.status !== 201) throw new Error(`Password reset of ${user.id} -> ${reset.status} ${reset.text}`);
      options.onAccount?.(account(password));
    }
    users.push(account(password));
  }
  return users;
}

/**
 * Records the people without an account (people.yaml) that the requests name, each keyed by
 * its person id apart from the requests' keys (whose positions stay as they were): a resumed
 * seed records nobody twice.
 */
async function recordPeople(baseUrl: string, tokenFor: (username: string) => Promise<string>, options: RunSeedOptions): Promise<void> {
  for (const person of SEED_PEOPLE) {
    const key = `seed-person-${String(person.body.personId)}`;
    if (await options.recorded?.(firstEventIdOf(person.actor.id, key))) continue;
    const response = await send(baseUrl, await tokenFor(person.actor.id), person.method, person.path, person.body, key);
    const before = response.status === 409 && response.text.includes('PERSON_ALREADY_RECORDED');
    if (!before && (response.status < 200 || response.status >= 300)) {
      throw new Error(`${person.method} ${person.path} (${String(person.body.personId)}) -> ${response.status} ${response.text}`);
    }
  }
  options.log?.(`seed: ${SEED_PEOPLE.length} people without an account recorded`);
}

/**
 * Registers the demo users (as the administrator), records the people without an account, then sends the seed's requests in order
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

  await recordPeople(baseUrl, tokenFor, options);

  let events = 0;
  let skipped = 0;
  for (const [index, request] of SEED_REQUESTS.entries()) {
    const key = idempotencyKey(index, request);
    if (await options.recorded?.(firstEventIdOf(request.actor.id, key))) {
      skipped++;
      continue;
    }
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
    `seed: ${SEED_REQUESTS.length - skipped} requests sent${skipped ? ` (${skipped} recorded before, skipped)` : ''}, ` +
      `${events} events recorded; the store's last position is ${lastPosition}`,
  );
  return { requests: SEED_REQUESTS.length, lastPosition, users };
}
