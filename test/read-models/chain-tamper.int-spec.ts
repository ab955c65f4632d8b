import { ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresEventStore, RAW_EVENT_COLUMNS, type RawEventRow } from '@ledger/platform/event-store';
import { AuditChainProjection, chainHash, chainHead, GENESIS_HASH, verifyChain, type ChainPoint, type Sql } from '@ledger/audit';
import { ProjectionRunner } from '@ledger/platform/projection';
import { createTestDatabase } from '../support/database';
import { appendGenerated, appendHistory, HistoryGenerator, prng } from './support/history';

/**
 * The tamper test: someone with the database's superuser rights changes the log
 * behind the application's back — the immutability trigger switched off for their
 * session — by altering, deleting or inserting one event row at a random place.
 * Verification must name exactly that position, every time.
 *
 * Each trial runs in a transaction that is rolled back afterwards (so every trial
 * starts from the same intact log and chain); verification reads through the same
 * session and so sees the tampered rows exactly as a committed change would show them.
 */

const SEED = Number(process.env.TEST_SEED ?? Date.now()) >>> 0;
const TRIALS = 50;
const EVENTS = 400;

type Kind = 'alter' | 'delete' | 'insert';

/** An append rolled back: its position is never used (identity values are not transactional). */
async function leaveUnusedPosition(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata) VALUES ($1, 1, $2, 'RolledBack', '{}', '{}')`,
      [`rolled-back-${randomUUID()}`, randomUUID()],
    );
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
}

/**
 * One append whose transaction takes its id first, then waits while another append
 * commits, then stores its event: it commits with a higher position but a lower
 * transaction id, so it comes earlier in commit order than in position order.
 */
async function appendLate(url: string, store: PostgresEventStore, generator: HistoryGenerator): Promise<void> {
  const late = new Client({ connectionString: url });
  await late.connect();
  try {
    await late.query('BEGIN');
    await late.query('SELECT pg_current_xact_id()');
    await appendGenerated(store, generator.next());
    const { streamId, events, metadata } = generator.next();
    await late.query(`SELECT * FROM append_events($1, 'any', -1, $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])`, [
      streamId,
      events.map(() => randomUUID()),
      events.map((e) => e.type),
      events.map(() => 1),
      events.map((e) => JSON.stringify(e.data)),
      events.map(() => JSON.stringify(metadata)),
    ]);
    await late.query('COMMIT');
  } finally {
    await late.end();
  }
}

interface LogEntry {
  position: number;
  transactionId: string;
}

describe(`audit chain tamper test (seed ${SEED}): one event altered, deleted or inserted behind the trigger's back`, () => {
  let url: string;
  let store: PostgresEventStore;
  let db: DataSource;
  let client: Client;
  let sql: Sql;
  let head: ChainPoint;
  let log: LogEntry[];
  /** Positions no event holds (left by rolled-back appends), all below the last one. */
  let unused: number[];

  beforeAll(async () => {
    url = await createTestDatabase('tamper');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 6 } });
    await store.migrate();
    db = await openReadModels(url, { poolSize: 4 });
    // Four writers at once, and a few transactions that take their id before a later one
    // commits: commit order then differs from position order, as in production.
    const generator = new HistoryGenerator(SEED, { programmes: 5, prefix: 'tp' });
    // Appends rolled back now and then leave unused positions in the middle of the log (as
    // refused appends do in production): a forger can slip an event into one of them.
    for (let part = 0; part < 8; part++) {
      await appendHistory(store, generator, EVENTS / 8, 4);
      if (part === 4) for (let i = 0; i < 3; i++) await appendLate(url, store, generator);
      if (part < 7) await leaveUnusedPosition(url);
    }
    const runner = new ProjectionRunner(db, store, new AuditChainProjection(), { batchSize: 97 });
    await runner.loadCheckpoint();
    await runner.catchUp();
    client = new Client({ connectionString: url });
    await client.connect();
    sql = async (text, params) => (await client.query(text, params as unknown[])).rows;
    head = await chainHead(sql);
    log = (await sql(`SELECT global_position, transaction_id::text FROM events ORDER BY events.transaction_id, events.global_position`)).map((r) => ({
      position: Number(r.global_position),
      transactionId: r.transaction_id,
    }));
    const [{ gaps }] = await sql(
      `SELECT coalesce(array_agg(p ORDER BY p), '{}') AS gaps FROM generate_series(1, (SELECT max(global_position) FROM events)) p
        WHERE NOT EXISTS (SELECT 1 FROM events WHERE global_position = p)`,
    );
    unused = (gaps as string[]).map(Number);
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await db?.destroy();
    await store?.close();
  });

  it('the intact log verifies, and the chain links every event in commit order', async () => {
    const result = await verifyChain(sql);
    expect(result).toMatchObject({ ok: true, firstBreak: null, notYetChained: 0, checkedEvents: log.length });
    expect(head).toEqual({ position: log[log.length - 1].position, hash: expect.stringMatching(/^[0-9a-f]{64}$/), events: log.length });
    expect(result.verifiedThrough).toEqual(head);
    expect(unused.length).toBeGreaterThanOrEqual(7);
    // Commit order is not position order here: the chain follows the commit order.
    expect(log.some((e, i) => i > 0 && e.position < log[i - 1].position)).toBe(true);
    // The first link is the genesis hash chained with the first event, as stored.
    const [first] = (await sql(`SELECT ${RAW_EVENT_COLUMNS} FROM events e WHERE e.global_position = $1`, [log[0].position])) as RawEventRow[];
    const [link] = await sql(`SELECT prev_hash, hash FROM audit_chain WHERE seq = 1`);
    expect(link).toEqual({ prev_hash: GENESIS_HASH, hash: chainHash(GENESIS_HASH, first) });
  });

  it(`${TRIALS} random trials: verification names the position that was altered, deleted or inserted`, async () => {
    const random = prng(SEED ^ 0x7a3b);
    const outcomes: { trial: number; kind: Kind; how: string; expected: number; found: number | null; breakKind: string | null }[] = [];
    const alterations = [
      `data = jsonb_set(data, '{tampered}', '"yes"')`,
      `metadata = jsonb_set(metadata, '{reason}', '"Nothing to see here"')`,
      `metadata = jsonb_set(metadata, '{actor,id}', '"someone-else"')`,
      `event_type = event_type || 'X'`,
      `recorded_at = recorded_at + interval '1 microsecond'`,
      `stream_version = stream_version + 100000`,
      `schema_version = schema_version + 1`,
      `event_id = gen_random_uuid()`,
      `stream_id = stream_id || '-x'`,
    ];
    for (let trial = 1; trial <= TRIALS; trial++) {
      const kind: Kind = (['alter', 'delete', 'insert'] as const)[trial % 3];
      // Two ways a superuser gets past the trigger: replica mode for the session, or switching user triggers off.
      const how = random.chance(0.5) ? 'session_replication_role = replica' : 'ALTER TABLE events DISABLE TRIGGER USER';
      await client.query('BEGIN');
      try {
        await client.query(how.startsWith('ALTER') ? how : `SET LOCAL ${how}`);
        let expected: number;
        if (kind === 'alter') {
          const target = random.pick(log);
          const change = random.pick(alterations);
          const res = await client.query(`UPDATE events SET ${change} WHERE global_position = $1`, [target.position]);
          expect(res.rowCount).toBe(1);
          expected = target.position;
        } else if (kind === 'delete') {
          const target = random.pick(log);
          const res = await client.query(`DELETE FROM events WHERE global_position = $1`, [target.position]);
          expect(res.rowCount).toBe(1);
          expected = target.position;
        } else {
          // A forged event slipped into the past: an unused position in the middle of the log,
          // and the transaction id of an earlier event (so readers find it among the old ones).
          const target = random.pick(log.filter((e) => e.transactionId !== log[log.length - 1].transactionId));
          const template = random.pick(log);
          const [{ position }] = await sql(
            `INSERT INTO events (global_position, transaction_id, stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at)
               OVERRIDING SYSTEM VALUE
             SELECT $5, $1::xid8, stream_id, stream_version + 100000, $2, event_type,
                    schema_version, data, jsonb_set(metadata, '{reason}', '"Backdated"'),
                    (SELECT recorded_at FROM events WHERE global_position = $4)
               FROM events WHERE global_position = $3
             RETURNING global_position AS position`,
            [target.transactionId, randomUUID(), template.position, target.position, random.pick(unused)],
          );
          expected = Number(position);
        }
        const result = await verifyChain(sql, { ownTransaction: false });
        outcomes.push({ trial, kind, how, expected, found: result.firstBreak?.position ?? null, breakKind: result.firstBreak?.kind ?? null });
        expect(result.ok).toBe(false);
      } finally {
        await client.query('ROLLBACK');
      }
      // Rolled back: the log is intact again.
      if (trial % 10 === 0) expect((await verifyChain(sql)).ok).toBe(true);
    }
    const detected = outcomes.filter((o) => o.found === o.expected);
    const byKind = (k: Kind) => `${outcomes.filter((o) => o.kind === k && o.found === o.expected).length}/${outcomes.filter((o) => o.kind === k).length}`;
    console.log(`${detected.length}/${TRIALS} detected (altered ${byKind('alter')}, deleted ${byKind('delete')}, inserted ${byKind('insert')}; seed ${SEED})`);
    expect(outcomes.filter((o) => o.found !== o.expected)).toEqual([]);
    expect(detected).toHaveLength(TRIALS);
    // Each kind of change is named as what it is.
    for (const o of outcomes) {
      expect({ trial: o.trial, kind: o.kind, breakKind: o.breakKind }).toEqual({
        trial: o.trial,
        kind: o.kind,
        breakKind: { alter: 'altered', delete: 'removed', insert: 'inserted' }[o.kind],
      });
    }
    expect(new Set(outcomes.map((o) => o.kind))).toEqual(new Set(['alter', 'delete', 'insert']));
  }, 60_000);

  it('a head recorded earlier proves what is unchanged, even when the chain table was rewritten to match', async () => {
    // A head written down mid-way (as a committee pack prints one), and the final head.
    const middle = log[Math.floor(log.length / 2)];
    const [earlier] = await sql(`SELECT global_position, hash FROM audit_chain WHERE global_position = $1`, [middle.position]);
    expect((await verifyChain(sql, { upTo: middle.position, expectedHash: earlier.hash })).expectedHead).toMatchObject({ matches: true });

    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
      // Alter an event after the earlier head, then recompute every link from there, so the table agrees with the log.
      const victim = log[Math.floor((log.length * 3) / 4)];
      await client.query(`UPDATE events SET data = jsonb_set(data, '{tampered}', 'true') WHERE global_position = $1`, [victim.position]);
      const rows = (await sql(
        `SELECT ${RAW_EVENT_COLUMNS}, c.seq FROM audit_chain c JOIN events e USING (global_position) ORDER BY c.seq`,
      )) as (RawEventRow & { seq: string })[];
      let prev = GENESIS_HASH;
      for (const row of rows) {
        const hash = chainHash(prev, row);
        await client.query(`UPDATE audit_chain SET prev_hash = $2, hash = $3 WHERE seq = $1`, [row.seq, prev, hash]);
        prev = hash;
      }
      // The table alone cannot tell any more…
      expect((await verifyChain(sql, { ownTransaction: false })).ok).toBe(true);
      // …but the head recorded before the change can: the history up to it is not the one it was recorded from.
      const againstOld = await verifyChain(sql, { ownTransaction: false, upTo: head.position, expectedHash: head.hash });
      expect(againstOld.ok).toBe(false);
      expect(againstOld.expectedHead).toMatchObject({ position: head.position, matches: false });
      // And a head recorded before the altered event still verifies: nothing up to it changed.
      const againstEarlier = await verifyChain(sql, { ownTransaction: false, upTo: middle.position, expectedHash: earlier.hash });
      expect(againstEarlier).toMatchObject({ ok: true, expectedHead: { matches: true } });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('the trigger still refuses an ordinary UPDATE, DELETE and TRUNCATE', async () => {
    await expect(client.query(`UPDATE events SET data = '{}' WHERE global_position = $1`, [log[0].position])).rejects.toThrow(/immutable/);
    await expect(client.query(`DELETE FROM events WHERE global_position = $1`, [log[0].position])).rejects.toThrow(/immutable/);
    await expect(client.query(`TRUNCATE events`)).rejects.toThrow(/immutable/);
  });
});
