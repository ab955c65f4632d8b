import type { OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { operationalPool } from './operational-pool';

/** A limit: at most `limit` hits per key in each fixed window of `windowSeconds`. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** What one hit found: allowed or not, the count so far, and when the window ends. */
export interface RateLimitHit {
  key: string;
  allowed: boolean;
  hits: number;
  /** Seconds until the key's window ends (for Retry-After); at least 1. */
  retryAfterSeconds: number;
}

/** How often (at most) one process sweeps away windows that have ended. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window counters (a window per key, from its first hit) in PostgreSQL (`rate_limit_counters`, read-model database), shared
 * by every API replica: one atomic upsert per hit, so concurrent requests on any replica
 * count exactly. Keys are namespaced by the caller (`sign-in:address:…`); nothing here knows
 * about sign-in, so per-user write limits can use it as they are. A key must not hold what a
 * person typed: callers pass an address, an id they trust, or a keyed hash.
 */
export class RateLimitStore implements OnApplicationShutdown {
  private lastSweep = 0;
  /**
   * A pool of its own, and a small one: a flood's hits queue here (they update the same rows,
   * one at a time) instead of taking the read side's connections from signed-in users.
   */
  private readonly db: Pool;

  constructor(databaseUrl: string, options: { queryTimeoutMs?: number } = {}) {
    this.db = operationalPool(databaseUrl, 2, options.queryTimeoutMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.db.end();
  }

  /** Counts one hit on every key (one statement) and says, per key, whether it is within its limit. */
  async hit(entries: { key: string; limit: RateLimit }[], now = new Date()): Promise<RateLimitHit[]> {
    if (entries.length === 0) return [];
    const nowMs = now.getTime();
    // A key's window opens with its first hit (not on the clock's minute), so a burst is never
    // split across two windows; an ended window is restarted by the next hit.
    const { rows } = await this.db.query<{ key: string; hits: number; window_end: Date }>(
      `INSERT INTO rate_limit_counters AS c (key, window_start, window_end, hits)
       SELECT k, $3::timestamptz, $3::timestamptz + make_interval(secs => w), 1
         FROM unnest($1::text[], $2::int[]) AS t(k, w)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.window_end <= EXCLUDED.window_start THEN 1 ELSE c.hits + 1 END,
         window_start = CASE WHEN c.window_end <= EXCLUDED.window_start THEN EXCLUDED.window_start ELSE c.window_start END,
         window_end = CASE WHEN c.window_end <= EXCLUDED.window_start THEN EXCLUDED.window_end ELSE c.window_end END
       RETURNING key, hits, window_end`,
      [entries.map((e) => e.key), entries.map((e) => e.limit.windowSeconds), now],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    void this.sweep(nowMs);
    return entries.map(({ key, limit }) => {
      const row = byKey.get(key);
      const hits = Number(row?.hits ?? 1);
      const endMs = row ? new Date(row.window_end).getTime() : nowMs + limit.windowSeconds * 1000;
      return { key, hits, allowed: hits <= limit.limit, retryAfterSeconds: Math.max(1, Math.ceil((endMs - nowMs) / 1000)) };
    });
  }

  /** Ended windows are of no use to anyone: counters are operational data, not a record. */
  private async sweep(nowMs: number): Promise<void> {
    if (nowMs - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = nowMs;
    await this.db.query(`DELETE FROM rate_limit_counters WHERE window_end < now() - interval '1 minute'`).catch(() => undefined);
  }
}
