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

/** A call to `hit` waiting for its statement. */
interface PendingHit {
  entries: { key: string; limit: RateLimit }[];
  now: Date | undefined;
  resolve(hits: RateLimitHit[]): void;
  reject(error: unknown): void;
}

/** Statements out at once: the pool's size, so hits wait here (and go together), not in the pool's queue. */
const IN_FLIGHT = 2;

/** How often (at most) one process sweeps away windows that have ended. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window counters (a window per key, from its first hit) in PostgreSQL (`rate_limit_counters`, read-model database), shared
 * by every API replica: every hit counted by an atomic upsert (a process's concurrent hits share one), so requests on any replica
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
    this.db = operationalPool(databaseUrl, IN_FLIGHT, options.queryTimeoutMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.db.end();
  }

  /** Calls waiting for a statement: while the pool's statements are out, the next one carries all of them. */
  private readonly queue: PendingHit[] = [];
  private inFlight = 0;

  /**
   * Counts one hit on every key and says, per key, whether it is within its limit. Every hit is
   * counted in the shared table before its answer, as before; what changed is that hits arriving
   * while the pool's statements are out wait and go together in the next one (one upsert per key
   * with its count), instead of one statement and one commit per command.
   */
  hit(entries: { key: string; limit: RateLimit }[], now?: Date): Promise<RateLimitHit[]> {
    if (entries.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ entries, now, resolve, reject });
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < IN_FLIGHT && this.queue.length > 0) {
      // A call that names its own time goes alone; the others are counted at the statement's time.
      const batch = this.queue[0].now ? this.queue.splice(0, 1) : this.takeUntimed();
      this.inFlight++;
      this.count(batch)
        .catch((error: unknown) => batch.forEach((call) => call.reject(error)))
        .finally(() => {
          this.inFlight--;
          this.flush();
        });
    }
  }

  private takeUntimed(): PendingHit[] {
    const batch: PendingHit[] = [];
    for (let i = 0; i < this.queue.length; ) {
      if (this.queue[i].now) i++;
      else batch.push(...this.queue.splice(i, 1));
    }
    return batch;
  }

  /** One statement for a batch of calls: each key's count goes up by its number of hits; each hit gets its own place in that count. */
  private async count(batch: PendingHit[]): Promise<void> {
    const now = batch[0].now ?? new Date();
    const nowMs = now.getTime();
    const perKey = new Map<string, { n: number; windowSeconds: number }>();
    for (const call of batch)
      for (const e of call.entries) {
        const k = perKey.get(e.key);
        if (k) k.n++;
        else perKey.set(e.key, { n: 1, windowSeconds: e.limit.windowSeconds });
      }
    // A key's window opens with its first hit (not on the clock's minute), so a burst is never
    // split across two windows; an ended window is restarted by the next hit.
    const { rows } = await this.db.query<{ key: string; hits: number; window_end: Date }>(
      `INSERT INTO rate_limit_counters AS c (key, window_start, window_end, hits)
       SELECT k, $3::timestamptz, $3::timestamptz + make_interval(secs => w), n
         FROM unnest($1::text[], $2::int[], $4::int[]) AS t(k, w, n)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.window_end <= EXCLUDED.window_start THEN EXCLUDED.hits ELSE c.hits + EXCLUDED.hits END,
         window_start = CASE WHEN c.window_end <= EXCLUDED.window_start THEN EXCLUDED.window_start ELSE c.window_start END,
         window_end = CASE WHEN c.window_end <= EXCLUDED.window_start THEN EXCLUDED.window_end ELSE c.window_end END
       RETURNING key, hits, window_end`,
      [[...perKey.keys()], [...perKey.values()].map((k) => k.windowSeconds), now, [...perKey.values()].map((k) => k.n)],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    void this.sweep(nowMs);
    // The batch's hits on a key took the places count-n+1 … count, in the order they came.
    const taken = new Map<string, number>();
    for (const call of batch) {
      call.resolve(
        call.entries.map(({ key, limit }) => {
          const row = byKey.get(key);
          const place = (taken.get(key) ?? 0) + 1;
          taken.set(key, place);
          const hits = row ? Number(row.hits) - perKey.get(key)!.n + place : place;
          const endMs = row ? new Date(row.window_end).getTime() : nowMs + limit.windowSeconds * 1000;
          return { key, hits, allowed: hits <= limit.limit, retryAfterSeconds: Math.max(1, Math.ceil((endMs - nowMs) / 1000)) };
        }),
      );
    }
  }

  /** Ended windows are of no use to anyone: counters are operational data, not a record. */
  private async sweep(nowMs: number): Promise<void> {
    if (nowMs - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = nowMs;
    await this.db.query(`DELETE FROM rate_limit_counters WHERE window_end < now() - interval '1 minute'`).catch(() => undefined);
  }
}
