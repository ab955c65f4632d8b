import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { ProjectionRunner } from '@ledger/platform/projection';
import { verifyChain } from '@ledger/audit';
import { appendHistory, HistoryGenerator, readWholeLog } from '../read-models/support/history';
import { FAULT_JWT_SECRET } from './support/command-load';
import { findDumpToolsBinDir, PostgresServer, serverMajorVersion } from './support/postgres-server';
import { freePort, killHard, startApi, waitForHttp } from './support/processes';
import { liveAndRebuilt } from './support/read-models';

/**
 * Backup and restore into a NEW server, then new appends. Transaction ids restart on a
 * new server: the restored log's ordering keys are higher than those the new server
 * hands out, so a store ordering its log by transaction id alone writes the new events
 * BEFORE the projectors' restored checkpoints, and they skip them. The store detects a
 * restored log at start and moves its ordering key past it (see the README's event store
 * section); here the projections on the restored server must see every new event.
 *
 * pg_dump refuses to dump a server newer than itself, and the embedded package ships no
 * pg_dump: both servers here run the binaries of the directory that holds pg_dump and
 * pg_restore (PG_BIN_DIR, or Debian's /usr/lib/postgresql/<N>/bin).
 */

const SEED = Number(process.env.TEST_SEED ?? Date.now()) >>> 0;
const BIN = findDumpToolsBinDir();
const BEFORE = 1_500;
const AFTER = 600;

async function scalar(url: string, sql: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(sql);
    return String(Object.values(rows[0])[0]);
  } finally {
    await client.end();
  }
}

/** Every projection caught up with the log, in this process. */
async function project(url: string, store: PostgresEventStore): Promise<void> {
  const db = await openReadModels(url, { poolSize: 2 });
  try {
    for (const projection of allProjections()) {
      const runner = new ProjectionRunner(db, store, projection, { batchSize: 500 });
      await runner.loadCheckpoint();
      await runner.catchUp();
    }
  } finally {
    await db.destroy();
  }
}

const describeWithTools = BIN || process.env.CI ? describe : describe.skip;
if (!BIN) console.log(`backup and restore: skipped, no directory with pg_dump, pg_restore and a server of the same version (set PG_BIN_DIR)`);

