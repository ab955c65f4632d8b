import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
// `npm run soak -- --minutes N`: a realistic mix of commands and queries against the API for
// N minutes, printing throughput, p50/p99 latency and projector lag every interval, then a
// check that the read models equal a rebuild from the log (table checksums, row for row).
//
// Self-started (the default): a throw-away PostgreSQL (bench/server.ts: embedded, or a fresh
// database on DATABASE_URL's server) and the API as a process of its own (apps/api/main.ts,
// projector inside), both removed at the end. Against a running app:
//   npm run soak -- --minutes 10 --url http://127.0.0.1:3000 --username <programme office user>
//     --password <password> [--database-url postgres://…  (for the final check)]
// Options: --clients 8, --interval 60 (seconds between reports), --think-ms 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JwtService } from '@nestjs/jwt';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { rebuildProjection } from '@ledger/platform/projection';
import { signAccessToken } from '../apps/api/auth/access-token';
import { percentile } from './measure';
import { acquireServer, type BenchServer } from './server';

interface Options {
  minutes: number;
  clients: number;
  interval: number;
  thinkMs: number;
  url?: string;
  databaseUrl?: string;
  username?: string;
  password?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { minutes: 1, clients: 8, interval: 60, thinkMs: 0 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--minutes': options.minutes = Number(value()); break;
      case '--clients': options.clients = Number(value()); break;
      case '--interval': options.interval = Number(value()); break;
      case '--think-ms': options.thinkMs = Number(value()); break;
      case '--url': options.url = value().replace(/\/$/, ''); break;
      case '--database-url': options.databaseUrl = value(); break;
      case '--username': options.username = value(); break;
      case '--password': options.password = value(); break;
      default: throw new Error(`unknown option ${argv[i]} (see the top of bench/soak.ts)`);
    }
  }
  if (!(options.minutes > 0) || !(options.clients >= 1) || !(options.interval > 0)) throw new Error('--minutes, --clients and --interval must be positive');
  if (options.url && !(options.username && options.password)) throw new Error('--url needs --username and --password (a programme-office user)');
  return options;
}

