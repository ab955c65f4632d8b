import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/read-models';

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
 * Fixed-window counters in PostgreSQL (`rate_limit_counters`, read-model database), shared
 * by every API replica: one atomic upsert per hit, so concurrent requests on any replica
 * count exactly. Keys are namespaced by the caller (`sign-in:address:…`); nothing here knows
 * about sign-in, so per-user write limits can use it as they are. A key must not hold what a
 * person typed: callers pass an address, an id they trust, or a keyed hash.
 */
@Injectable()
export class RateLimitStore {
  private lastSweep = 0;

  constructor(@Inject(READ_DB) private readonly db: DataSource) {}

  /** Counts one hit on every key (one statement) and says, per key, whether it is within its limit. */
  async hit(entries: { key: string; limit: RateLimit }[], now = new Date()): Promise<RateLimitHit[]> {
    if (entries.length === 0) return [];
    const nowMs = now.getTime();
    const windows = entries.map(({ limit }) => {
      const ms = limit.windowSeconds * 1000;
      const start = Math.floor(nowMs / ms) * ms;
      return { start, end: start + ms };
    });
    const rows: { key: string; hits: number }[] = await this.db.query(
      `INSERT INTO rate_limit_counters (key, window_start, window_end, hits)
       SELECT k, to_timestamp(s / 1000.0), to_timestamp(e / 1000.0), 1
         FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS t(k, s, e)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING key, hits`,
      [entries.map((e) => e.key), windows.map((w) => w.start), windows.map((w) => w.end)],
    );
    const hitsByKey = new Map(rows.map((r) => [r.key, Number(r.hits)]));
    void this.sweep(nowMs);
    return entries.map(({ key, limit }, i) => {
      const hits = hitsByKey.get(key) ?? 1;
      return { key, hits, allowed: hits <= limit.limit, retryAfterSeconds: Math.max(1, Math.ceil((windows[i].end - nowMs) / 1000)) };
    });
  }

  /** Ended windows are of no use to anyone: counters are operational data, not a record. */
  private async sweep(nowMs: number): Promise<void> {
    if (nowMs - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = nowMs;
    await this.db.query(`DELETE FROM rate_limit_counters WHERE window_end < now() - interval '1 minute'`).catch(() => undefined);
  }
}
