import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { projectionLag, rebuildProjection } from '@ledger/platform/projection';
import { readModelChecksums, shadowTable, type Checksums } from '../../read-models/table-checksum';
import { sleep } from './processes';

/**
 * Waits until every projection has applied the whole log (no event after its checkpoint).
 * Returns how long that took; throws with the lags if it does not happen in time.
 */
export async function waitForProjections(databaseUrl: string, timeoutMs = 30_000): Promise<number> {
  const db = await openReadModels(databaseUrl, { poolSize: 2 });
  const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: databaseUrl, poolConfig: { max: 2 } });
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
  const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: databaseUrl, poolConfig: { max: 4 } });
  const db = await openReadModels(databaseUrl, { poolSize: 4 });
  try {
    // A rebuild reads the log as readers see it: never past the oldest open transaction. A
    // killed process's session can stay open for a moment after the kill (the server has not
    // yet seen its socket close), hiding the last events from the rebuild while the live
    // projections (caught up before the kill) have them. Wait until nothing is held back.
    const deadline = Date.now() + 15_000;
    for (let held = (await store.head()).hold.heldEvents; held > 0; held = (await store.head()).hold.heldEvents) {
      if (Date.now() > deadline) throw new Error(`an open transaction still hides ${held} committed events from readers after 15 s`);
      await sleep(50);
    }
    for (const projection of allProjections()) await rebuildProjection(db, store, projection, { swap: false, batchSize: 2000 });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM events`);
    return { live: await readModelChecksums(db), rebuilt: await readModelChecksums(db, shadowTable), events: n };
  } finally {
    await db.destroy();
    await store.close();
  }
}
