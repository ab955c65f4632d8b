import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import { endSessionsOf } from '@ledger/user';
import { operationalPool } from '../http/operational-pool';

/** What a refresh found: the session's owner, or why it was refused. */
export type RefreshOutcome =
  | { ok: true; username: string; refreshToken: string; expiresAt: Date }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'reused' };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Sign-in sessions: operational data, not domain events (the sign-ins themselves are
 * events). One row per session in `auth_sessions`, holding the hash of its current
 * refresh token; access tokens carry the session id, and a revoked session's tokens
 * are refused on the next request. Refresh tokens are `<session id>.<secret>` and
 * rotate on every use: presenting an earlier one again revokes the session.
 */
export class SessionStore {
  private readonly pool: Pool;
  /**
   * Bumped by every revocation made here, so a verdict read before one is not kept after it
   * (the access strategy caches its verdicts for a few seconds).
   */
  private revocationCount = 0;

  constructor(databaseUrl: string, options: { queryTimeoutMs?: number } = {}) {
    this.pool = operationalPool(databaseUrl, 4, options.queryTimeoutMs);
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(7010005)');
      // Created by the owner; the API's runtime role (no DDL rights) then finds it there.
      const { rows } = await client.query<{ t: string | null }>(`SELECT to_regclass('auth_sessions')::text AS t`);
      if (rows[0].t === null)
        await client.query(`
CREATE TABLE auth_sessions (
  session_id uuid PRIMARY KEY,
  user_id text NOT NULL,
  username text NOT NULL,
  refresh_token_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  refreshed_at timestamptz,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  revoked_reason text
);
CREATE INDEX IF NOT EXISTS auth_sessions_live_by_user ON auth_sessions (username) WHERE revoked_at IS NULL;`);
      // Sessions long past their end are of no further use (the sign-ins stay in the event log).
      await client.query(`DELETE FROM auth_sessions WHERE expires_at < now() - interval '7 days'`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(7010005)').catch(() => undefined);
      client.release();
    }
  }

  /** Opens a session; returns its id and first refresh token. */
  async open(user: { id: string; username: string }, ttlSeconds: number): Promise<{ sessionId: string; refreshToken: string; expiresAt: Date }> {
    const sessionId = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    const { rows } = await this.pool.query<{ expires_at: Date }>(
      `INSERT INTO auth_sessions (session_id, user_id, username, refresh_token_hash, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5)) RETURNING expires_at`,
      [sessionId, user.id, user.username, sha256(secret), ttlSeconds],
    );
    return { sessionId, refreshToken: `${sessionId}.${secret}`, expiresAt: rows[0].expires_at };
  }

  /** Swaps the presented refresh token for a new one, once: the compare-and-set makes a replay lose. */
  async rotate(refreshToken: string): Promise<RefreshOutcome & { sessionId?: string }> {
    const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(refreshToken);
    if (!match) return { ok: false, reason: 'unknown' };
    const [, sessionId, secret] = match;
    const { rows } = await this.pool.query<{ username: string; refresh_token_hash: string; revoked: boolean; expired: boolean; expires_at: Date }>(
      `SELECT username, refresh_token_hash, revoked_at IS NOT NULL AS revoked, expires_at <= now() AS expired, expires_at
         FROM auth_sessions WHERE session_id = $1`,
      [sessionId],
    );
    const session = rows[0];
    if (!session) return { ok: false, reason: 'unknown' };
    if (session.revoked) return { ok: false, reason: 'revoked' };
    if (session.expired) return { ok: false, reason: 'expired' };
    const presented = Buffer.from(sha256(secret));
    const current = Buffer.from(session.refresh_token_hash);
    if (presented.length !== current.length || !timingSafeEqual(presented, current)) {
      // An earlier token of this session came back: someone else may hold it. End the session.
      await this.revoke(sessionId, 'refresh-token-reused');
      return { ok: false, reason: 'reused', sessionId };
    }
    const next = randomBytes(32).toString('base64url');
    const swapped = await this.pool.query(
      `UPDATE auth_sessions SET refresh_token_hash = $3, refreshed_at = now()
        WHERE session_id = $1 AND refresh_token_hash = $2 AND revoked_at IS NULL`,
      [sessionId, session.refresh_token_hash, sha256(next)],
    );
    if (swapped.rowCount !== 1) {
      await this.revoke(sessionId, 'refresh-token-reused');
      return { ok: false, reason: 'reused', sessionId };
    }
    return { ok: true, username: session.username, refreshToken: `${sessionId}.${next}`, expiresAt: session.expires_at, sessionId };
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    this.revocationCount++;
    await this.pool.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE session_id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
    this.revocationCount++;
  }

  /** Changes whenever a session is revoked in this process. */
  get revocations(): number {
    return this.revocationCount;
  }

  /** Ends every session of a user (role changed, deactivated, password reset). */
  async revokeAllOf(username: string, reason: string): Promise<number> {
    this.revocationCount++;
    const ended = await endSessionsOf(this.pool, username, reason);
    // Again once committed: an answer read while the update ran must not be kept either.
    this.revocationCount++;
    return ended;
  }

  /**
   * The session if it exists, is not revoked and has not expired; null otherwise. A token
   * naming any other session is refused (fail closed).
   */
  async live(sessionId: string): Promise<{ userId: string; username: string } | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId)) return null;
    const { rows } = await this.pool.query<{ user_id: string; username: string }>(
      `SELECT user_id, username FROM auth_sessions
        WHERE session_id = $1 AND revoked_at IS NULL AND expires_at > now()`,
      [sessionId],
    );
    return rows[0] ? { userId: rows[0].user_id, username: rows[0].username } : null;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
