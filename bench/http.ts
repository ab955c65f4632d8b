// `npm run bench` (part 3): the whole HTTP path — validation, auth, the lead check, the
// command handler and the append — with 16 concurrent clients posting benefit realisations
// for 60 s (from a worker thread: the load generator does not share the server's event
// loop), against the store's own W1 8-client rate measured in the same run.
// Rows: the API alone (as the deployed API replicas run, projector elsewhere: the target
// row), the API with its projector in-process (as `npm start` runs it), and the ceiling
// (the same Nest stack doing nothing: see http-ceiling.ts).
// The bound (issue 21): a command costs at least the ceiling's route plus an append, so the
// API alone can do at most 1 / (1/ceiling + 1/W1-8) commands/s; the bench prints its ratio.
// BENCH_SECONDS shortens the target row (the others take a third of it); BENCH_SCALE
// shrinks the W1 measurement; BENCH_HTTP_ONLY_TARGET=true runs the target row alone;
// BENCH_HTTP_PROJECTOR=false skips the in-process projector row; BENCH_HTTP_PROFILE=<file>
// writes a V8 CPU profile of this process (the API's thread) over the target row
// (summarise it with dist/bench/profile-summary.js).
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { JwtService } from '@nestjs/jwt';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { AppModule } from '../apps/api/app.module';
import { signAccessToken } from '../apps/api/auth/access-token';
import { configureApp } from '../apps/api/configure-app';
import type { ClientsInput } from './http-clients';
import { startCeiling } from './http-ceiling';
import { percentile } from './measure';
import { acquireServer } from './server';
import { runStoreWorkloads } from './workloads';

const CLIENTS = Number(process.env.BENCH_HTTP_CLIENTS ?? 16);
const PERIODS = 60; // quarters per benefit: 2000-Q1 … 2014-Q4
const SECRET = randomUUID() + randomUUID();
const jwt = new JwtService({ secret: SECRET });
const log = (m: string) => process.stderr.write(`${m}\n`);
const schedule = Array.from({ length: PERIODS }, (_, q) => ({ period: `${2000 + Math.floor(q / 4)}-Q${(q % 4) + 1}`, plannedValue: 1_000_000 }));

/**
 * A signed token and, in the database, what the API requires before honouring it (fail
 * closed): a live session with that id and the user in the users read model. No event.
 */
async function token(url: string, role: 'programme-office' | 'lead', id: string, name: string): Promise<string> {
  const sid = randomUUID();
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const doc = { userId: id, username: id, name, role, personId: id, active: true, registeredAt: new Date(0).toISOString(), deactivatedAt: null, lastSignedInAt: null };
    await db.query(`INSERT INTO user_view (id, doc, last_position) VALUES ($1, $2, 0) ON CONFLICT (id) DO NOTHING`, [id, doc]);
    await db.query(
      `INSERT INTO auth_sessions (session_id, user_id, username, refresh_token_hash, expires_at)
       VALUES ($1, $2, $2, 'minted-by-the-bench', now() + interval '1 day')`,
      [sid, id],
    );
  } finally {
    await db.end();
  }
  return `Bearer ${signAccessToken(jwt, { id, username: id, name, role, personId: id, sid }, 3600)}`;
}

/** Runs `work` under the V8 CPU profiler (this thread: the API's) and writes the profile to `file`. */
async function profiled<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!file) return work();
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    log(`CPU profile of the API thread written to ${file}`);
  }
}

interface Row {
  label: string;
  rate: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  /** CPU per 201 (µs): the API's thread (this process's main thread), and PostgreSQL's backends for the bench's database. */
  apiCpuUs: number;
  pgCpuUs: number;
}

/** User + system CPU seconds of a process or thread from /proc (its stat line); 0 where unreadable. */
function procCpuSeconds(statPath: string): number {
  try {
    const stat = readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (CLK_TCK 100 on Linux)
  } catch {
    return 0;
  }
}

