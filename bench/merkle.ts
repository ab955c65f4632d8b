// The Merkle log's proofs at scale: `npm run bench:merkle` (BENCH_MERKLE_LEAVES, default 1,000,000;
// 5,000,000 takes a few minutes and ~1 GB here). The tree's perfect subtrees are computed in
// memory (level by level, one flat buffer per level) and COPYed into merkle_nodes, exactly the
// rows the audit-merkle projection keeps; then proofs are served from PostgreSQL as the API does
// (merkleInclusionProof, merkleConsistencyProof: one read each), timed one at a time, and
// checked against the root. Prints proof sizes against 2·log2 n, and p50/p99 per proof.
import { ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { createHash, randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  merkleConsistencyProof,
  merkleInclusionProof,
  merkleRoot,
  nodeHash,
  verifyConsistency,
  verifyInclusion,
  type Sql,
} from '@ledger/audit';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { percentile } from './measure';
import { acquireServer } from './server';

const LEAVES = Number(process.env.BENCH_MERKLE_LEAVES ?? 1_000_000);
const PROOFS = Number(process.env.BENCH_MERKLE_PROOFS ?? 1_000);

/** Every level of the tree as flat 32-byte records: level 0 the leaves, each next one their parents (complete pairs only). */
function buildLevels(n: number): Buffer[] {
  const leaves = Buffer.alloc(n * 32);
  for (let i = 0; i < n; i++) {
    createHash('sha256').update(Buffer.from([0])).update(`bench event ${i}`).digest().copy(leaves, i * 32);
  }
  const levels = [leaves];
  for (let below = leaves; below.length >= 64; ) {
    const count = Math.floor(below.length / 64);
    const level = Buffer.alloc(count * 32);
    for (let i = 0; i < count; i++) nodeHash(below.subarray(i * 64, i * 64 + 32), below.subarray(i * 64 + 32, i * 64 + 64)).copy(level, i * 32);
    levels.push(level);
    below = level;
  }
  return levels;
}

async function* copyText(levels: Buffer[]): AsyncGenerator<string> {
  for (let level = 0; level < levels.length; level++) {
    const count = levels[level].length / 32;
    for (let start = 0; start < count; start += 20_000) {
      let chunk = '';
      for (let i = start; i < Math.min(count, start + 20_000); i++) chunk += `${level}\t${i}\t\\\\x${levels[level].toString('hex', i * 32, i * 32 + 32)}\n`;
      yield chunk;
    }
  }
}

const ms = (x: number) => x.toFixed(2);

async function main() {
  const server = await acquireServer(process.env, (m) => console.log(m));
  try {
    const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: server.url });
    await store.migrate();
    await store.close();
    const db = await openReadModels(server.url, { poolSize: 2 });
    await db.destroy();
    const client = new Client({ connectionString: server.url });
    await client.connect();
    const sql: Sql = async (text, params) => (await client.query(text, params as unknown[])).rows;

    let t0 = performance.now();
    const levels = buildLevels(LEAVES);
    const nodes = levels.reduce((s, l) => s + l.length / 32, 0);
    console.log(`Tree of ${LEAVES.toLocaleString('en-GB')} leaves: ${nodes.toLocaleString('en-GB')} perfect subtrees hashed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    await pipeline(Readable.from(copyText(levels)), client.query(copyFrom(`COPY merkle_nodes (level, idx, hash) FROM STDIN`)));
    await client.query('ANALYZE merkle_nodes');
    const [{ bytes }] = await sql(`SELECT pg_total_relation_size('merkle_nodes') AS bytes`);
    console.log(`COPY into merkle_nodes: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(Number(bytes) / 2 ** 20).toFixed(0)} MiB with its index`);

    const n = LEAVES;
    const root = await merkleRoot(sql, n);
    const bound = 2 * Math.ceil(Math.log2(n));
    const times = { inclusion: new Float64Array(PROOFS), consistency: new Float64Array(PROOFS) };
    const sizes = { inclusion: [] as number[], consistency: [] as number[] };
    for (let k = 0; k < PROOFS; k++) {
      const i = randomInt(n);
      let t = performance.now();
      const inc = await merkleInclusionProof(sql, i, n, i + 1);
      times.inclusion[k] = performance.now() - t;
      sizes.inclusion.push(inc.path.length);
      if (!verifyInclusion(levels[0].subarray(i * 32, i * 32 + 32), i, n, inc.path.map((h) => Buffer.from(h, 'hex')), root)) throw new Error(`inclusion ${i} does not verify`);
      const m = 1 + randomInt(n - 1);
      t = performance.now();
      const con = await merkleConsistencyProof(sql, m, n);
      times.consistency[k] = performance.now() - t;
      sizes.consistency.push(con.path.length);
      if (!verifyConsistency(m, n, Buffer.from(con.fromRoot, 'hex'), root, con.path.map((h) => Buffer.from(h, 'hex')))) throw new Error(`consistency ${m} does not verify`);
    }
    console.log(`\n${PROOFS} proofs of each kind at n = ${n.toLocaleString('en-GB')} (2·log2 n = ${bound} hashes), served from PostgreSQL one at a time, every one verified:`);
    console.log('| proof | hashes mean | hashes max | ≤ 2·log2 n | p50 ms | p99 ms |');
    console.log('|---|---|---|---|---|---|');
    for (const kind of ['inclusion', 'consistency'] as const) {
      const s = sizes[kind];
      const max = Math.max(...s);
      console.log(
        `| ${kind} | ${(s.reduce((a, b) => a + b, 0) / s.length).toFixed(1)} | ${max} | ${max <= bound ? 'yes' : 'NO'} | ${ms(percentile(times[kind], 50))} | ${ms(percentile(times[kind], 99))} |`,
      );
    }
    await client.end();
  } finally {
    await server.release();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