const log = (m: string) => process.stderr.write(`${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The API in a process of its own: from the sources when this runs from them, else the build. */
function spawnApi(databaseUrl: string, port: number, jwtSecret: string): ChildProcess {
  const root = join(__dirname, '..', __filename.endsWith('.ts') ? '' : '..');
  const args = __filename.endsWith('.ts')
    ? ['-r', join(root, 'test/read-models/support/register.js'), join(root, 'apps/api/main.ts')]
    : [join(root, 'dist/apps/api/main.js')];
  if (!existsSync(args[args.length - 1])) throw new Error(`${args[args.length - 1]} not found`);
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret, PORT: String(port), HOST: '127.0.0.1', SEED_ON_FIRST_START: 'false', BOOTSTRAP_ADMIN_PASSWORD: randomUUID(), WRITE_RATE_LIMIT: '1000000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    if (/error/i.test(chunk.toString())) process.stderr.write(`[api] ${chunk}`);
  });
  return child;
}

// ---------------------------------------------------------------------------------------------
// The workload

type Kind = 'command' | 'query';
interface Sample {
  kind: Kind;
  op: string;
  ms: number;
  status: number;
}

const QUARTERS = Array.from({ length: 40 }, (_, q) => `${2006 + Math.floor(q / 4)}-Q${(q % 4) + 1}`);
const LEADS = ['lead-ac', 'lead-dac', 'lead-dir', 'lead-cmdr'];

interface ProposalState {
  id: string;
  /** The position of the last write to this proposal's stream (for read-your-writes). */
  position: number;
  registeredAt: number;
  agreed: boolean;
  lead: number;
  leadDate: number;
  benefits: { id: string; reported: Map<string, number>; next: number }[];
}

/** One virtual user: a programme-office member working on proposals of their own in the shared programme. */
class VirtualUser {
  private n = 0;
  private proposals: ProposalState[] = [];
  private risks: string[] = [];

  constructor(
    private readonly soak: Soak,
    private readonly index: number,
  ) {}

  private id(kind: string): string {
    this.n += 1;
    return `${this.soak.run}-u${this.index}-${kind}${this.n}`;
  }

  private random<T>(items: readonly T[]): T {
    return items[Math.floor(Math.random() * items.length)];
  }

  async setUp(): Promise<void> {
    const p = await this.registerProposal(true);
    await this.agree(p, true);
    await this.assignLead(p, true);
  }

  /** One operation of the mix; commands ~40%, queries ~60%. */
  async step(): Promise<void> {
    const agreed = this.proposals.filter((p) => p.agreed);
    const pending = this.proposals.filter((p) => !p.agreed);
    const benefits = agreed.flatMap((p) => p.benefits.map((b) => ({ p, b })));
    const roll = Math.random() * 100;
    const programme = this.soak.programmeId;
    if (roll < 2) return void (await this.registerProposal());
    if (roll < 4 && pending.length > 0) return void (await this.agree(pending[0]));
    if (roll < 6 && agreed.length > 0) return void (await this.assignLead(this.random(agreed)));
    if (roll < 9 && agreed.length > 0) return void (await this.planBenefit(this.random(agreed)));
    if (roll < 19 && benefits.length > 0) return void (await this.realise(this.random(benefits)));
    if (roll < 21 && benefits.some(({ b }) => b.reported.size > 0)) return void (await this.correct(this.random(benefits.filter(({ b }) => b.reported.size > 0))));
    if (roll < 26) return void (await this.raiseRisk());
    if (roll < 31 && this.risks.length > 0) return void (await this.reassessRisk());
    if (roll < 34) return void (await this.recordDecision());
    // Queries: a proposal the read side has had a moment to see (or one just written, with read-your-writes).
    const settled = this.proposals.filter((p) => Date.now() - p.registeredAt > 2000);
    const proposal = this.random(settled.length > 0 ? settled : this.proposals);
    const asAt = new Date(this.soak.startedAt + Math.random() * (Date.now() - this.soak.startedAt)).toISOString();
    if (roll < 50) return void (await this.get('programme', `/programmes/${programme}`));
    if (roll < 63) return void (await this.get('proposals', `/proposals?programmeId=${programme}&limit=50`));
    if (roll < 76) return void (await this.get('proposal', `/proposals/${proposal.id}`));
    if (roll < 86) return void (await this.get('audit', `/audit?programmeId=${programme}&limit=50`));
    if (roll < 90) return void (await this.get('as-at', `/programmes/${programme}/as-at?at=${asAt}`));
    const written = this.random(this.proposals);
    return void (await this.get('read-your-writes', `/proposals/${written.id}?waitForPosition=${written.position}`));
  }

  /** POSTs a command; returns its status and the position it was recorded at. */
  private async send(op: string, path: string, body: object, setup = false): Promise<{ status: number; position: number }> {
    const started = performance.now();
    let status = 0;
    let position = 0;
    try {
      const res = await fetch(`${this.soak.baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: this.soak.token, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      status = res.status;
      const json = (await res.json().catch(() => ({}))) as { position?: number; message?: string };
      if (status < 300 && typeof json.position === 'number') position = json.position;
      if (setup && status >= 300) throw new Error(`${op}: ${status} ${json.message ?? ''}`);
    } finally {
      if (!setup) this.soak.record({ kind: 'command', op, ms: performance.now() - started, status });
    }
    return { status, position };
  }

  private async get(op: string, path: string): Promise<void> {
    const started = performance.now();
    let status = 0;
    try {
      const res = await fetch(`${this.soak.baseUrl}${path}`, { headers: { authorization: this.soak.token }, signal: AbortSignal.timeout(30_000) });
      status = res.status;
      await res.arrayBuffer();
    } finally {
      this.soak.record({ kind: 'query', op, ms: performance.now() - started, status });
    }
  }

  private async registerProposal(setup = false): Promise<ProposalState> {
    const id = this.id('p');
    const { status, position } = await this.send(
      'register-proposal',
      `/programmes/${this.soak.programmeId}/proposals`,
      { proposalId: id, title: `Proposal ${id}`, aims: 'Better outcomes for Londoners', source: { document: 'Soak', paragraph: '1' }, outcomeIds: ['safer'], priorityIds: [] },
      setup,
    );
    const p: ProposalState = { id, position, registeredAt: Date.now(), agreed: false, lead: -1, leadDate: 0, benefits: [] };
    if (status < 300) this.proposals.push(p);
    return p;
  }

  private async agree(p: ProposalState, setup = false): Promise<void> {
    const { status, position } = await this.send('agree-proposal', `/proposals/${p.id}/agreement`, { forum: 'ManagementBoard', decisionDate: '2006-01-10', meeting: 'MB', minuteReference: `MB/${this.n}` }, setup);
    if (status < 300) Object.assign(p, { agreed: true, position });
  }

  private async assignLead(p: ProposalState, setup = false): Promise<void> {
    const lead = (p.lead + 1) % LEADS.length;
    const date = p.leadDate + 1;
    const effectiveDate = new Date(Date.UTC(2006, 0, 1) + date * 86_400_000).toISOString().slice(0, 10);
    const { status, position } = await this.send(
      'assign-lead',
      `/proposals/${p.id}/lead-assignments`,
      { leadId: LEADS[lead], leadName: `Lead ${LEADS[lead]}`, leadRole: 'AC', effectiveDate, reason: 'Portfolio rebalanced' },
      setup,
    );
    if (status < 300) Object.assign(p, { lead, leadDate: date, position });
  }

  private async planBenefit(p: ProposalState): Promise<void> {
    if (p.benefits.length >= 3) return this.realiseOrQuery(p);
    const id = this.id('b');
    const { status } = await this.send('plan-benefit', `/proposals/${p.id}/benefits`, {
      benefitId: id,
      description: 'Back-office savings redeployed to neighbourhood teams',
      observableOutcome: 'Officer hours moved to wards',
      measure: 'Cashable saving',
      unit: 'GBP-pence',
      attribution: 'Budget monitoring',
      cashReleasing: true,
      quantitative: true,
      isDisbenefit: false,
      ownerId: 'owner',
      ownerName: 'Benefit owner',
      baseline: 0,
      target: 40 * 1_000_000,
      schedule: QUARTERS.map((period) => ({ period, plannedValue: 1_000_000 })),
    });
    if (status < 300) p.benefits.push({ id, reported: new Map(), next: 0 });
  }

  private async realiseOrQuery(p: ProposalState): Promise<void> {
    const b = p.benefits.find((x) => x.next < QUARTERS.length);
    if (b) return this.realise({ p, b });
    return this.get('proposal', `/proposals/${p.id}`);
  }

  private async realise({ p, b }: { p: ProposalState; b: ProposalState['benefits'][number] }): Promise<void> {
    if (b.next >= QUARTERS.length) return this.get('proposal', `/proposals/${p.id}`);
    const period = QUARTERS[b.next];
    const actual = 900_000 + Math.floor(Math.random() * 200_000);
    const { status } = await this.send('realise-benefit', `/proposals/${p.id}/benefits/${b.id}/realisations`, {
      period,
      actual,
      evidence: 'Quarterly outturn report',
      commentary: 'On track',
    });
    if (status < 300) {
      b.reported.set(period, actual);
      b.next += 1;
    }
  }

  private async correct({ p, b }: { p: ProposalState; b: ProposalState['benefits'][number] }): Promise<void> {
    const [period, previous] = this.random([...b.reported.entries()]);
    const actual = previous + 1 + Math.floor(Math.random() * 1000);
    const { status } = await this.send('correct-realisation', `/proposals/${p.id}/benefits/${b.id}/realisations/${period}/corrections`, { actual, reason: 'Audit adjustment' });
    if (status < 300) b.reported.set(period, actual);
  }

  private async raiseRisk(): Promise<void> {
    const id = this.id('r');
    const { status } = await this.send('raise-risk', `/programmes/${this.soak.programmeId}/risks`, {
      riskId: id,
      proposalId: this.random(this.proposals).id,
      kind: 'threat',
      category: 'risk',
      title: `Risk ${id}`,
      cause: 'Recruitment freeze',
      event: 'Teams not staffed',
      effect: 'Benefits delayed',
      ownerName: 'Risk owner',
      likelihood: 1 + Math.floor(Math.random() * 5),
      impact: 1 + Math.floor(Math.random() * 5),
      residualLikelihood: 1,
      residualImpact: 2,
      proximity: 'Within 6 months',
      response: 'reduce',
      actions: ['Rolling recruitment'],
      raisedOn: '2006-04-01',
    });
    if (status < 300) this.risks.push(id);
  }

  private async reassessRisk(): Promise<void> {
    await this.send('reassess-risk', `/risks/${this.random(this.risks)}/reassessments`, {
      likelihood: 1 + Math.floor(Math.random() * 5),
      impact: 1 + Math.floor(Math.random() * 5),
      residualLikelihood: 1,
      residualImpact: 1,
      reason: 'Quarterly review',
      reassessedOn: '2006-06-30',
    });
  }

  private async recordDecision(): Promise<void> {
    await this.send('record-decision', `/programmes/${this.soak.programmeId}/decisions`, {
      decisionId: this.id('d'),
      forum: 'ManagementBoard',
      decisionDate: '2006-03-01',
      subject: 'Quarterly portfolio review',
      proposalId: this.random(this.proposals).id,
      outcome: 'approve',
      rationale: 'Value for money',
      conditions: [],
      minuteReference: `MB/${this.n}`,
      evidence: [],
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The run: load, reports each interval, the final check

class Soak {
  readonly run = `soak${Date.now().toString(36)}`;
  readonly programmeId = this.run;
  /** When the programme was established: "as at" queries ask for a moment after it. */
  startedAt = Date.now();
  private window: Sample[] = [];
  readonly all = { commands: [] as number[], queries: [] as number[], errors: 0, refused: 0, byStatus: {} as Record<string, number> };
  /** Per operation, per interval: [interval, ms] — to see which one slows down as the data grows. */
  readonly byOp = new Map<string, { interval: number; ms: number }[]>();
  interval = 1;
  private lags: { events: number; seconds: number }[] = [];

  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  record(sample: Sample): void {
    this.window.push(sample);
    const op = `${sample.kind === 'command' ? 'POST' : 'GET'} ${sample.op}`;
    if (!this.byOp.has(op)) this.byOp.set(op, []);
    this.byOp.get(op)!.push({ interval: this.interval, ms: sample.ms });
    (sample.kind === 'command' ? this.all.commands : this.all.queries).push(sample.ms);
    if (sample.status >= 500 || sample.status === 0) this.all.errors += 1;
    else if (sample.status === 409 || sample.status === 412) this.all.refused += 1;
    if (sample.status >= 300 || sample.status === 0) {
      const key = `${sample.op} ${sample.status}`;
      this.all.byStatus[key] = (this.all.byStatus[key] ?? 0) + 1;
    }
  }

  /** How far the projections are behind: the largest, over every projection. */
  async lag(): Promise<{ events: number; seconds: number }> {
    try {
      const res = await fetch(`${this.baseUrl}/health`, { signal: AbortSignal.timeout(5000) });
      const body = (await res.json()) as { projections?: { eventsBehind: number; secondsBehind: number }[] };
      const projections = body.projections ?? [];
      return {
        events: Math.max(0, ...projections.map((p) => p.eventsBehind)),
        seconds: Math.max(0, ...projections.map((p) => p.secondsBehind)),
      };
    } catch {
      return { events: -1, seconds: -1 };
    }
  }

  async sampleLag(): Promise<void> {
    this.lags.push(await this.lag());
  }

  /** Count, p50 and p99 of each operation; p50 in the first and the last interval. */
  operations(): string {
    const last = this.interval - 1;
    const rows = [...this.byOp.entries()].map(([op, samples]) => {
      const all = Float64Array.from(samples.map((x) => x.ms));
      const p50Of = (i: number) => percentile(Float64Array.from(samples.filter((x) => x.interval === i).map((x) => x.ms)), 50);
      return { op, n: samples.length, total: all.reduce((a, b) => a + b, 0), p50: percentile(all, 50), p99: percentile(all, 99), first: p50Of(1), last: p50Of(last) };
    });
    rows.sort((a, b) => b.total - a.total);
    const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-').padStart(7);
    return [
      `${'operation'.padEnd(26)} ${'count'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}   p50 first → last interval`,
      ...rows.map((r) => `${r.op.padEnd(26)} ${String(r.n).padStart(6)} ${f(r.p50)} ${f(r.p99)}   ${f(r.first)} → ${f(r.last)}`),
    ].join('\n');
  }

  report(label: string, seconds: number): string {
    this.interval += 1;
    const w = this.window;
    this.window = [];
    const lags = this.lags;
    this.lags = [];
    const ms = (kind: Kind) => Float64Array.from(w.filter((s) => s.kind === kind).map((s) => s.ms));
    const commands = ms('command');
    const queries = ms('query');
    const errors = w.filter((s) => s.status >= 500 || s.status === 0).length;
    const refused = w.filter((s) => s.status === 409 || s.status === 412).length;
    const maxLag = lags.reduce((m, l) => ({ events: Math.max(m.events, l.events), seconds: Math.max(m.seconds, l.seconds) }), { events: 0, seconds: 0 });
    const last = lags[lags.length - 1] ?? { events: 0, seconds: 0 };
    const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
    return (
      `${label.padEnd(9)} ${(w.length / seconds).toFixed(0).padStart(6)} req/s  ` +
      `commands ${(commands.length / seconds).toFixed(0).padStart(4)}/s p50 ${f(percentile(commands, 50)).padStart(5)} p99 ${f(percentile(commands, 99)).padStart(6)} ms  ` +
      `queries ${(queries.length / seconds).toFixed(0).padStart(4)}/s p50 ${f(percentile(queries, 50)).padStart(5)} p99 ${f(percentile(queries, 99)).padStart(6)} ms  ` +
      `refused ${refused}  errors ${errors}  projector lag max ${maxLag.events} events / ${maxLag.seconds.toFixed(1)} s (now ${last.events})`
    );
  }
}

/** Rebuilds every projection into shadow tables and compares them with the live ones; cleans up after itself. */
async function compareWithRebuild(databaseUrl: string): Promise<{ equal: boolean; events: number; tables: string[]; seconds: number }> {
  const started = performance.now();
  const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: databaseUrl, poolConfig: { max: 4 } });
  const db = await openReadModels(databaseUrl, { poolSize: 4 });
  const different: string[] = [];
  try {
    for (const projection of allProjections()) {
      await rebuildProjection(db, store, projection, { swap: false, batchSize: 5000 });
      for (const table of projection.tables) {
        const key = (await db.query(
          `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE i.indrelid = $1::regclass AND i.indisprimary`,
          [table],
        )) as { attname: string }[];
        const order = key[0] ? `t."${key[0].attname}"` : 't::text';
        const sum = async (name: string) =>
          (await db.query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY ${order})), '') AS md5 FROM "${name}" t`))[0];
        const [live, rebuilt] = [await sum(table), await sum(`${table}__shadow`)];
        if (live.n !== rebuilt.n || live.md5 !== rebuilt.md5) different.push(`${table} (${live.n} rows live, ${rebuilt.n} rebuilt)`);
        await db.query(`DROP TABLE "${table}__shadow"`);
      }
      await db.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [`${projection.name}#rebuild`]);
    }
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM events`);
    return { equal: different.length === 0, events: n, tables: different, seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.destroy();
    await store.close();
  }
}

async function signIn(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const body = (await res.json()) as { accessToken?: string; message?: string };
  if (res.status >= 300 || !body.accessToken) throw new Error(`sign-in as ${username}: ${res.status} ${body.message ?? ''}`);
  return `Bearer ${body.accessToken}`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let server: BenchServer | undefined;
  let api: ChildProcess | undefined;
  let baseUrl: string;
  let token: string;
  let databaseUrl = options.databaseUrl;
  try {
    if (options.url) {
      baseUrl = options.url;
      token = await signIn(baseUrl, options.username!, options.password!);
    } else {
      server = await acquireServer(process.env, log);
      databaseUrl = server.url;
      const secret = randomUUID() + randomUUID();
      const port = await freePort();
      baseUrl = `http://127.0.0.1:${port}`;
      api = spawnApi(server.url, port, secret);
      for (const deadline = Date.now() + 60_000; ; await sleep(100)) {
        if (api.exitCode !== null) throw new Error('the API exited at start');
        if (Date.now() > deadline) throw new Error('the API did not start within 60 s');
        if ((await fetch(`${baseUrl}/health`).then((r) => r.status).catch(() => 0)) === 200) break;
      }
      token = `Bearer ${signAccessToken(new JwtService({ secret }), { id: 'soak-office', username: 'soak-office', name: 'Soak Office', role: 'programme-office', personId: null, sid: randomUUID() }, 24 * 3600)}`;
    }

    const soak = new Soak(baseUrl, token);
    const post = async (path: string, body: object) => {
      const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { authorization: token, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    };
    await post('/programmes', { programmeId: soak.programmeId, name: `Soak ${soak.run}`, mission: 'Keep going', source: { document: 'Soak', paragraph: '1' } });
    await post(`/programmes/${soak.programmeId}/strategic-outcomes`, { outcomeId: 'safer', title: 'Communities are safer' });
    soak.startedAt = Date.now();
    const users = Array.from({ length: options.clients }, (_, i) => new VirtualUser(soak, i));
    for (const user of users) await user.setUp();

    log(
      `Soak: ${options.clients} clients for ${options.minutes} min against ${options.url ? baseUrl : `a self-started API (${server!.kind} PostgreSQL)`}; ` +
        `a report every ${options.interval} s (commands ~34%, queries ~66%)`,
    );
    const end = Date.now() + options.minutes * 60_000;
    let running = true;
    const workers = users.map(async (user) => {
      while (running && Date.now() < end) {
        await user.step();
        if (options.thinkMs > 0) await sleep(options.thinkMs);
      }
    });
    const lagSampler = (async () => {
      while (running && Date.now() < end) {
        await soak.sampleLag();
        await sleep(1000);
      }
    })();
    const started = Date.now();
    let intervalStart = started;
    for (let i = 1; Date.now() < end; i++) {
      const next = Math.min(started + i * options.interval * 1000, end);
      await sleep(Math.max(0, next - Date.now()));
      const now = Date.now();
      console.log(soak.report(`${((now - started) / 60_000).toFixed(1)} min`, (now - intervalStart) / 1000));
      intervalStart = now;
    }
    running = false;
    await Promise.all([...workers, lagSampler]);

    // Let the projections catch up, then the final check.
    const stoppedAt = Date.now();
    let lag = await soak.lag();
    while (lag.events !== 0 && Date.now() - stoppedAt < 60_000) {
      await sleep(200);
      lag = await soak.lag();
    }
    const catchUp = (Date.now() - stoppedAt) / 1000;
    const seconds = (stoppedAt - started) / 1000;
    const all = soak.all;
    const f = (xs: number[], p: number) => percentile(Float64Array.from(xs), p).toFixed(1);
    console.log(
      `\nTotal over ${seconds.toFixed(0)} s: ${all.commands.length + all.queries.length} requests (${((all.commands.length + all.queries.length) / seconds).toFixed(0)}/s); ` +
        `commands ${all.commands.length} (p50 ${f(all.commands, 50)} ms, p99 ${f(all.commands, 99)} ms), queries ${all.queries.length} (p50 ${f(all.queries, 50)} ms, p99 ${f(all.queries, 99)} ms); ` +
        `refused (409/412) ${all.refused}, errors (5xx or no answer) ${all.errors}${Object.keys(all.byStatus).length ? ` ${JSON.stringify(all.byStatus)}` : ''}`,
    );
    console.log(`\n${soak.operations()}\n`);
    console.log(`Projections caught up ${catchUp.toFixed(1)} s after the load stopped (${lag.events === 0 ? 'all at the head of the log' : `still ${lag.events} events behind`}).`);
    let ok = all.errors === 0 && lag.events === 0;
    if (databaseUrl) {
      const check = await compareWithRebuild(databaseUrl);
      ok &&= check.equal;
      console.log(
        check.equal
          ? `Read models equal a rebuild from the log: every table, row for row (${check.events} events, rebuilt in ${check.seconds.toFixed(1)} s).`
          : `Read models DIFFER from a rebuild: ${check.tables.join(', ')}`,
      );
    } else {
      console.log('No --database-url: the final comparison with a rebuild was skipped.');
    }
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api!.once('exit', r));
    }
    await server?.release();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

