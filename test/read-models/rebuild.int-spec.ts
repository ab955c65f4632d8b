import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import type { DataSource } from 'typeorm';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { programmeNow } from '@ledger/programme-views';
import { ProjectionRunner, Projector, rebuildProjection, type Projection } from '@ledger/platform/projection';
import { createTestDatabase } from '../support/database';
import { appendGenerated, appendHistory, HistoryGenerator, straddleXidDigitBoundary } from './support/history';
import { readModelChecksums, shadowTable, type Checksums } from './table-checksum';

const SEED = Number(process.env.TEST_SEED ?? 20051) >>> 0;
const EVENTS = 3000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every projection's checkpoint has reached the last event of the log (in commit order). */
async function caughtUp(db: DataSource): Promise<boolean> {
  const [row] = await db.query(
    `WITH last AS (SELECT transaction_id, global_position FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1)
     SELECT count(*)::int AS behind FROM projection_checkpoints c, last
      WHERE c.name NOT LIKE '%#%' AND (c.transaction_id, c.global_position) < (last.transaction_id, last.global_position)`,
  );
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM projection_checkpoints WHERE name NOT LIKE '%#%'`);
  return row.behind === 0 && n === allProjections().length;
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await sleep(20);
  }
}

/** The audit history holds every event of the log exactly once. */
async function auditExactlyOnce(db: DataSource) {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM events) AS events,
            (SELECT count(*)::int FROM audit_history) AS rows,
            (SELECT count(DISTINCT global_position)::int FROM audit_history) AS distinct_rows,
            (SELECT count(*)::int FROM events e FULL JOIN audit_history a USING (global_position)
              WHERE e.global_position IS NULL OR a.global_position IS NULL
                 OR a.event_id <> e.event_id OR a.transaction_id <> e.transaction_id) AS mismatched`,
  );
  return row as { events: number; rows: number; distinct_rows: number; mismatched: number };
}