describeWithTools(`backup with pg_dump, restore with pg_restore into a new server (seed ${SEED})`, () => {
  const servers: PostgresServer[] = [];

  afterAll(async () => {
    for (const server of servers) await server.destroy();
  });

  it('projections on the restored server see every event appended after the restore', async () => {
    if (!BIN) throw new Error('No pg_dump/pg_restore with a server of the same version found: set PG_BIN_DIR');
    // The original server: a history, projected; its transaction ids pushed well past
    // where a fresh server starts, as on any server that has lived a while.
    const old = await PostgresServer.create(BIN, 'backup');
    servers.push(old);
    await old.start();
    const oldUrl = await old.createDatabase('ledger');
    const oldStore = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: oldUrl, poolConfig: { max: 6 } });
    await oldStore.migrate();
    await burnTransactionIds(oldUrl, 20_000);
    const generator = new HistoryGenerator(SEED, { programmes: 12, prefix: 'br' });
    await appendHistory(oldStore, generator, BEFORE, 4);
    await project(oldUrl, oldStore);
    const oldMaxXid = await scalar(oldUrl, `SELECT max(transaction_id)::text FROM events`);
    await oldStore.close();

    const dump = join(old.root, 'ledger.dump');
    execFileSync(join(BIN, 'pg_dump'), ['--format=custom', '--file', dump, '--dbname', 'ledger'], { env: old.clientEnv(), stdio: 'pipe' });
    await old.stop();

    // A new server: a new cluster, its transaction ids start again from the beginning.
    const fresh = await PostgresServer.create(BIN, 'restore');
    servers.push(fresh);
    await fresh.start();
    const url = await fresh.createDatabase('ledger');
    execFileSync(join(BIN, 'pg_restore'), ['--dbname', 'ledger', '--no-owner', '--exit-on-error', dump], { env: fresh.clientEnv(), stdio: 'pipe' });
    const freshXid = await scalar(url, `SELECT pg_current_xact_id()::text`);
    const restored = Number(await scalar(url, `SELECT count(*) FROM events`));
    const restoredMaxPosition = await scalar(url, `SELECT max(global_position) FROM events`);
    // The case this test is about: the new server's ids are below the restored log's.
    expect(BigInt(freshXid)).toBeLessThan(BigInt(oldMaxXid));

    // The API starts on the restored database: its start-up check moves the log clock on, and it says so.
    const port = await freePort();
    const api = startApi(url, port, FAULT_JWT_SECRET);
    let clock: string;
    try {
      await waitForHttp(`http://127.0.0.1:${port}/health`, api);
      clock = /event log clock: epoch 1 \(a restored log[^\n]*/.exec(api.output.join(''))?.[0] ?? `(no clock line in the API's log)`;
    } finally {
      await killHard(api);
    }
    expect(clock).toMatch(/^event log clock: epoch 1/);
    // Every later start finds the clock ahead of the log: nothing moves. New events come in.
    const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 6 } });
    expect(await store.migrate()).toEqual([]);
    await appendHistory(store, generator, AFTER, 4);
    await project(url, store);

    const log = await readWholeLog(store);
    const total = Number(await scalar(url, `SELECT count(*) FROM events`));
    const newEvents = total - restored;
    const firstNewKey = await scalar(url, `SELECT min(transaction_id)::text FROM events WHERE global_position > ${restoredMaxPosition}`);
    const projected = Number(await scalar(url, `SELECT count(*) FROM audit_history`));
    const behind = Number(
      await scalar(
        url,
        `SELECT count(*) FROM projection_checkpoints c JOIN events e ON (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position) WHERE c.name NOT LIKE '%#%'`,
      ),
    );
    // The audit chain links the restored and the new events in one order, and verifies.
    const chain = await verifyChain(async (text, params) => (await store.pool.query(text, params)).rows);
    await store.close();
    const { live, rebuilt } = await liveAndRebuilt(url);
    console.log(
      [
        `Backup and restore (PostgreSQL ${serverMajorVersion(BIN)} from ${BIN}): ${restored} events restored (ordering keys up to ${oldMaxXid}); the new server's transaction ids start at ${freshXid}`,
        `  the API at start: ${clock}`,
        `  new events appended after the restore: ${newEvents} (first ordering key ${firstNewKey}); read in commit order: ${log.length}/${total}; ` +
          `projected: ${projected}/${total}, skipped: ${total - projected}, events after a checkpoint: ${behind}; read models equal a rebuild: ${JSON.stringify(live) === JSON.stringify(rebuilt)}; ` +
          `audit chain verified: ${chain.ok} (${chain.checkedEvents} events)`,
      ].join('\n'),
    );
    expect(newEvents).toBeGreaterThanOrEqual(AFTER);
    expect(log.length).toBe(total);
    expect(projected).toBe(total);
    expect(behind).toBe(0);
    expect(live).toEqual(rebuilt);
    expect({ ok: chain.ok, checked: chain.checkedEvents, notYetChained: chain.notYetChained }).toEqual({ ok: true, checked: total, notYetChained: 0 });
  }, 120_000);
});

/** Moves the server's transaction-id counter on by `count` (sub-transactions, in chunks). */
async function burnTransactionIds(url: string, count: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (let left = count; left > 0; left -= 10_000) {
      await client.query(`
        DO $$
        BEGIN
          CREATE TEMP TABLE IF NOT EXISTS xid_burn (n int) ON COMMIT DROP;
          FOR i IN 1..${Math.min(left, 10_000)} LOOP
            BEGIN
              INSERT INTO xid_burn VALUES (i);
            EXCEPTION WHEN others THEN NULL;
            END;
          END LOOP;
        END $$`);
    }
  } finally {
    await client.end();
  }
}
