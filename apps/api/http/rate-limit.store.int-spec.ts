import { Client } from 'pg';
import { createTestDatabase } from '../../../test/support/database';
import { RateLimitStore } from './rate-limit.store';

/**
 * Hits that arrive while the store's statements are out go together in one statement; each
 * must still get its own place in the key's count, so exactly the limit is allowed, across
 * two stores (two API replicas) on one table.
 */
describe('RateLimitStore: concurrent hits counted exactly', () => {
  let url: string;
  const stores: RateLimitStore[] = [];
  beforeAll(async () => {
    url = await createTestDatabase('ratelimit');
    const db = new Client({ connectionString: url });
    await db.connect();
    await db.query(`CREATE TABLE rate_limit_counters (key text PRIMARY KEY, window_start timestamptz NOT NULL, window_end timestamptz NOT NULL, hits integer NOT NULL)`);
    await db.end();
    stores.push(new RateLimitStore(url), new RateLimitStore(url));
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.onApplicationShutdown()));
  });

  const limit = { limit: 25, windowSeconds: 300 };

  it('gives 60 concurrent hits on one key through two stores the places 1…60, and allows exactly the first 25', async () => {
    const [a, b] = stores;
    const hits = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).hit([{ key: 'write:user:u1', limit }])));
    const places = hits.map(([h]) => h.hits).sort((x, y) => x - y);
    expect(places).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(hits.filter(([h]) => h.allowed)).toHaveLength(25);
    expect(hits.every(([h]) => h.allowed === h.hits <= 25)).toBe(true);
    // 301 at most: a statement timed just before the one that opened the window commits after it.
    expect(hits.every(([h]) => h.retryAfterSeconds >= 1 && h.retryAfterSeconds <= 301)).toBe(true);
  });

  it('keeps keys apart in one batch, and a call with several keys gets each key\'s own count', async () => {
    const [a] = stores;
    const calls = await Promise.all([
      a.hit([{ key: 'k:x', limit }, { key: 'k:y', limit }]),
      a.hit([{ key: 'k:x', limit }]),
      a.hit([{ key: 'k:x', limit }]),
      a.hit([{ key: 'k:z', limit: { limit: 1, windowSeconds: 60 } }]),
      a.hit([{ key: 'k:z', limit: { limit: 1, windowSeconds: 60 } }]),
    ]);
    expect(calls[0].map((h) => h.key)).toEqual(['k:x', 'k:y']);
    expect(calls[0][1]).toMatchObject({ hits: 1, allowed: true });
    expect(calls.slice(0, 3).map((c) => c[0].hits).sort()).toEqual([1, 2, 3]);
    expect(calls.slice(3).map((c) => c[0].allowed).sort()).toEqual([false, true]);
  });

  it('restarts an ended window on the next hit, at the time the caller gives', async () => {
    const [a] = stores;
    const t0 = new Date('2026-01-01T00:00:00Z');
    const w = { limit: 2, windowSeconds: 10 };
    expect((await a.hit([{ key: 'k:w', limit: w }], t0))[0]).toMatchObject({ hits: 1, allowed: true, retryAfterSeconds: 10 });
    expect((await a.hit([{ key: 'k:w', limit: w }], new Date(t0.getTime() + 4000)))[0]).toMatchObject({ hits: 2, allowed: true, retryAfterSeconds: 6 });
    expect((await a.hit([{ key: 'k:w', limit: w }], new Date(t0.getTime() + 5000)))[0]).toMatchObject({ hits: 3, allowed: false, retryAfterSeconds: 5 });
    expect((await a.hit([{ key: 'k:w', limit: w }], new Date(t0.getTime() + 10_000)))[0]).toMatchObject({ hits: 1, allowed: true, retryAfterSeconds: 10 });
  });

  it('fails every call of a batch whose statement fails, and serves the next ones', async () => {
    const store = new RateLimitStore(url.replace(/\/[^/]*$/, '/no_such_database_here'));
    try {
      const calls = await Promise.allSettled([store.hit([{ key: 'k:e', limit }]), store.hit([{ key: 'k:e', limit }])]);
      expect(calls.map((c) => c.status)).toEqual(['rejected', 'rejected']);
    } finally {
      await store.onApplicationShutdown();
    }
    expect((await stores[0].hit([{ key: 'k:after', limit }]))[0]).toMatchObject({ hits: 1, allowed: true });
  });
});
