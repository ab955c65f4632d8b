// `npm run bench`: the event store's workloads against a floor measured in the same
// run on the same server. DATABASE_URL: a fresh database on that server; otherwise
// a throw-away embedded PostgreSQL. BENCH_SCALE (default 1) shrinks the counts;
// BENCH_SLICES (default 10) sets how many alternating slices floor and store run in.
// BENCH_ONLY (say "W4" or "W1-1,W2") runs only those workloads.
// The workloads live in workloads.ts; this file is only the command line.
import { acquireServer } from './server';
import { header, serverFacts, table } from './report';
import { DEFAULT_SLICES, WORKLOADS, runComparison, type WorkloadId } from './workloads';

let interrupted = false;

async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  if (!(scale > 0))
    throw new Error(`BENCH_SCALE must be a positive number, got "${process.env.BENCH_SCALE}"`);
  const slices = Number(process.env.BENCH_SLICES ?? DEFAULT_SLICES);
  if (!(Number.isInteger(slices) && slices > 0))
    throw new Error(`BENCH_SLICES must be a whole number > 0, got "${process.env.BENCH_SLICES}"`);
  const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim()) as WorkloadId[] | undefined;
  const unknown = only?.filter((id) => !WORKLOADS.some((w) => w.id === id));
  if (unknown?.length)
    throw new Error(`BENCH_ONLY names no workload: ${unknown.join(', ')} (known: ${WORKLOADS.map((w) => w.id).join(', ')})`);
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const server = await acquireServer(process.env, log);
  let releasing: Promise<void> | undefined;
  const release = () => (releasing ??= server.release());
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    log(`${signal}: stopping and cleaning up`);
    void release().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const facts = await serverFacts(server.url);
    console.log(`${header(server.kind, facts, scale)}\n`);
    const started = Date.now();
    const results = await runComparison(server.url, { scale, slices, log, only });
    console.log(table(results));
    console.log(`\nMeasured in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await release();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    if (!interrupted) console.error(error);
    process.exit(interrupted ? 130 : 1);
  },
);
