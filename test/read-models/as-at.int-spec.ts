import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresEventStore, type StoredEvent } from '@ledger/platform/event-store';
import { buildProgrammeSnapshot, foldProgrammeRows, programmeAsAt, programmeNow } from '@ledger/programme-views';
import { ProjectionRunner } from '@ledger/platform/projection';
import { createTestDatabase } from '../support/database';
import { appendGenerated, HistoryGenerator, prng, readWholeLog, straddleXidDigitBoundary } from './support/history';

/**
 * As-at correctness, property style (fast-check is not installed: a seeded PRNG;
 * TEST_SEED=n reproduces a run). For random moments T of a generated history,
 * `programmeAsAt(T)` must equal
 *  1. a model folded independently from the whole log (`store.readAll`) filtered
 *     to the events recorded at or before T, and
 *  2. the read models the real projection runner builds in a separate, fresh
 *     database from exactly those events (then read with `programmeNow`).
 */
const SEED = Number(process.env.TEST_SEED ?? Date.now()) >>> 0;
const MOMENTS = 24;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Copies the events recorded in (from, to] into another store, one transaction per original one, in commit order. */
async function copyEvents(source: Pool, target: Pool, from: Date | null, to: Date): Promise<number> {
  const { rows } = await source.query(
    `SELECT transaction_id::text AS tx, stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at
       FROM events WHERE ($1::timestamptz IS NULL OR recorded_at > $1) AND recorded_at <= $2
      ORDER BY events.transaction_id, events.global_position`,
    [from, to],
  );
  const groups = new Map<string, typeof rows>();
  for (const row of rows) groups.set(row.tx, [...(groups.get(row.tx) ?? []), row]);
  const client = await target.connect();
  try {
    for (const group of groups.values()) {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at)
           SELECT * FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::timestamptz[])`,
        [
          group.map((r) => r.stream_id),
          group.map((r) => r.stream_version),
          group.map((r) => r.event_id),
          group.map((r) => r.event_type),
          group.map((r) => r.schema_version),
          group.map((r) => JSON.stringify(r.data)),
          group.map((r) => JSON.stringify(r.metadata)),
          group.map((r) => r.recorded_at),
        ],
      );
      await client.query('COMMIT');
    }
  } finally {
    client.release();
  }
  return rows.length;
}

describe(`as at (seed ${SEED}): the programme at random moments equals the events recorded up to then, folded`, () => {
  let store: PostgresEventStore;
  let db: DataSource;
  let replicaStore: PostgresEventStore;
  let replicaDb: DataSource;

  beforeAll(async () => {
    const url = await createTestDatabase('asat');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 4 } });
    await store.migrate();
    db = await openReadModels(url, { poolSize: 4 });
    const replicaUrl = await createTestDatabase('asat_replica');
    replicaStore = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: replicaUrl, poolConfig: { max: 4 } });
    await replicaStore.migrate();
    replicaDb = await openReadModels(replicaUrl, { poolSize: 4 });
  });

  afterAll(async () => {
    await db?.destroy();
    await store?.close();
    await replicaDb?.destroy();
    await replicaStore?.close();
  });

  it('for at least 20 random moments T: as-at = fold(events recorded ≤ T) = projection of those events', async () => {
    const generator = new HistoryGenerator(SEED, { programmes: 2, prefix: 'asat' });
    const random = prng(SEED ^ 0xa5a7);
    // The history straddles a power of ten of transaction ids: commit order must compare them as numbers.
    await straddleXidDigitBoundary(store.pool, 150);
    // One writer, small pauses: recorded-at values differ (and some coincide to the millisecond).
    let appended = 0;
    while (appended < 400) {
      const next = generator.next();
      await appendGenerated(store, next);
      appended += next.events.length;
      if (random.chance(0.7)) await sleep(random.int(0, 3));
    }
    const log = await readWholeLog(store);
    const programmes = generator.programmes.map((p) => p.id);
    expect(programmes).toHaveLength(2);
    // One writer: commit order is recorded order (the replica below relies on it).
    for (let i = 1; i < log.length; i++) expect(log[i].recordedAt.getTime()).toBeGreaterThanOrEqual(log[i - 1].recordedAt.getTime());
    const times = log.map((e) => e.recordedAt.getTime());
    expect(new Set(times).size).toBeGreaterThan(50);

    // Random moments: anywhere in the history, exactly at an event, a millisecond before one; and before it all.
    const first = times[0];
    const last = times[times.length - 1];
    const moments = new Set<number>([first - 1, last + 1]);
    while (moments.size < MOMENTS + 2) {
      const kind = random.int(0, 2);
      if (kind === 0) moments.add(random.int(first - 2, last + 2));
      else if (kind === 1) moments.add(random.pick(times));
      else moments.add(random.pick(times) - 1);
    }
    const sorted = [...moments].sort((a, b) => a - b);

    let previous: Date | null = null;
    let compared = 0;
    const runners = allProjections().map((p) => new ProjectionRunner(replicaDb, replicaStore, p));
    for (const runner of runners) await runner.loadCheckpoint();
    for (const ms of sorted) {
      const at = new Date(ms);
      const recorded: StoredEvent[] = log.filter((e) => e.recordedAt.getTime() <= ms);

      // The same events, projected by the real runner into the replica's read models.
      await copyEvents(store.pool, replicaStore.pool, previous, at);
      previous = at;
      for (const runner of runners) await runner.catchUp();

      for (const programmeId of programmes) {
        const asAt = await programmeAsAt(db, store, programmeId, at);
        const label = { at: at.toISOString(), programmeId, recorded: recorded.length };
        expect(asAt.events.every((e) => e.recordedAt.getTime() <= ms)).toBe(true);

        const rows = foldProgrammeRows(recorded, programmeId);
        const folded = rows && buildProgrammeSnapshot(rows);
        expect({ ...label, snapshot: asAt.snapshot }).toEqual({ ...label, snapshot: folded });

        const projected = await programmeNow(replicaDb, programmeId);
        expect({ ...label, snapshot: asAt.snapshot }).toEqual({ ...label, snapshot: projected });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(2 * 20);
    // Before the first event there was no programme; after the last, as-at is the programme now.
    const [before, after] = [sorted[0], sorted[sorted.length - 1]];
    expect((await programmeAsAt(db, store, programmes[0], new Date(before))).snapshot).toBeNull();
    for (const runner of allProjections().map((p) => new ProjectionRunner(db, store, p))) {
      await runner.loadCheckpoint();
      await runner.catchUp();
    }
    for (const programmeId of programmes) {
      expect((await programmeAsAt(db, store, programmeId, new Date(after))).snapshot).toEqual(await programmeNow(db, programmeId));
    }
  }, 60_000);
});
