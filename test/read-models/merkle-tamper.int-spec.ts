import { ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { PostgresEventStore, RAW_EVENT_COLUMNS, type RawEventRow } from '@ledger/platform/event-store';
import {
  AuditChainProjection,
  AuditMerkleProjection,
  chainHead,
  consistencyPath,
  ephemeralLogKey,
  eventLeafHash,
  inclusionPath,
  leafIndexOf,
  MemoryTree,
  merkleConsistencyProof,
  merkleInclusionProof,
  merkleRoot,
  merkleTreeSize,
  recordSignedHead,
  signTreeHead,
  verifyConsistency,
  verifyInclusion,
  verifyTreeHead,
  type Sql,
} from '@ledger/audit';
import { ProjectionRunner } from '@ledger/platform/projection';
import { createTestDatabase } from '../support/database';
import { appendHistory, HistoryGenerator, prng } from './support/history';

/**
 * The Merkle log's tamper test, as the chain's (chain-tamper.int-spec.ts): a superuser
 * alters, deletes or inserts one event row behind the trigger's back, at a random place
 * before a head recorded earlier. Whoever then recomputes the tree from the log (an honest
 * server, or a forger) cannot give a consistency proof from that head: 150/150.
 */

const SEED = Number(process.env.TEST_SEED ?? Date.now()) >>> 0;
const EACH = 50;
const EVENTS = 400;

type Kind = 'alter' | 'delete' | 'insert';

const hex = (h: Buffer) => h.toString('hex');

describe(`Merkle log tamper test (seed ${SEED})`, () => {
  let url: string;
  let store: PostgresEventStore;
  let db: DataSource;
  let client: Client;
  let sql: Sql;
  let size: number;
  let root: Buffer;

  /** The log in commit order, as this session sees it (tampered rows included). */
  const readLog = async (): Promise<RawEventRow[]> =>
    (await sql(`SELECT ${RAW_EVENT_COLUMNS} FROM events e ORDER BY e.transaction_id, e.global_position`)) as RawEventRow[];
  const treeOf = (rows: RawEventRow[]) => {
    const tree = new MemoryTree();
    for (const row of rows) tree.append(eventLeafHash(row));
    return tree;
  };

  beforeAll(async () => {
    url = await createTestDatabase('merkle');
    store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 6 } });
    await store.migrate();
    db = await openReadModels(url, { poolSize: 4 });
    const generator = new HistoryGenerator(SEED, { programmes: 5, prefix: 'mk' });
    // Four writers at once: commit order differs from position order, as in production.
    await appendHistory(store, generator, EVENTS, 4);
    for (const projection of [new AuditMerkleProjection(), new AuditChainProjection()]) {
      // Odd batch sizes: the frontier is carried across batches at every shape.
      const runner = new ProjectionRunner(db, store, projection, { batchSize: 37 });
      await runner.loadCheckpoint();
      await runner.catchUp();
    }
    client = new Client({ connectionString: url });
    await client.connect();
    sql = async (text, params) => (await client.query(text, params as unknown[])).rows;
    size = await merkleTreeSize(sql);
    root = await merkleRoot(sql, size);
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await db?.destroy();
    await store?.close();
  });

  it('the projection keeps the tree of the log in commit order: same roots and proofs as a tree computed afresh', async () => {
    const log = await readLog();
    const fresh = treeOf(log);
    expect(size).toBe(log.length);
    expect((await chainHead(sql)).events).toBe(size);
    expect(hex(root)).toBe(hex(fresh.root()));
    const random = prng(SEED ^ 0x51);
    for (let t = 0; t < 20; t++) {
      const n = random.int(1, size);
      const m = random.int(1, n);
      const i = random.int(0, n - 1);
      const c = await merkleConsistencyProof(sql, m, n);
      expect(c.path).toEqual(consistencyPath(fresh, m, n).map(hex));
      expect(verifyConsistency(m, n, fresh.root(m), fresh.root(n), c.path.map((h) => Buffer.from(h, 'hex')))).toBe(true);
      const position = Number(log[i].global_position);
      expect(await leafIndexOf(sql, position)).toBe(i);
      const p = await merkleInclusionProof(sql, i, n, position);
      expect(p.path).toEqual(inclusionPath(fresh, i, n).map(hex));
      expect(verifyInclusion(eventLeafHash(log[i]), i, n, p.path.map((h) => Buffer.from(h, 'hex')), fresh.root(n))).toBe(true);
    }
  });

  it(`${EACH * 3} changes at random places before an old head (alter, delete, insert ${EACH} each): every one breaks the consistency proof from it`, async () => {
    const random = prng(SEED ^ 0x3c);
    const log = await readLog();
    // The old head: the tree a committee was shown, some way into the log; later events came after it.
    const oldSize = Math.floor(size * 0.8);
    const oldRoot = treeOf(log.slice(0, oldSize)).root();
    const before = log.slice(0, oldSize);
    const alterations = [
      `data = jsonb_set(data, '{tampered}', '"yes"')`,
      `metadata = jsonb_set(metadata, '{reason}', '"Nothing to see here"')`,
      `event_type = event_type || 'X'`,
      `recorded_at = recorded_at + interval '1 microsecond'`,
      `stream_version = stream_version + 100000`,
      `event_id = gen_random_uuid()`,
    ];
    const outcomes: { kind: Kind; position: number; broken: boolean }[] = [];
    for (const kind of ['alter', 'delete', 'insert'] as const) {
      for (let trial = 0; trial < EACH; trial++) {
        await client.query('BEGIN');
        try {
          await client.query(`SET LOCAL session_replication_role = replica`);
          // An insert lands after its transaction's events: never in the one that straddles the head.
          const target = random.pick(kind === 'insert' ? before.filter((e) => e.transaction_id !== log[oldSize - 1].transaction_id) : before);
          if (kind === 'alter') {
            await client.query(`UPDATE events SET ${random.pick(alterations)} WHERE global_position = $1`, [target.global_position]);
          } else if (kind === 'delete') {
            await client.query(`DELETE FROM events WHERE global_position = $1`, [target.global_position]);
          } else {
            // A forged event slipped into the past: the transaction id of an old event, a position nobody holds.
            await client.query(
              `INSERT INTO events (global_position, transaction_id, stream_id, stream_version, event_id, event_type, schema_version, data, metadata, recorded_at)
                 OVERRIDING SYSTEM VALUE
               SELECT (SELECT max(global_position) + 1000 FROM events), transaction_id, stream_id, stream_version + 100000, $2, event_type,
                      schema_version, data, jsonb_set(metadata, '{reason}', '"Backdated"'), recorded_at
                 FROM events WHERE global_position = $1`,
              [target.global_position, randomUUID()],
            );
          }
          // The tree afresh from the tampered log; its best offer of a proof from the old head.
          const tampered = treeOf(await readLog());
          const n = tampered.size;
          const proof = consistencyPath(tampered, Math.min(oldSize, n), n);
          const holds = verifyConsistency(oldSize, n, oldRoot, tampered.root(), proof);
          outcomes.push({ kind, position: Number(target.global_position), broken: !holds });
        } finally {
          await client.query('ROLLBACK');
        }
      }
    }
    const broken = outcomes.filter((o) => o.broken);
    const byKind = (k: Kind) => `${outcomes.filter((o) => o.kind === k && o.broken).length}/${EACH}`;
    console.log(`${broken.length}/${outcomes.length} broke the consistency proof (altered ${byKind('alter')}, deleted ${byKind('delete')}, inserted ${byKind('insert')}; seed ${SEED})`);
    expect(outcomes.filter((o) => !o.broken)).toEqual([]);
    expect(broken).toHaveLength(EACH * 3);
    // Rolled back: the intact log still proves consistent with the old head.
    const intact = treeOf(await readLog());
    expect(verifyConsistency(oldSize, intact.size, oldRoot, intact.root(), consistencyPath(intact, oldSize, intact.size))).toBe(true);
  }, 120_000);

  it('a signed head verifies with the log key; a head forged without it, or altered after signing, does not', async () => {
    const key = ephemeralLogKey();
    const head = await recordSignedHead(sql, key, size);
    expect(head).toMatchObject({ treeSize: size, rootHash: hex(root), publicKey: key.publicKey, keyFingerprint: key.fingerprint });
    expect(verifyTreeHead(head)).toBe(true);
    // Recorded once per size: asked again (even with another key), the same head.
    expect(await recordSignedHead(sql, ephemeralLogKey(), size)).toEqual(head);

    // A forger without the key signs a head of their own (another root) with a key of theirs.
    const forged = signTreeHead(ephemeralLogKey(), { ...head, rootHash: '00'.repeat(32) });
    expect(verifyTreeHead(forged, key.publicKey)).toBe(false);
    // Or keeps the real signature on an altered head.
    expect(verifyTreeHead({ ...head, rootHash: '11'.repeat(32) })).toBe(false);
    expect(verifyTreeHead({ ...head, treeSize: head.treeSize + 1 })).toBe(false);
    expect(verifyTreeHead({ ...head, timestamp: '2030-01-01T00:00:00.000Z' })).toBe(false);
    expect(verifyTreeHead({ ...head, signature: 'AAAA' })).toBe(false);
  });
});
