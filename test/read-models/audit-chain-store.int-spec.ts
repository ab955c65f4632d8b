import { ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { AuditChainProjection, verifyChain, type Sql } from '@ledger/audit';
import { ProjectionRunner } from '@ledger/platform/projection';
import { createTestDatabase } from '../support/database';
import { appendHistory, HistoryGenerator } from './support/history';

/**
 * Verification reads the log either through the event store port (`store`: any engine, what
 * the API and the CLI do) or, on PostgreSQL, straight from the events table in the chain's
 * own session (what the tamper test needs). On PostgreSQL both must give the same answer,
 * for an intact log and for one altered behind the trigger's back.
 */
describe('audit chain verification through the event store port agrees with the SQL path on PostgreSQL', () => {
  let url: string;
  let store: PostgresEventStore;
  let db: DataSource;
  let client: Client;
  let sql: Sql;

  beforeAll(async () => {
    url = await createTestDatabase('chainport');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 4 } });
    await store.migrate();
    db = await openReadModels(url, { poolSize: 3 });
    await appendHistory(store, new HistoryGenerator(4242, { programmes: 3, prefix: 'cp' }), 300, 4);
    const runner = new ProjectionRunner(db, store, new AuditChainProjection(), { batchSize: 71 });
    await runner.loadCheckpoint();
    await runner.catchUp();
    client = new Client({ connectionString: url });
    await client.connect();
    sql = async (text, params) => (await client.query(text, params as unknown[])).rows;
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await db?.destroy();
    await store?.close();
  });

  it('the intact log: the same result, page size aside', async () => {
    const bySql = await verifyChain(sql);
    const byStore = await verifyChain(sql, { store, pageSize: 53 });
    expect(bySql).toMatchObject({ ok: true, notYetChained: 0 });
    expect(byStore).toEqual(bySql);
    const upTo = bySql.verifiedThrough!;
    expect(await verifyChain(sql, { store, upTo: upTo.position, expectedHash: upTo.hash })).toEqual(
      await verifyChain(sql, { upTo: upTo.position, expectedHash: upTo.hash }),
    );
  });

  it('an event altered behind the trigger (committed): both name the same position', async () => {
    const [{ global_position: target }] = await sql(
      `SELECT global_position FROM events ORDER BY events.transaction_id, events.global_position OFFSET 150 LIMIT 1`,
    );
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(`UPDATE events SET data = jsonb_set(data, '{tampered}', '"yes"') WHERE global_position = $1`, [target]);
    await client.query('COMMIT');
    const bySql = await verifyChain(sql);
    const byStore = await verifyChain(sql, { store });
    expect(bySql).toMatchObject({ ok: false, firstBreak: { position: Number(target), kind: 'altered' } });
    expect(byStore).toEqual(bySql);
  });

  it('an event moved in the commit order, then one deleted (committed, both before the altered one): both agree', async () => {
    const rows = await sql(
      `SELECT global_position, transaction_id::text AS transaction_id FROM events ORDER BY events.transaction_id, events.global_position LIMIT 120`,
    );
    // Moved: its transaction id set to a later event's (still below the horizon, still stored).
    const [moved, later] = [rows[100], rows[110]];
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(`UPDATE events SET transaction_id = $2::xid8 WHERE global_position = $1`, [moved.global_position, later.transaction_id]);
    await client.query('COMMIT');
    let bySql = await verifyChain(sql);
    expect(bySql.firstBreak).toMatchObject({ kind: 'moved' });
    expect(await verifyChain(sql, { store })).toEqual(bySql);
    const deleted = rows[40];
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(`DELETE FROM events WHERE global_position = $1`, [deleted.global_position]);
    await client.query('COMMIT');
    bySql = await verifyChain(sql);
    expect(bySql).toMatchObject({ ok: false, firstBreak: { position: Number(deleted.global_position), kind: 'removed' } });
    expect(await verifyChain(sql, { store })).toEqual(bySql);
  });
});