/**
 * CPU seconds so far of the API's thread and of the PostgreSQL backends serving `url`'s database
 * (same machine). Unlike rates, CPU per command hardly moves when other work shares the cores.
 */
async function cpuNow(url: string): Promise<{ api: number; pg: Map<number, number> }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    return { api: procCpuSeconds(`/proc/self/task/${process.pid}/stat`), pg: new Map(rows.map((r) => [r.pid, procCpuSeconds(`/proc/${r.pid}/stat`)])) };
  } finally {
    await db.end();
  }
}

/** Runs the clients in a worker thread against `base` for `seconds`. */
async function drive(label: string, base: string, seconds: number, leads: ClientsInput['leads'], dbUrl: string): Promise<Row> {
  log(`${label}: ${CLIENTS} clients for ${seconds} s…`);
  const cpuBefore = await cpuNow(dbUrl);
  const { latencies, failures, elapsed } = await new Promise<{ latencies: number[]; failures: number; elapsed: number }>((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'http-clients.js'), { workerData: { base, seconds, schedule, leads } satisfies ClientsInput });
    worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m)));
    worker.once('error', reject);
  });
  const cpuAfter = await cpuNow(dbUrl);
  const ok = latencies.length - failures;
  let pg = 0;
  for (const [pid, after] of cpuAfter.pg) pg += after - (cpuBefore.pg.get(pid) ?? 0);
  const samples = Float64Array.from(latencies);
  return {
    label, rate: ok / elapsed, p50: percentile(samples, 50), p99: percentile(samples, 99), requests: latencies.length, failures,
    apiCpuUs: ((cpuAfter.api - cpuBefore.api) / ok) * 1e6, pgCpuUs: (pg / ok) * 1e6,
  };
}

