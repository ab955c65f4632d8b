import { PostgresEventStore } from '@ledger/event-store';
import { allProjections, openReadModels, projectionLag, rebuildProjection } from '@ledger/read-models';
import { readModelChecksums, shadowTable, type Checksums } from '../../read-models/table-checksum';
import { sleep } from './processes';

/**
 * Waits until every projection has applied the whole log (no event after its checkpoint).
 * Returns how long that took; throws with the lags if it does not happen in time.
 */
export async function waitForProjections(databaseUrl: string, timeoutMs = 30_000): Promise<number> {
  const db = await openReadModels(databaseUrl, { poolSize: 2 });
  const store = new PostgresEventStore({ connectionString: databaseUrl, poolConfig: { max: 2 } });
  const started = Date.now();
  try {
    for (;;) {
      const lags = await projectionLag(db, store);
      const names = new Set(lags.map((l) => l.name));
      const behind = lags.filter((l) => l.eventsBehind > 0);
      if (behind.length === 0 && allProjections().every((p) => names.has(p.name))) return Date.now() - started;
      if (Date.now() - started > timeoutMs) {
        throw new Error(`projections still behind after ${timeoutMs} ms: ${JSON.stringify(lags.map((l) => [l.name, l.eventsBehind]))}`);
      }
      await sleep(100);
    }
  } finally {
    await db.destroy();
    await store.close();
  }
}

/**
 * Rebuilds every projection from the log into shadow tables (the live ones untouched) and
 * returns the checksums of both, table by table: equal means nothing was skipped or applied twice.
 * Run it with no writer and no projector at work.
 */
export async function liveAndRebuilt(databaseUrl: string): Promise<{ live: Checksums; rebuilt: Checksums; events: number }> {
  const store = new PostgresEventStore({ connectionString: databaseUrl, poolConfig: { max: 4 } });
  const db = await openReadModels(databaseUrl, { poolSize: 4 });
  try {
    for (const projection of allProjections()) await rebuildProjection(db, store, projection, { swap: false, batchSize: 2000 });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM events`);
    return { live: await readModelChecksums(db), rebuilt: await readModelChecksums(db, shadowTable), events: n };
  } finally {
    await db.destroy();
    await store.close();
  }
}
