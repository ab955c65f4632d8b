import { ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import type { DataSource } from 'typeorm';
import { PostgresEventStore, UpcasterRegistry } from '@ledger/platform/event-store';
import { AuditChainProjection, chainHead, verifyChain as verifyOn, type Sql, type VerifyOptions } from '@ledger/audit';
import { ProjectionRunner, rebuildProjection } from '@ledger/platform/projection';
import { createTestDatabase } from '../support/database';
import { appendGenerated, appendHistory, HistoryGenerator, readWholeLog } from './support/history';
import { tableChecksum } from './table-checksum';

const SEED = Number(process.env.TEST_SEED ?? 7007) >>> 0;

/** Rebuilds and upcasters change what readers see or where rows live, never the hashes. */
describe('audit chain: rebuilds and upcasting leave every hash as it was', () => {
  let url: string;
  let store: PostgresEventStore;
  let db: DataSource;
  let sql: Sql;
  const generator = new HistoryGenerator(SEED, { programmes: 4, prefix: 'ac' });

  async function project(eventStore: PostgresEventStore) {
    const runner = new ProjectionRunner(db, eventStore, new AuditChainProjection(), { batchSize: 61 });
    await runner.loadCheckpoint();
    return runner.catchUp();
  }
  const chainChecksum = () => tableChecksum(db, 'audit_chain', 'seq');
  /** Verification in a transaction of its own needs a connection of its own (not the pool's next one). */
  async function verifyChain(_sql: Sql, options?: VerifyOptions) {
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      return await verifyOn((text, params) => runner.query(text, params), options);
    } finally {
      await runner.release();
    }
  }

  beforeAll(async () => {
    url = await createTestDatabase('chain');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 6 } });
    await store.migrate();
    db = await openReadModels(url, { poolSize: 4 });
    sql = (text, params) => db.query(text, params);
    await appendHistory(store, generator, 600, 4);
    await project(store);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await store?.close();
  });

  it('a rebuild (shadow table, swap) recomputes the very same chain', async () => {
    const before = await chainChecksum();
    const head = await chainHead(sql);
    expect(before.rows).toBe((await readWholeLog(store)).length);
    const { applied } = await rebuildProjection(db, store, new AuditChainProjection(), { batchSize: 37 });
    expect(applied).toBe(before.rows);
    expect(await chainChecksum()).toEqual(before);
    expect(await chainHead(sql)).toEqual(head);
    expect(await verifyChain(sql)).toMatchObject({ ok: true, checkedEvents: before.rows });
  });

  it('upcasting: readers see new shapes, the chain hashes the stored ones', async () => {
    const before = await chainChecksum();
    const head = await chainHead(sql);
    // Version 2 of two event types: readers now get other data than what is stored.
    const upcasters = new UpcasterRegistry()
      .register('RiskRaised', 1, (d) => ({ ...d, riskOwner: d.ownerName, ownerName: undefined }))
      .register('ProposalRegistered', 1, (d) => ({ ...d, title: String(d.title).toUpperCase() }));
    const upcasting = new PostgresEventStore({ connectionString: url, poolConfig: { max: 4 }, upcasters });
    try {
      const seen = await readWholeLog(upcasting);
      const raised = seen.find((e) => e.type === 'RiskRaised')!;
      expect(raised).toMatchObject({ schemaVersion: 2, data: expect.objectContaining({ riskOwner: expect.any(String) }) });

      // A rebuild through the upcasting store: same hashes.
      await rebuildProjection(db, upcasting, new AuditChainProjection(), { batchSize: 53 });
      expect(await chainChecksum()).toEqual(before);
      expect(await chainHead(sql)).toEqual(head);

      // New events are written as version 2 and chained as stored; the old links are untouched.
      for (let i = 0; i < 40; i++) await appendGenerated(upcasting, generator.next());
      await project(upcasting);
      const [{ v2 }] = await db.query(`SELECT count(*)::int AS v2 FROM events WHERE schema_version = 2`);
      expect(v2).toBeGreaterThan(0);
      const after = await chainHead(sql);
      expect(after.events).toBe(before.rows + 40);
      const [prefix] = await db.query(
        `SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.seq)) AS md5 FROM audit_chain t WHERE t.seq <= $1`,
        [before.rows],
      );
      expect(prefix.md5).toBe(before.md5);
      // The earlier head still verifies, and so does the whole chain.
      expect(await verifyChain(sql, { upTo: head.position, expectedHash: head.hash })).toMatchObject({ ok: true, expectedHead: { matches: true } });
      expect(await verifyChain(sql)).toMatchObject({ ok: true, chainHead: after, checkedEvents: after.events });
      // And a rebuild with either store still gives the same chain.
      const now = await chainChecksum();
      await rebuildProjection(db, store, new AuditChainProjection(), { batchSize: 500 });
      expect(await chainChecksum()).toEqual(now);
    } finally {
      await upcasting.close();
    }
  });
});
