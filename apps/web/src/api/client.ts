// The one place the app talks HTTP: openapi-fetch's client over the generated `paths`
// (schema.d.ts, npm run api:generate), with the signed-in user's token (refreshed once on a
// 401; or, on an API without sign-in yet, the development actor headers), read-your-writes on
// reads, an Idempotency-Key on every command, and the API's error bodies turned into ApiError
// so forms can put messages next to fields.
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

type Schemas = components['schemas'];
export type ErrorBody = Schemas['ErrorResponse'];
export type FieldError = NonNullable<ErrorBody['errors']>[number];
export type WriteResult = Schemas['WriteResult'];
export type SessionUser = Schemas['SignedInUserDto'];
export type Role = SessionUser['role'];
type SignInResponse = Schemas['SignInResponseDto'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly body: Partial<ErrorBody> = {},
  ) {
    super(message);
  }
  /** Someone else changed the record after this page loaded it (If-Match was stale). */
  get isStale(): boolean {
    return this.status === 412 || this.code === 'STREAM_VERSION_CONFLICT';
  }
}

export interface Session {
  user: SessionUser;
  /** In this tab's memory only: never in storage, never in a cookie. */
  accessToken?: string;
  expiresAt?: number;
  /** true when the API has no /auth yet and the development headers stand in for a token. */
  development?: boolean;
}

/*
 * The session is shared by the browser's tabs through the refresh cookie, which the API sets
 * httpOnly (no script reads it) and the browser sends to POST /auth/refresh only. Each tab keeps
 * its own access token in memory: a new tab or a reload gets one by refreshing with the cookie
 * before it shows the sign-in page. Sign-out revokes the session on the server (every tab's
 * tokens stop working at their next request) and tells the other tabs at once.
 */

/** A development session (no token in it) is kept per tab; a real one is never stored. */
const DEVELOPMENT_KEY = 'programme-ledger.session';
/** Not a secret: "this browser signed in and has not signed out", so a first visit does not probe refresh (a 401 in the console). */
const SIGNED_IN_HINT = 'programme-ledger.signed-in';
/** Tab to tab: 'signed-in' (the others take the new session up) and 'signed-out'. */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('programme-ledger.session') : null;

let session: Session | null = readDevelopmentSession();
let onSessionChange: (s: Session | null) => void = () => undefined;
let lastPosition = 0;

function readDevelopmentSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(DEVELOPMENT_KEY);
    const stored = raw ? (JSON.parse(raw) as Session) : null;
    return stored?.development ? stored : null;
  } catch {
    return null;
  }
}

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  return session;
}

export function setSession(next: Session | null): void {
  session = next;
  if (next?.development) sessionStorage.setItem(DEVELOPMENT_KEY, JSON.stringify(next));
  else sessionStorage.removeItem(DEVELOPMENT_KEY);
  onSessionChange(next);
}

export function subscribeSession(listener: (s: Session | null) => void): void {
  onSessionChange = listener;
}

/**
 * One refresh at a time across the browser's tabs. Two tabs sending the same refresh cookie at
 * once would look to the server like a stolen token replayed (rotation with reuse detection),
 * and end the session; under a Web Lock the second waits, and its request carries the cookie
 * the first one's answer set. (Web Locks need a secure context, as the Secure cookie does;
 * without them a tab still never refreshes twice at once itself.)
 */
async function oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // The lock is held until work's promise settles; request answers with its result.
  return locks ? ((await locks.request('programme-ledger.refresh', work)) as T) : work();
}

/** POST /auth/refresh with the cookie: the new access token, or null when there is no live session. */
async function refreshWithCookie(): Promise<SignInResponse | null> {
  try {
    // Not through the typed client: the cookie is the browser's to send, and this call must not itself refresh on a 401.
    const response = await fetch(new URL('/auth/refresh', window.location.origin), { method: 'POST', credentials: 'same-origin' });
    if (!response.ok) {
      if (response.status === 401) storage()?.removeItem(SIGNED_IN_HINT);
      return null;
    }
    return (await response.json()) as SignInResponse;
  } catch {
    return null;
  }
}

let restoring: Promise<void> | null = null;

/** A session from the cookie, if this browser has one; this tab's session is then replaced by it (or ended). */
function restoreSession(): Promise<void> {
  restoring ??= oneTabAtATime(refreshWithCookie)
    .then((body) => setSession(body ? sessionFromLogin(body) : null))
    .finally(() => (restoring = null));
  return restoring;
}