describe('rebuild a projection into shadow tables and swap it in (real PostgreSQL)', () => {
  let url: string;
  let store: PostgresEventStore;
  let db: DataSource;
  let generator: HistoryGenerator;
  let projected: Checksums;
  let xidBoundary: bigint | null;

  async function projectAll(projections: Projection[] = allProjections()) {
    for (const p of projections) {
      const runner = new ProjectionRunner(db, store, p, { batchSize: 500 });
      await runner.loadCheckpoint();
      await runner.catchUp();
    }
  }

  beforeAll(async () => {
    url = await createTestDatabase('rebuild');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 10 } });
    await store.migrate();
    db = await openReadModels(url, { poolSize: 12 });
    generator = new HistoryGenerator(SEED, { programmes: 12, prefix: 'rb' });
    // The history straddles a power of ten of transaction ids (…999 → …000): commit order must be numeric.
    xidBoundary = await straddleXidDigitBoundary(store.pool);
    await appendHistory(store, generator, EVENTS, 4);
    await projectAll();
    projected = await readModelChecksums(db);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await store?.close();
  });

  it('rebuilding each projection (with swap) gives the very same tables, twice over', async () => {
    const [log] = await db.query(`SELECT count(*)::int AS events, min(transaction_id)::text AS first, max(transaction_id)::text AS last FROM events`);
    if (xidBoundary !== null) {
      expect(BigInt(log.first)).toBeLessThan(xidBoundary);
      expect(BigInt(log.last)).toBeGreaterThanOrEqual(xidBoundary);
    }
    expect(log.events).toBeGreaterThanOrEqual(EVENTS);
    expect(projected.audit_history.rows).toBe(log.events);
    for (const table of ['programme_view', 'proposal_view', 'benefit_view', 'milestone_view', 'risk_view', 'decision_view', 'audit_labels']) {
      expect({ table, rows: projected[table].rows > 0 }).toEqual({ table, rows: true });
    }
    const checkpoints = async () => db.query(`SELECT name, transaction_id::text, global_position FROM projection_checkpoints ORDER BY name`);
    const before = await checkpoints();
    // Twice: the second round rebuilds tables that were themselves swapped in (index and constraint names included).
    for (let round = 0; round < 2; round++) {
      for (const projection of allProjections()) {
        let progressCalls = 0;
        const { applied } = await rebuildProjection(db, store, projection, { batchSize: 700, onProgress: () => (progressCalls += 1) });
        expect({ projection: projection.name, applied }).toEqual({ projection: projection.name, applied: projected.audit_history.rows });
        expect(progressCalls).toBeGreaterThan(1);
        expect(await readModelChecksums(db)).toEqual(projected);
      }
    }
    // The live checkpoints are where they were; no rebuild checkpoint or shadow table is left behind.
    expect(await checkpoints()).toEqual(before);
    const leftovers = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND (tablename LIKE '%\\_\\_shadow' OR tablename LIKE '%\\_\\_old')`);
    expect(leftovers).toEqual([]);
    // And the swapped-in tables go on projecting: new events land once.
    await appendGenerated(store, generator.next());
    await projectAll();
    expect(await auditExactlyOnce(db)).toEqual(expect.objectContaining({ mismatched: 0 }));
  }, 60_000);

  it('while a rebuild runs, the live tables keep answering queries', async () => {
    const programmeId = generator.programmes[0].id;
    const expectedProgramme = await programmeNow(db, programmeId);
    const [{ count: expectedCount }] = await db.query(`SELECT count(*)::int AS count FROM audit_history`);
    const before = await readModelChecksums(db);
    let rebuilding = true;
    const answered: { ms: number; ok: boolean }[] = [];
    const reader = async () => {
      while (rebuilding) {
        const started = Date.now();
        const [programme, [{ count }], page] = await Promise.all([
          programmeNow(db, programmeId),
          db.query(`SELECT count(*)::int AS count FROM audit_history`),
          db.query(`SELECT global_position, sentence FROM audit_history WHERE programme_id = $1 ORDER BY global_position DESC LIMIT 50`, [programmeId]),
        ]);
        answered.push({
          ms: Date.now() - started,
          ok: count === expectedCount && page.length > 0 && JSON.stringify(programme) === JSON.stringify(expectedProgramme),
        });
        await sleep(5);
      }
    };
    const readers = [reader(), reader()];
    const startedAt = Date.now();
    try {
      // Small batches: the rebuild takes a while, and the readers see the live tables all along.
      for (const projection of allProjections().filter((p) => ['audit-history', 'proposals', 'programmes'].includes(p.name))) {
        await rebuildProjection(db, store, projection, { batchSize: 100 });
      }
    } finally {
      rebuilding = false;
      await Promise.all(readers);
    }
    const rebuildMs = Date.now() - startedAt;
    expect(answered.length).toBeGreaterThanOrEqual(10);
    expect(answered.filter((a) => !a.ok)).toEqual([]);
    // Only the swap itself (an exclusive lock held for a last catch-up and three renames) may pause a reader.
    const slowest = Math.max(...answered.map((a) => a.ms));
    expect(slowest).toBeLessThan(Math.max(2000, rebuildMs / 2));
    expect(await readModelChecksums(db)).toEqual(before);
  }, 60_000);

  it('a rebuild while new events keep arriving ends with every event applied exactly once', async () => {
    const projector = new Projector(db, store, allProjections(), { databaseUrl: url, batchSize: 50, idleMs: 5, takeoverMs: 100 });
    projector.start();
    let appending = true;
    let appendedDuringRebuild = 0;
    const writer = async () => {
      while (appending) {
        const next = generator.next();
        await appendGenerated(store, next);
        appendedDuringRebuild += next.events.length;
        await sleep(generator.random.int(0, 4));
      }
    };
    const writers = [writer(), writer()];
    try {
      await sleep(50);
      // Every projection, the audit history (two tables) twice: the live projector and the writers never stop.
      for (const projection of [...allProjections(), ...allProjections().filter((p) => p.name === 'audit-history')]) {
        await rebuildProjection(db, store, projection, { batchSize: 250 });
      }
    } finally {
      appending = false;
      await Promise.all(writers);
    }
    try {
      await waitUntil('the live projector to catch up', () => caughtUp(db));
    } finally {
      await projector.stop();
    }
    expect(appendedDuringRebuild).toBeGreaterThan(20);
    const audit = await auditExactlyOnce(db);
    expect(audit).toEqual({ events: audit.events, rows: audit.events, distinct_rows: audit.events, mismatched: 0 });

    // And every table equals a fresh rebuild from the log (into shadow tables, no swap).
    for (const projection of allProjections()) await rebuildProjection(db, store, projection, { swap: false, batchSize: 2000 });
    expect(await readModelChecksums(db, shadowTable)).toEqual(await readModelChecksums(db));
  }, 90_000);

  it('once caught up, the projector reads the log once a round for all its projections, and new events still reach each', async () => {
    const projector = new Projector(db, store, allProjections(), { databaseUrl: url, batchSize: 500, idleMs: 10, takeoverMs: 100 });
    projector.start();
    try {
      await waitUntil('the projector to catch up', () => caughtUp(db));
      const rounds = jest.spyOn(projector as unknown as { sleep: (ms: number) => Promise<void> }, 'sleep');
      const reads = jest.spyOn(store, 'readAll');
      await waitUntil('20 idle rounds', async () => rounds.mock.calls.length >= 20);
      const [idleRounds, idleReads] = [rounds.mock.calls.length, reads.mock.calls.length];
      reads.mockRestore();
      rounds.mockRestore();
      // One read a round (the round in progress when counting began or ended adds one);
      // a read per projection would be allProjections().length times as many.
      expect(idleReads).toBeGreaterThanOrEqual(idleRounds - 1);
      expect(idleReads).toBeLessThanOrEqual(idleRounds + 1);

      await appendHistory(store, generator, 200, 2);
      await waitUntil('the projector to apply the new events', () => caughtUp(db));
      const audit = await auditExactlyOnce(db);
      expect(audit).toEqual({ events: audit.events, rows: audit.events, distinct_rows: audit.events, mismatched: 0 });
    } finally {
      await projector.stop();
    }
  }, 60_000);
});
