// The Merkle log's proofs at scale: `npm run bench:merkle` (BENCH_MERKLE_LEAVES, default 1,000,000;
// 5,000,000 takes about three minutes here and 1.1 GB of disk; it prints the memory it took). The tree's
// perfect subtrees are computed in memory (level by level, one flat buffer per level) and COPYed
// into merkle_nodes, exactly the rows the audit-merkle projection keeps; then proofs are served
// from PostgreSQL as the API serves them (merkleInclusionProof, merkleConsistencyProof: one read
// each, a statement prepared once per connection), timed one at a time inside this process, and
// checked against the root, with this process's CPU per proof. Then PostgreSQL's own time for the same reads (EXPLAIN ANALYZE of each
// proof's node fetch), which no load on the machine's other processes inflates as much. Prints
// proof sizes against 2·log2 n, p50/p99/max per proof, and the load average beside them.
import { ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { createHash, randomInt } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
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
const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

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
    // As the API's merkleSql: named statements are prepared once on this connection. The node
    // fetches are kept to be explained afterwards.
    const fetches: { text: string; params: unknown[] }[] = [];
    const sql: Sql = async (text, params = [], name) => {
      if (name === 'merkle_nodes_at') fetches.push({ text, params });
      return (await client.query(name ? { name, text, values: params } : { text, values: params })).rows;
    };

    console.log(`Load average (1 / 5 / 15 min): ${load()}`);
    let t0 = performance.now();
    const levels = buildLevels(LEAVES);
    const nodes = levels.reduce((s, l) => s + l.length / 32, 0);
    console.log(`Tree of ${LEAVES.toLocaleString('en-GB')} leaves: ${nodes.toLocaleString('en-GB')} perfect subtrees hashed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    await pipeline(Readable.from(copyText(levels)), client.query(copyFrom(`COPY merkle_nodes (level, idx, hash) FROM STDIN`)));
    await client.query('ANALYZE merkle_nodes');
    const [{ bytes }] = await sql(`SELECT pg_total_relation_size('merkle_nodes') AS bytes`);
    console.log(
      `COPY into merkle_nodes: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(Number(bytes) / 2 ** 20).toFixed(0)} MiB with its index; ` +
        `this process's resident memory ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
    );

    const n = LEAVES;
    const root = await merkleRoot(sql, n);
    fetches.length = 0;
    const bound = 2 * Math.ceil(Math.log2(n));
    const times = { inclusion: new Float64Array(PROOFS), consistency: new Float64Array(PROOFS) };
    // This process's CPU per proof (user + system): the work, apart from waiting for a core.
    const cpu = { inclusion: new Float64Array(PROOFS), consistency: new Float64Array(PROOFS) };
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    const sizes = { inclusion: [] as number[], consistency: [] as number[] };
    const loadBefore = load();
    for (let k = 0; k < PROOFS; k++) {
      const i = randomInt(n);
      let c = process.cpuUsage();
      let t = performance.now();
      const inc = await merkleInclusionProof(sql, i, n, i + 1);
      times.inclusion[k] = performance.now() - t;
      cpu.inclusion[k] = cpuMs(c);
      sizes.inclusion.push(inc.path.length);
      if (!verifyInclusion(levels[0].subarray(i * 32, i * 32 + 32), i, n, inc.path.map((h) => Buffer.from(h, 'hex')), root)) throw new Error(`inclusion ${i} does not verify`);
      const m = 1 + randomInt(n - 1);
      c = process.cpuUsage();
      t = performance.now();
      const con = await merkleConsistencyProof(sql, m, n);
      times.consistency[k] = performance.now() - t;
      cpu.consistency[k] = cpuMs(c);
      sizes.consistency.push(con.path.length);
      if (!verifyConsistency(m, n, Buffer.from(con.fromRoot, 'hex'), root, con.path.map((h) => Buffer.from(h, 'hex')))) throw new Error(`consistency ${m} does not verify`);
    }
    const loadAfter = load();
    console.log(`\n${PROOFS} proofs of each kind at n = ${n.toLocaleString('en-GB')} (2·log2 n = ${bound} hashes), served from PostgreSQL one at a time, every one verified.`);
    console.log(`Time per proof measured inside this process around the library call the API's route makes (one prepared read of the nodes, the hashing, the hex). Load average (1 / 5 / 15 min) ${loadBefore} before, ${loadAfter} after, on ${availableParallelism()} cores:`);
    console.log('| proof | hashes mean | hashes max | ≤ 2·log2 n | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const kind of ['inclusion', 'consistency'] as const) {
      const s = sizes[kind];
      const max = Math.max(...s);
      console.log(
        `| ${kind} | ${mean(s).toFixed(1)} | ${max} | ${max <= bound ? 'yes' : 'NO'} | ${ms(percentile(times[kind], 50))} | ${ms(percentile(times[kind], 99))} | ${ms(Math.max(...times[kind]))} | ${ms(percentile(cpu[kind], 50))} | ${ms(percentile(cpu[kind], 99))} |`,
      );
    }

    // PostgreSQL's own time for the same reads, in the order they ran (inclusion, consistency, …).
    const pgTime = { planning: new Float64Array(fetches.length), execution: new Float64Array(fetches.length) };
    const rows: number[] = [];
    for (const [k, { text, params }] of fetches.entries()) {
      const [{ 'QUERY PLAN': [plan] }] = await sql(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${text}`, params);
      pgTime.planning[k] = plan['Planning Time'];
      pgTime.execution[k] = plan['Execution Time'];
      rows.push(plan.Plan['Actual Rows']);
    }
    console.log(
      `\nPostgreSQL's time per proof (EXPLAIN ANALYZE of the ${fetches.length} node reads above, run again; ${mean(rows).toFixed(1)} rows each on average, load average ${load()}): ` +
        `execution p50 ${ms(percentile(pgTime.execution, 50))} ms, p99 ${ms(percentile(pgTime.execution, 99))} ms; planning (saved by the prepared statement) p50 ${ms(percentile(pgTime.planning, 50))} ms.`,
    );
    await client.end();
  } finally {
    await server.release();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