/** True while a new tab (or a reload) is taking up the browser's session: pages wait rather than show sign-in. */
export function isRestoringSession(): boolean {
  return restoring !== null;
}

/** Resolves once the tab knows whether it is signed in. */
export function sessionRestored(): Promise<void> {
  return restoring ?? Promise.resolve();
}

// At start-up, before the first page renders: take up the browser's session if it has one.
if (!session && storage()?.getItem(SIGNED_IN_HINT)) void restoreSession();

channel?.addEventListener('message', (event: MessageEvent<{ type?: string; userId?: string }>) => {
  if (event.data?.type === 'signed-out' && session && !session.development) setSession(null);
  // Another tab signed in (perhaps as someone else): the cookie is now that session's.
  if (event.data?.type === 'signed-in' && session?.user.id !== event.data.userId) void restoreSession();
});

/** The highest global position this tab has written: reads wait for it (read-your-writes). */
export function lastWrittenPosition(): number {
  return lastPosition;
}

function authHeaders(): Record<string, string> {
  if (!session) return {};
  if (session.development) {
    return {
      'X-Actor-Id': session.user.personId ?? session.user.id,
      'X-Actor-Role': session.user.role,
      'X-Actor-Name': session.user.name,
    };
  }
  return session.accessToken ? { Authorization: `Bearer ${session.accessToken}` } : {};
}

/** Sign-in, refresh and sign-out carry their own credentials (a password, the refresh cookie, the ended session's token). */
const OWN_CREDENTIALS = new Set(['/auth/login', '/auth/refresh', '/auth/logout']);

/** A key per command: the resend after a refresh is the same command, recorded once. */
function idempotencyKey(): string {
  // getRandomValues, not randomUUID: the embedded default serves plain HTTP, not a secure context.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

let refreshing: Promise<boolean> | null = null;

/** A new access token for this tab (the cookie rotates); false when the session has ended. */
async function refreshSession(): Promise<boolean> {
  if (!session || session.development) return false;
  refreshing ??= (async () => {
    try {
      const body = await oneTabAtATime(refreshWithCookie);
      if (!body) return false;
      setSession(sessionFromLogin(body, session?.user));
      return true;
    } finally {
      setTimeout(() => (refreshing = null), 0);
    }
  })();
  return refreshing;
}

/**
 * Every request of the typed client goes out here: the caller's credentials, a read's
 * waitForPosition, a command's Idempotency-Key; a 401 refreshes the session once and resends.
 */
async function send(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const anonymous = OWN_CREDENTIALS.has(url.pathname);
  const read = request.method === 'GET';
  // An empty filter is no filter (a form's empty select), as the API reads it.
  for (const [name, value] of [...url.searchParams]) if (value === '') url.searchParams.delete(name);
  if (read && lastPosition > 0) url.searchParams.set('waitForPosition', String(lastPosition));
  // Read once as text: a stream could not be sent twice (nor streamed by Chromium over HTTP/1.1).
  const body = read ? undefined : await request.text();
  const key = read || anonymous || request.headers.has('Idempotency-Key') ? undefined : idempotencyKey();
  const attempt = () => {
    const headers = new Headers(request.headers);
    if (!anonymous) for (const [name, value] of Object.entries(authHeaders())) headers.set(name, value);
    if (key) headers.set('Idempotency-Key', key);
    return fetch(url, { method: request.method, headers, body: body || undefined });
  };
  let response = await attempt();
  if (response.status === 401 && !anonymous && session && !session.development) {
    if (await refreshSession()) response = await attempt();
    else setSession(null);
  }
  if (response.ok && !read) {
    const position: unknown = (await response.clone().json().catch(() => null))?.position;
    if (typeof position === 'number') lastPosition = Math.max(lastPosition, position);
  }
  return response;
}

/** The typed client: `api.GET('/proposals/{proposalId}', { params: { path: { proposalId } } })`. */
export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: send });

function toApiError(response: Response, error: unknown): ApiError {
  const body = (error && typeof error === 'object' ? error : {}) as Partial<ErrorBody>;
  const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
  const said: unknown = body.message;
  const message = typeof said === 'string' ? said : Array.isArray(said) ? said.join('; ') : response.statusText || 'The request failed';
  return new ApiError(response.status, code, message, Array.isArray(body.errors) ? body.errors : [], body);
}

