import { allProjections, ledgerUpcasters, openReadModels, ROW_PROJECTIONS } from '@ledger/catalogue';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { rebuildProjection } from '@ledger/platform/projection';
import { createTestDatabase } from '../support/database';
import { appendHistory, HistoryGenerator, prng, readWholeLog, straddleXidDigitBoundary } from './support/history';
import { readModelChecksums, shadowTable } from './table-checksum';

/**
 * The crash test: a projector process is killed at random points of a long
 * catch-up, 20 times, and restarted each time; at the end its read models must
 * equal a fresh rebuild from the log, table by table (checksums of every row).
 *
 * The projector runs in a child process (test/read-models/support/projector-child.ts),
 * loaded straight from the TypeScript sources by a tiny require hook
 * (support/register.js, on the `typescript` package): no build step, so the test
 * always exercises the current sources, on a fresh clone too.
 */

const SEED = Number(process.env.TEST_SEED ?? Date.now()) >>> 0;
const EVENTS = 6000;
const KILLS = 20;
const ROOT = join(__dirname, '../..');
const REGISTER = join(__dirname, 'support/register.js');
const CHILD = join(__dirname, 'support/projector-child.ts');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: string[];
}

function startProjector(databaseUrl: string): Child {
  const child = spawn(process.execPath, ['-r', REGISTER, CHILD], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, BATCH_SIZE: '50' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('ready')) resolve();
    });
    child.on('exit', () => reject(new Error(`projector child exited before it was ready:\n${output.join('')}`)));
  });
  ready.catch(() => undefined);
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { process: child, ready, exited, output };
}

