import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createReadModelDataSource, dropUncleanConnections } from '@ledger/catalogue';
import { createTestDatabase } from '../support/database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A transaction whose statement outlives the client-side query timeout must not leave its
 * connection, still inside that transaction, for the next borrower to commit. With one
 * connection in the pool: the first transaction writes a row, then waits past the timeout
 * (its ROLLBACK times out too, queued behind the slow statement); the second transaction
 * writes another row and commits. Only the second row may be there.
 */
describe('read models: a query timeout never lets half a transaction be committed by the next one', () => {
  let url: string;
  let check: Client;

  beforeAll(async () => {
    url = await createTestDatabase('qtimeout');
    check = new Client({ connectionString: url });
    await check.connect();
    await check.query('CREATE TABLE marks (name text PRIMARY KEY)');
  });

  afterAll(async () => {
    await check?.end();
  });

  async function run(guarded: boolean): Promise<string[]> {
    await check.query('TRUNCATE marks');
    const db: DataSource = createReadModelDataSource(url, { poolSize: 1, queryTimeoutMs: 300 });
    await db.initialize();
    if (guarded) dropUncleanConnections(db);
    try {
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`INSERT INTO marks VALUES ('half-done')`);
          await tx.query('SELECT pg_sleep(1)');
        }),
      ).rejects.toThrow(/timeout/i);
      await sleep(1_500); // the slow statement ends on the server; its transaction is still open there
      await db.transaction(async (tx) => {
        await tx.query(`INSERT INTO marks VALUES ('next')`);
      });
      const { rows } = await check.query('SELECT name FROM marks ORDER BY name');
      return rows.map((r) => r.name as string);
    } finally {
      await db.destroy().catch(() => undefined);
    }
  }

  it('without the guard the hazard is real (the next transaction commits the half-done row)', async () => {
    expect(await run(false)).toEqual(['half-done', 'next']);
  });

  it('with it, only the next transaction is committed', async () => {
    expect(await run(true)).toEqual(['next']);
  });
});
