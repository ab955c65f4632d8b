// The one place the app talks HTTP: the signed-in user's token (or, on an API
// without sign-in yet, the development actor headers), JSON, and the API's
// error bodies turned into ApiError so forms can put messages next to fields.

export interface FieldError {
  field: string;
  messages: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
  /** Someone else changed the record after this page loaded it (If-Match was stale). */
  get isStale(): boolean {
    return this.status === 412 || this.code === 'STREAM_VERSION_CONFLICT';
  }
}

export type Role = 'programme-office' | 'lead' | 'oversight-committee' | 'administrator';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  role: Role;
  personId: string | null;
}

export interface Session {
  user: SessionUser;
  accessToken?: string;
  refreshToken?: string;
  expiresAt?: number;
  /** true when the API has no /auth yet and the development headers stand in for a token. */
  development?: boolean;
}

export interface WriteResult {
  streamId: string;
  version: number;
  position: number;
  id?: string;
  duplicate: boolean;
  events: string[];
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

async function toApiError(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    body = {};
  }
  const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
  const message =
    typeof body.message === 'string'
      ? body.message
      : Array.isArray(body.message)
        ? body.message.join('; ')
        : response.statusText || 'The request failed';
  const errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : [];
  return new ApiError(response.status, code, message, errors, body);
}

let refreshing: Promise<boolean> | null = null;

async function refreshSession(): Promise<boolean> {
  if (!session?.refreshToken) return false;
  refreshing ??= (async () => {
    try {
      const response = await fetch('/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken: session?.refreshToken }),
      });
      if (!response.ok) return false;
      const body = (await response.json()) as LoginResponse;
      setSession(sessionFromLogin(body, session?.user));
      return true;
    } catch {
      return false;
    } finally {
      setTimeout(() => (refreshing = null), 0);
    }
  })();
  return refreshing;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  ifMatch?: number | string;
  /** Skip the sign-in token (the login call itself). */
  anonymous?: boolean;
}

export async function request<T>(path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(options.anonymous ? {} : authHeaders()) };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (response.status === 401 && !options.anonymous && !retried && session && !session.development) {
    if (await refreshSession()) return request<T>(path, options, true);
    setSession(null);
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const result = (await response.json()) as T;
  const position = (result as { position?: unknown })?.position;
  if (options.method && options.method !== 'GET' && typeof position === 'number') lastPosition = Math.max(lastPosition, position);
  return result;
}

/** GET with read-your-writes: waits until this tab's last write is projected. */
export function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  if (lastPosition > 0) query.set('waitForPosition', String(lastPosition));
  const qs = query.toString();
  return request<T>(qs ? `${path}?${qs}` : path);
}

/** A file from the API (a committee pack): the body, its file name, and the response headers. */
export async function download(
  path: string,
  params: Record<string, string | number | undefined | null> = {},
  retried = false,
): Promise<{ blob: Blob; filename: string; headers: Headers }> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  if (lastPosition > 0) query.set('waitForPosition', String(lastPosition));
  const qs = query.toString();
  const response = await fetch(qs ? `${path}?${qs}` : path, { headers: authHeaders() });
  if (response.status === 401 && !retried && session && !session.development) {
    if (await refreshSession()) return download(path, params, true);
    setSession(null);
  }
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('/').pop() ?? 'download';
  return { blob: await response.blob(), filename, headers: response.headers };
}

export function post<T = WriteResult>(path: string, body: unknown, ifMatch?: number): Promise<T> {
  return request<T>(path, { method: 'POST', body, ifMatch });
}

export function put<T = WriteResult>(path: string, body: unknown, ifMatch?: number): Promise<T> {
  return request<T>(path, { method: 'PUT', body, ifMatch });
}

interface LoginResponse {
  accessToken: string;
  refreshToken?: string;
  expiresIn?: number;
  user: SessionUser;
}

function sessionFromLogin(body: LoginResponse, fallbackUser?: SessionUser): Session {
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
    const body = await request<LoginResponse>('/auth/login', { method: 'POST', body: { username, password }, anonymous: true });
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
    await fetch('/auth/logout', {
      method: 'POST',
      headers: { Authorization: `Bearer ${current.accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    }).catch(() => undefined);
  }
}