/** The answer's data, or its error body as an ApiError. */
export async function dataOf<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}

type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;
/** A command's request body, as the document declares it. */
export type CommandBody<P extends keyof paths> = JsonBody<paths[P]['post']> | JsonBody<paths[P]['put']>;
/** The routes that take a JSON body (POST or PUT): the commands. */
export type CommandPath = { [P in keyof paths]: [CommandBody<P>] extends [never] ? never : P }[keyof paths];
type CommandOperation<P extends keyof paths> = Exclude<paths[P]['post'] | paths[P]['put'], undefined>;
/** A command route's path parameters, by name. */
export type PathParams<P extends CommandPath> = CommandOperation<P> extends { parameters: { path: infer Params } } ? Params : Record<string, never>;

/**
 * Sends a command built by a form. Its route and body are typed where the command is
 * defined (forms/commands.ts, against CommandPath, PathParams and CommandBody); here, where
 * every command passes, one cast stands for them all.
 */
export async function sendCommand(
  method: 'POST' | 'PUT',
  route: { path: CommandPath; params: Record<string, string | number> },
  body: Record<string, unknown>,
  ifMatch?: number,
): Promise<CommandResult> {
  const headers: Record<string, string> = ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` };
  const request = api.request as unknown as (
    method: string,
    path: string,
    init: { params: { path: unknown }; body: unknown; headers: Record<string, string> },
  ) => Promise<{ data?: WriteResult; error?: unknown; response: Response }>;
  const { data, error, response } = await request(method.toLowerCase(), route.path, { params: { path: route.params }, body, headers });
  if (!response.ok) throw toApiError(response, error);
  const location = response.headers.get('Location');
  return { ...(data as WriteResult), ...(location ? { location } : {}) };
}

/** A command's answer, with where the API says the record it created is read (its Location). */
export type CommandResult = WriteResult & { location?: string };

/** A file from the API (a committee pack, asked for with `parseAs: 'blob'`): the body, its file name, the headers. */
export async function download(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<{ blob: Blob; filename: string; headers: Headers }> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? new URL(response.url).pathname.split('/').pop() ?? 'download';
  return { blob: data as Blob, filename, headers: response.headers };
}

function sessionFromLogin(body: SignInResponse, fallbackUser?: SessionUser): Session {
  return {
    user: body.user ?? fallbackUser,
    accessToken: body.accessToken,
    expiresAt: body.expiresIn ? Date.now() + body.expiresIn * 1000 : undefined,
  };
}

/** Result of trying to sign in: a session, or the API has no sign-in endpoint yet. */
export type LoginOutcome = { kind: 'signed-in'; session: Session } | { kind: 'no-auth-endpoint' };

export async function login(username: string, password: string): Promise<LoginOutcome> {
  // A start-up restore still running would otherwise land after this sign-in (its cookie and user over these).
  await sessionRestored();
  try {
    // Under the lock too: the answer replaces the cookie another tab may be refreshing with.
    const body = await oneTabAtATime(() => dataOf(api.POST('/auth/login', { body: { username, password } })));
    const next = sessionFromLogin(body);
    setSession(next);
    storage()?.setItem(SIGNED_IN_HINT, '1');
    channel?.postMessage({ type: 'signed-in', userId: next.user.id });
    return { kind: 'signed-in', session: next };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { kind: 'no-auth-endpoint' };
    throw error;
  }
}

/** Ends the session on the server (every tab's tokens stop working), clears the cookie, and tells the other tabs. */
export async function logout(): Promise<void> {
  const current = session;
  setSession(null);
  storage()?.removeItem(SIGNED_IN_HINT);
  channel?.postMessage({ type: 'signed-out' });
  if (!current || current.development) return;
  const signOut = (token: string | undefined) =>
    fetch(new URL('/auth/logout', window.location.origin), { method: 'POST', headers: token ? { Authorization: `Bearer ${token}` } : {} });
  try {
    let response = await signOut(current.accessToken);
    // This tab's access token had expired: one from the cookie, so the session still ends on the server.
    if (response.status === 401) {
      const fresh = await oneTabAtATime(refreshWithCookie);
      if (fresh) response = await signOut(fresh.accessToken);
    }
  } catch {
    // Offline: the tab is signed out; the session ends with its time.
  }
}
