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
  accessToken?: string;
  refreshToken?: string;
  expiresAt?: number;
  /** true when the API has no /auth yet and the development headers stand in for a token. */
  development?: boolean;
}

const STORAGE_KEY = 'programme-ledger.session';

let session: Session | null = readStoredSession();
let onSessionChange: (s: Session | null) => void = () => undefined;
let lastPosition = 0;

function readStoredSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  return session;
}

export function setSession(next: Session | null): void {
  session = next;
  if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  else sessionStorage.removeItem(STORAGE_KEY);
  onSessionChange(next);
}

export function subscribeSession(listener: (s: Session | null) => void): void {
  onSessionChange = listener;
}

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

/** Sign-in, refresh and sign-out carry their own credentials (a password, a refresh token, the ended session's token). */
const OWN_CREDENTIALS = new Set(['/auth/login', '/auth/refresh', '/auth/logout']);

/** A key per command: the resend after a refresh is the same command, recorded once. */
function idempotencyKey(): string {
  // getRandomValues, not randomUUID: the embedded default serves plain HTTP, not a secure context.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

let refreshing: Promise<boolean> | null = null;

async function refreshSession(): Promise<boolean> {
  if (!session?.refreshToken) return false;
  refreshing ??= (async () => {
    try {
      const { data } = await api.POST('/auth/refresh', { body: { refreshToken: session?.refreshToken ?? '' } });
      if (!data) return false;
      setSession(sessionFromLogin(data, session?.user));
      return true;
    } catch {
      return false;
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
    refreshToken: body.refreshToken,
    expiresAt: body.expiresIn ? Date.now() + body.expiresIn * 1000 : undefined,
  };
}

/** Result of trying to sign in: a session, or the API has no sign-in endpoint yet. */
export type LoginOutcome = { kind: 'signed-in'; session: Session } | { kind: 'no-auth-endpoint' };

export async function login(username: string, password: string): Promise<LoginOutcome> {
  try {
    const body = await dataOf(api.POST('/auth/login', { body: { username, password } }));
    const next = sessionFromLogin(body);
    setSession(next);
    return { kind: 'signed-in', session: next };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { kind: 'no-auth-endpoint' };
    throw error;
  }
}

export async function logout(): Promise<void> {
  const current = session;
  setSession(null);
  if (current && !current.development && current.accessToken) {
    await api.POST('/auth/logout', { headers: { Authorization: `Bearer ${current.accessToken}` } }).catch(() => undefined);
  }
}