/** The API on `url`, a programme and a proposal per client led by that client's lead (ids prefixed, so phases share a database). */
async function startApi(url: string, runProjector: boolean, prefix: string) {
  const app = await NestFactory.create<NestExpressApplication>(
    // The write limit is a guard against one user's flood; the benchmark is one on purpose.
    AppModule.forRoot({ database: { url, embedded: false }, auth: { jwtSecret: SECRET }, runProjector, writeLimit: { limit: 1_000_000, windowSeconds: 60 } }),
    { bodyParser: false, logger: ['error', 'warn'] },
  );
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const office = await token(url, 'programme-office', `${prefix}-office`, 'Bench Office');
  const post = async (path: string, body: object) => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: office, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${path} → ${res.status} ${await res.text()}`);
  };
  const source = { document: 'Bench', paragraph: null };
  const programmeId = `${prefix}-programme`;
  await post('/programmes', { programmeId, name: 'Bench programme', mission: 'Measure', source });
  await post(`/programmes/${programmeId}/strategic-outcomes`, { outcomeId: 'o1', title: 'Outcome' });
  const leads = Array.from({ length: CLIENTS }, (_, c) => ({ proposalId: `${prefix}-proposal-${c}`, leadId: `${prefix}-lead-${c}`, auth: '' }));
  for (const l of leads) {
    l.auth = await token(url, 'lead', l.leadId, `Lead ${l.leadId}`);
    await post(`/programmes/${programmeId}/proposals`, { proposalId: l.proposalId, title: `Proposal ${l.proposalId}`, aims: 'Aims', source, outcomeIds: ['o1'], priorityIds: [] });
    await post(`/proposals/${l.proposalId}/agreement`, { forum: 'Authority', decisionDate: '2005-09-29', meeting: 'Full Authority', minuteReference: 'M1' });
    await post(`/proposals/${l.proposalId}/lead-assignments`, { leadId: l.leadId, leadName: `Lead ${l.leadId}`, leadRole: 'AC', effectiveDate: '2005-10-01' });
  }
  return { base, leads, close: () => app.close() };
}

async function main() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 60);
  const shorter = Math.max(5, Math.round(seconds / 3));
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const loadStart = loadavg().map((l) => l.toFixed(1)).join(' ');
  const server = await acquireServer(process.env, log);
  try {
    log('Measuring the store alone (W1, 8 clients)…');
    const w1 = (await runStoreWorkloads(server.url, { only: ['W1-8'], scale, log }))['W1-8']!;
    const rows: Row[] = [];

    const alone = await startApi(server.url, false, 'alone');
    rows.push(await profiled(process.env.BENCH_HTTP_PROFILE, () => drive('API alone (projector in another process, as deployed)', alone.base, seconds, alone.leads, server.url)));
    await alone.close();

    if (process.env.BENCH_HTTP_ONLY_TARGET === 'true') {
      const [row] = rows;
      console.log(`${row.label}: ${Math.round(row.rate)} commands/s, p50 ${row.p50.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms, ${(row.rate / w1.perSecond).toFixed(2)}x of W1-8 ${Math.round(w1.perSecond)}/s; CPU a command: API thread ${Math.round(row.apiCpuUs)} µs, PostgreSQL ${Math.round(row.pgCpuUs)} µs; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      return;
    }
    if (process.env.BENCH_HTTP_PROJECTOR !== 'false') {
      const withProjector = await startApi(server.url, true, 'projected');
      rows.push(await drive('API with its projector in-process (npm start)', withProjector.base, shorter, withProjector.leads, server.url));
      await withProjector.close();
    }

    const ceiling = await startCeiling();
    const noAuth = Array.from({ length: CLIENTS }, (_, c) => ({ proposalId: `ceiling-${c}`, leadId: `ceiling-${c}`, auth: 'Bearer none' }));
    const route = await drive('Ceiling: same Nest stack, no auth, no store', ceiling.base, shorter, noAuth, server.url);
    rows.push(route);
    await ceiling.close();

    const fmt = (x: number) => Math.round(x).toLocaleString('en-GB');
    const [target] = rows;
    const bound = 1 / (1 / route.rate + 1 / w1.perSecond);
    const ratio = target.rate / bound;
    console.log(
      `\nHTTP: ${CLIENTS} clients posting benefit realisations (signed-in leads, full validation, lead check, append); ` +
        `W1 8-client store rate in this run: ${fmt(w1.perSecond)}/s; load average ${loadStart} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end\n`,
    );
    console.log('row                                                      seconds   commands/s   p50 ms   p99 ms   vs bound   CPU µs/201: API thread + PostgreSQL   requests (not 201)');
    rows.forEach((r, i) => {
      const versus = r === route ? '      —' : `${(r.rate / bound).toFixed(2).padStart(6)}x`;
      console.log(
        `${r.label.padEnd(56)} ${String(i === 0 ? seconds : shorter).padStart(7)}   ${fmt(r.rate).padStart(10)}   ${r.p50.toFixed(2).padStart(6)}   ${r.p99.toFixed(2).padStart(6)}   ${versus}   ${`${Math.round(r.apiCpuUs)} + ${Math.round(r.pgCpuUs)}`.padStart(33)}   ${r.requests} (${r.failures})`,
      );
    });
    console.log(
      `\nbound = 1 / (1/route + 1/append) = 1 / (1/${fmt(route.rate)} + 1/${fmt(w1.perSecond)}) = ${fmt(bound)} commands/s (${(1000 / bound).toFixed(3)} ms a command; ` +
        `the API alone spends ${(1000 / target.rate).toFixed(3)} ms, ${(1000 / target.rate - 1000 / bound).toFixed(3)} ms above it)`,
    );
    console.log(
      `target (API alone): >= 0.8x the bound ${ratio >= 0.8 ? 'ok' : 'BELOW'} (${ratio.toFixed(2)}x), p99 <= 25 ms ${target.p99 <= 25 ? 'ok' : 'ABOVE'} (${target.p99.toFixed(1)} ms)`,
    );
  } finally {
    await server.release();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