describe(`projector crash test (seed ${SEED}): killed at random points of a long catch-up, 20 times`, () => {
  let url: string;
  let store: PostgresEventStore;
  let db: DataSource;
  const children = new Set<Child>();

  beforeAll(async () => {
    url = await createTestDatabase('crash');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 8 } });
    await store.migrate();
    db = await openReadModels(url, { poolSize: 6 });
  });

  afterAll(async () => {
    for (const child of children) child.process.kill('SIGKILL');
    await Promise.all([...children].map((c) => c.exited));
    await db?.destroy();
    await store?.close();
  });

  it('the read models equal a fresh rebuild, and at every crash rows and checkpoint agree', async () => {
    const generator = new HistoryGenerator(SEED, { programmes: 40, prefix: 'cr' });
    await straddleXidDigitBoundary(store.pool, 2000);
    await appendHistory(store, generator, EVENTS, 6);
    const log = await readWholeLog(store);
    expect(log.length).toBeGreaterThanOrEqual(EVENTS);
    expect(new Set(log.map((e) => e.streamId)).size).toBeGreaterThan(300);
    // Where each log position stands in commit order (1-based): "how many events a checkpoint covers".
    const rank = new Map(log.map((e, i) => [`${e.transactionId}/${e.globalPosition}`, i + 1]));
    const names = allProjections().map((p) => p.name);
    const total = log.length * names.length;

    type Queries = { query(sql: string, parameters?: unknown[]): Promise<any> };

    /** Events applied, summed over every projection, from the committed checkpoints. */
    async function progress(q: Queries = db): Promise<{ sum: number; byName: Record<string, number> }> {
      const rows: { name: string; tx: string; pos: string }[] = await q.query(
        `SELECT name, transaction_id::text AS tx, global_position AS pos FROM projection_checkpoints WHERE name NOT LIKE '%#%'`,
      );
      const byName: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
      for (const r of rows) byName[r.name] = r.pos === '0' ? 0 : rank.get(`${r.tx}/${r.pos}`)!;
      return { sum: Object.values(byName).reduce((a, b) => a + b, 0), byName };
    }

    /**
     * In one snapshot (another projector may still be running): every table holds
     * exactly what its committed checkpoint covers, nothing more, nothing less.
     */
    async function expectRowsMatchCheckpoints(): Promise<{ sum: number; audit: number }> {
      const q = db.createQueryRunner();
      try {
        await q.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        const { sum, byName } = await progress(q);
        const [audit] = await q.query(`SELECT count(*)::int AS rows, count(DISTINCT global_position)::int AS distinct_rows FROM audit_history`);
        expect(audit).toEqual({ rows: byName['audit-history'], distinct_rows: byName['audit-history'] });
        for (const definition of Object.values(ROW_PROJECTIONS)) {
          // A row never carries an event beyond its projection's checkpoint.
          const [{ beyond }] = await q.query(
            `SELECT count(*)::int AS beyond
               FROM "${definition.table}" t JOIN events e ON e.global_position = t.last_position
               JOIN projection_checkpoints c ON c.name = $1
              WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)`,
            [definition.name],
          );
          expect({ table: definition.table, beyond }).toEqual({ table: definition.table, beyond: 0 });
        }
        return { sum, audit: byName['audit-history'] };
      } finally {
        await q.query('COMMIT').catch(() => undefined);
        await q.release();
      }
    }

    const random = prng(SEED ^ 0x5eed);
    const start = () => {
      const child = startProjector(url);
      children.add(child);
      return child;
    };
    const kills: { at: number; after: number; audit: number; how: string; live: number }[] = [];
    let live = [start()];
    await live[0].ready;
    for (let i = 0; i < KILLS; i++) {
      // A random point in the i-th slice of the whole catch-up, plus a random few milliseconds,
      // so kills land all along it, between batches and inside their transactions. Progress is
      // the audit history's: it reads every event, so its checkpoint moves with every batch
      // (a projection that ignores a batch moves its checkpoint lazily).
      const target = Math.floor((log.length * (i + random.next())) / (KILLS + 1));
      const deadline = Date.now() + 30_000;
      while ((await progress()).byName['audit-history'] < target) {
        if (Date.now() > deadline) throw new Error(`no progress to ${target}/${total}:\n${[...children].map((c) => c.output.join('')).join('\n---\n')}`);
        await sleep(random.int(1, 10));
      }
      await sleep(random.int(0, 25));
      const victim = live[random.int(0, live.length - 1)];
      // Half the time SIGKILL from outside, half the time process.exit from inside (wherever it is).
      const how = i % 2 === 0 ? 'SIGKILL' : 'process.exit';
      if (how === 'SIGKILL') victim.process.kill('SIGKILL');
      else victim.process.stdin!.write('exit\n');
      const { code, signal } = await victim.exited;
      expect({ how, code, signal, output: code === 1 ? victim.output.join('') : '' }).toEqual(
        how === 'SIGKILL' ? { how, code: null, signal: 'SIGKILL', output: '' } : { how, code: 99, signal: null, output: '' },
      );
      children.delete(victim);
      live = live.filter((c) => c !== victim);
      const after = await expectRowsMatchCheckpoints();
      kills.push({ at: target, after: after.sum, audit: after.audit, how, live: live.length });
      // Restart. Now and then two projectors: one is active per projection, the other waits; the
      // next kill then takes one of them and the survivor takes over, until it is killed in turn.
      if (live.length === 0) {
        live.push(start());
        if (i % 4 === 1) live.push(start());
      }
      await Promise.all(live.map((c) => c.ready));
    }

    // Let it finish.
    const deadline = Date.now() + 60_000;
    while ((await progress()).sum < total) {
      if (Date.now() > deadline) throw new Error(`the projector did not finish:\n${live.map((c) => c.output.join('')).join('\n---\n')}`);
      await sleep(20);
    }
    for (const child of live) child.process.kill('SIGKILL');
    await Promise.all(live.map((c) => c.exited));

    // The kills were spread over the catch-up, not after it.
    expect(kills).toHaveLength(KILLS);
    expect(kills.filter((k) => k.audit < log.length).length).toBeGreaterThanOrEqual(KILLS - 1);
    expect(new Set(kills.map((k) => k.audit)).size).toBeGreaterThanOrEqual(KILLS - 2);

    // The read models equal a fresh rebuild from the log (shadow tables, no swap), every row of every table.
    expect((await expectRowsMatchCheckpoints()).sum).toBe(total);
    for (const projection of allProjections()) await rebuildProjection(db, store, projection, { swap: false, batchSize: 2000 });
    const shadow = await readModelChecksums(db, shadowTable);
    expect(await readModelChecksums(db)).toEqual(shadow);
    expect(shadow.audit_history.rows).toBe(log.length);
  }, 110_000);
});
