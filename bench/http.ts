// `npm run bench` (part 3): the whole HTTP path — validation, auth, the lead check, the
// command handler and the append — with 16 concurrent clients posting benefit realisations
// for 60 s (from a worker thread: the load generator does not share the server's event
// loop), against the store's own W1 8-client rate measured in the same run.
// BENCH_SECONDS shortens it; BENCH_SCALE shrinks the W1 measurement.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { JwtService } from '@nestjs/jwt';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../apps/api/app.module';
import { signAccessToken } from '../apps/api/auth/access-token';
import { configureApp } from '../apps/api/configure-app';
import { percentile } from './measure';
import { acquireServer } from './server';
import { runStoreWorkloads } from './workloads';

const CLIENTS = Number(process.env.BENCH_HTTP_CLIENTS ?? 16);
const PERIODS = 60; // quarters per benefit: 2000-Q1 … 2014-Q4
const SECRET = randomUUID() + randomUUID();
const jwt = new JwtService({ secret: SECRET });

const token = (role: 'programme-office' | 'lead', id: string, name: string) =>
  `Bearer ${signAccessToken(jwt, { id, username: id, name, role, personId: id, sid: randomUUID() }, 3600)}`;

async function main() {
  const seconds = Number(process.env.BENCH_SECONDS ?? 60);
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const server = await acquireServer(process.env, log);
  try {
    log('Measuring the store alone (W1, 8 clients)…');
    const w1 = (await runStoreWorkloads(server.url, { only: ['W1-8'], scale, log }))['W1-8']!;

    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ database: { url: server.url, embedded: false }, auth: { jwtSecret: SECRET }, runProjector: process.env.BENCH_HTTP_PROJECTOR !== 'false' }),
      { bodyParser: false, logger: ['error', 'warn'] },
    );
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const office = token('programme-office', 'bench-office', 'Bench Office');
    const post = async (path: string, auth: string, body: object) => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`${path} → ${res.status} ${await res.text()}`);
      return res.json();
    };

    // One programme, and a proposal per client led by that client's lead.
    const source = { document: 'Bench', paragraph: null };
    await post('/programmes', office, { programmeId: 'bench', name: 'Bench programme', mission: 'Measure', source });
    await post('/programmes/bench/strategic-outcomes', office, { outcomeId: 'o1', title: 'Outcome' });
    const leads = Array.from({ length: CLIENTS }, (_, c) => ({ proposalId: `proposal-${c}`, leadId: `lead-${c}`, auth: token('lead', `lead-${c}`, `Lead ${c}`) }));
    for (const l of leads) {
      await post('/programmes/bench/proposals', office, { proposalId: l.proposalId, title: `Proposal ${l.proposalId}`, aims: 'Aims', source, outcomeIds: ['o1'], priorityIds: [] });
      await post(`/proposals/${l.proposalId}/agreement`, office, { forum: 'Authority', decisionDate: '2005-09-29', meeting: 'Full Authority', minuteReference: 'M1' });
      await post(`/proposals/${l.proposalId}/lead-assignments`, office, { leadId: l.leadId, leadName: `Lead ${l.leadId}`, leadRole: 'AC', effectiveDate: '2005-10-01' });
    }
    const schedule = Array.from({ length: PERIODS }, (_, q) => ({ period: `${2000 + Math.floor(q / 4)}-Q${(q % 4) + 1}`, plannedValue: 1_000_000 }));
    log(`Posting realisations from ${CLIENTS} clients for ${seconds} s…`);
    const { latencies, failures, elapsed } = await new Promise<{ latencies: number[]; failures: number; elapsed: number }>((resolve, reject) => {
      const worker = new Worker(join(__dirname, 'http-clients.js'), {
        workerData: { base, seconds, schedule, leads: leads.map(({ proposalId, leadId, auth }) => ({ proposalId, leadId, auth })) },
      });
      worker.once('message', (m) => (m.error ? reject(new Error(m.error)) : resolve(m)));
      worker.once('error', reject);
    });
    const samples = Float64Array.from(latencies);
    const rate = (latencies.length - failures) / elapsed;
    const p50 = percentile(samples, 50);
    const p99 = percentile(samples, 99);
    await app.close();

    const fmt = (x: number) => Math.round(x).toLocaleString('en-GB');
    console.log(`\nHTTP: ${CLIENTS} clients posting benefit realisations for ${seconds} s (signed-in leads, full validation and lead check)\n`);
    console.log('measure                          commands/s   p50 ms   p99 ms   vs W1 8-client store   target');
    console.log(
      `POST …/realisations              ${fmt(rate).padStart(10)}   ${p50.toFixed(2).padStart(6)}   ${p99.toFixed(2).padStart(6)}   ${(rate / w1.perSecond).toFixed(2)}x of ${fmt(w1.perSecond)}/s   >= 0.5x ${rate / w1.perSecond >= 0.5 ? 'ok' : 'BELOW'}, p99 <= 25 ms ${p99 <= 25 ? 'ok' : 'ABOVE'}`,
    );
    console.log(`(${latencies.length} requests, ${failures} not 201)`);
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
