import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventIdsFor } from '@ledger/platform/event-store';
import { signAccessToken } from '../../../apps/api/auth/access-token';
import { sleep } from './processes';
import { provisionMintedAt, rememberMinted } from '../../support/minted-sessions';

/**
 * Clients of the fault tests: each sends commands one after another, every one with
 * an Idempotency-Key, and retries the SAME request (same key) after a dropped
 * connection or a 5xx until it gets an answer — as a careful client would. Every
 * 2xx is recorded; afterwards `verifyAcknowledged` checks each one against the store.
 */

export const FAULT_JWT_SECRET = 'programme-ledger-fault-tests-only-0123456789abcdef';

/**
 * A bearer token for a programme-office user `id`, signed with the fault tests' key. Its
 * session and user are written into the database on first use (minted-sessions.ts).
 */
export function bearer(id: string, secret = FAULT_JWT_SECRET): string {
  const jwt = new JwtService({ secret });
  const sid = randomUUID();
  rememberMinted(sid, { id, name: `Fault ${id}`, role: 'programme-office' });
  return `Bearer ${signAccessToken(jwt, { id, username: id, name: `Fault ${id}`, role: 'programme-office', personId: id, sid }, 3600)}`;
}

const source = { document: 'Fault test', paragraph: '1' };
const QUARTERS = Array.from({ length: 60 }, (_, i) => `${2006 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

function riskBody(riskId: string) {
  return {
    riskId,
    proposalId: 'fp-prop',
    kind: 'threat',
    category: 'risk',
    title: `Risk ${riskId}`,
    cause: 'Supplier capacity',
    event: 'Late delivery',
    effect: 'Benefits delayed',
    ownerName: 'Fault Owner',
    likelihood: 3,
    impact: 4,
    residualLikelihood: 2,
    residualImpact: 2,
    proximity: 'Within 6 months',
    response: 'reduce',
    actions: ['Weekly supplier review'],
    raisedOn: '2006-04-01',
  };
}

async function post(baseUrl: string, path: string, token: string, body: unknown): Promise<void> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: token, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
}

/** The programme `fp`, its proposal `fp-prop` and one programme-level benefit per client, over HTTP. */
export async function arrangeProgramme(baseUrl: string, clients: number, databaseUrl: string): Promise<void> {
  const token = bearer('fault-arranger');
  await provisionMintedAt(databaseUrl, token);
  await post(baseUrl, '/programmes', token, { programmeId: 'fp', name: 'Fault Programme', mission: 'Survive', source });
  await post(baseUrl, '/programmes/fp/strategic-outcomes', token, { outcomeId: 'safer', title: 'Safer' });
  await post(baseUrl, '/programmes/fp/proposals', token, { proposalId: 'fp-prop', title: 'Fault proposal', aims: 'Aims', source, outcomeIds: ['safer'], priorityIds: [] });
  // The benefits' owner must be in the people directory.
  await post(baseUrl, '/people', token, { personId: 'fault-owner', name: 'Fault Owner' });
  for (let c = 0; c < clients; c++) {
    await post(baseUrl, '/programmes/fp/benefits', token, {
      benefitId: `fp-benefit-${c}`,
      description: 'Savings',
      observableOutcome: 'Lower cost',
      measure: 'Cash',
      unit: 'GBP-pence',
      attribution: 'Finance',
      cashReleasing: true,
      quantitative: true,
      isDisbenefit: false,
      ownerId: 'fault-owner',
      ownerName: 'Fault Owner',
      baseline: 0,
      target: 1_000_000,
      schedule: QUARTERS.map((period) => ({ period, plannedValue: 5_000 })),
    });
  }
}

type Kind = 'raise' | 'reassess' | 'realise';

interface Command {
  kind: Kind;
  key: string;
  /** The value that identifies the command's event in the store (risk id, reason, commentary). */
  tag: string;
  path: string;
  body: unknown;
}

export interface Acknowledged {
  kind: Kind;
  key: string;
  tag: string;
  actorId: string;
  status: number;
  duplicate: boolean;
}

export interface LoadStats {
  sent: number;
  acknowledged: number;
  /** 2xx answers that said "already recorded": a retry of a command whose first answer was lost. */
  duplicateAnswers: number;
  /** Requests that got no answer (connection refused or reset). */
  dropped: number;
  unavailable: number;
  /** The slowest 503 (ms): the database being down must not make requests hang. */
  slowest503Ms: number;
  /** The slowest request that failed in any way, answered or not (ms). */
  slowestFailureMs: number;
  otherStatuses: Record<string, number>;
  firstUnavailableBody?: { code?: string; message?: string };
  queries: number;
  queries503: number;
  /** Requests sent and not yet answered, now. */
  inFlight: number;
}

/** One client: a user of its own, commands in sequence, each retried until it is answered. */
class LoadClient {
  private n = 0;
  private risks: string[] = [];
  private nextQuarter = 0;
  readonly actorId: string;
  private readonly token: string;
  get authorization(): string {
    return this.token;
  }

  constructor(
    private readonly load: CommandLoad,
    readonly index: number,
  ) {
    this.actorId = `fault-${load.run}-c${index}`;
    this.token = bearer(this.actorId);
  }

  private next(): Command {
    this.n += 1;
    const key = `${this.load.run}-c${this.index}-${this.n}`;
    const roll = (this.n * 7 + this.index) % 10;
    if (this.risks.length === 0 || roll < 4) {
      const riskId = `${this.load.run}-c${this.index}-r${this.n}`;
      return { kind: 'raise', key, tag: riskId, path: '/programmes/fp/risks', body: riskBody(riskId) };
    }
    if (roll < 7 || this.nextQuarter >= QUARTERS.length) {
      const riskId = this.risks[this.n % this.risks.length];
      return {
        kind: 'reassess',
        key,
        tag: `reassessed ${key}`,
        path: `/risks/${riskId}/reassessments`,
        body: { likelihood: 1 + (this.n % 5), impact: 2, residualLikelihood: 1, residualImpact: 1, reason: `reassessed ${key}`, reassessedOn: '2006-06-30' },
      };
    }
    const period = QUARTERS[this.nextQuarter];
    return {
      kind: 'realise',
      key,
      tag: `realised ${key}`,
      path: `/programmes/fp/benefits/fp-benefit-${this.index}/realisations`,
      body: { period, actual: 4_000 + this.n, evidence: 'Ledger extract', commentary: `realised ${key}` },
    };
  }

  async run(): Promise<void> {
    const stats = this.load.stats;
    while (!this.load.stopping) {
      if (this.load.queryEvery > 0 && this.n % this.load.queryEvery === 0) await this.query();
      const command = this.next();
      const deadline = Date.now() + this.load.retryForMs;
      for (;;) {
        const started = Date.now();
        stats.sent += 1;
        stats.inFlight += 1;
        let status: number;
        let body: Record<string, unknown> = {};
        try {
          const res = await fetch(`${this.load.baseUrl()}${command.path}`, {
            method: 'POST',
            headers: { Authorization: this.token, 'Content-Type': 'application/json', 'Idempotency-Key': command.key },
            body: JSON.stringify(command.body),
            signal: AbortSignal.timeout(20_000),
          });
          status = res.status;
          body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
        } catch {
          stats.inFlight -= 1;
          stats.dropped += 1;
          stats.slowestFailureMs = Math.max(stats.slowestFailureMs, Date.now() - started);
          if (Date.now() > deadline) throw new Error(`command ${command.key} got no answer for ${this.load.retryForMs} ms`);
          await sleep(50);
          continue;
        }
        stats.inFlight -= 1;
        const elapsed = Date.now() - started;
        if (status >= 200 && status < 300) {
          stats.acknowledged += 1;
          if (body.duplicate === true) stats.duplicateAnswers += 1;
          this.load.acknowledged.push({ kind: command.kind, key: command.key, tag: command.tag, actorId: this.actorId, status, duplicate: body.duplicate === true });
          if (command.kind === 'raise') this.risks.push(command.tag);
          if (command.kind === 'realise') this.nextQuarter += 1;
          break;
        }
        stats.slowestFailureMs = Math.max(stats.slowestFailureMs, elapsed);
        if (status === 503) {
          stats.unavailable += 1;
          stats.slowest503Ms = Math.max(stats.slowest503Ms, elapsed);
          stats.firstUnavailableBody ??= { code: body.code as string, message: body.message as string };
        } else {
          stats.otherStatuses[status] = (stats.otherStatuses[status] ?? 0) + 1;
          this.load.unexpected.push({ key: command.key, status, body });
          if (status < 500) break; // refused: not retried (none is expected)
        }
        if (Date.now() > deadline) throw new Error(`command ${command.key} still failing after ${this.load.retryForMs} ms (last ${status})`);
        await sleep(100);
      }
    }
  }

  /** A read (the programme as it is now); during an outage it must fail fast too. */
  private async query(): Promise<void> {
    const stats = this.load.stats;
    const started = Date.now();
    try {
      const res = await fetch(`${this.load.baseUrl()}/programmes/fp`, { headers: { Authorization: this.token }, signal: AbortSignal.timeout(20_000) });
      await res.arrayBuffer();
      stats.queries += 1;
      if (res.status === 503) {
        stats.queries503 += 1;
        stats.slowest503Ms = Math.max(stats.slowest503Ms, Date.now() - started);
      } else if (res.status !== 200) {
        stats.otherStatuses[`GET ${res.status}`] = (stats.otherStatuses[`GET ${res.status}`] ?? 0) + 1;
      }
    } catch {
      stats.dropped += 1;
    }
  }
}

export interface CommandLoadOptions {
  clients: number;
  baseUrl: () => string;
  /** The API's database: the clients' sessions are written there before they start. */
  databaseUrl: string;
  /** How long one command is retried before the test gives up on it. */
  retryForMs?: number;
  /** A read before every Nth command (0: none). */
  queryEvery?: number;
}

export class CommandLoad {
  readonly run = `f${Date.now().toString(36)}`;
  readonly acknowledged: Acknowledged[] = [];
  readonly unexpected: { key: string; status: number; body: unknown }[] = [];
  readonly stats: LoadStats = {
    sent: 0,
    acknowledged: 0,
    duplicateAnswers: 0,
    dropped: 0,
    unavailable: 0,
    slowest503Ms: 0,
    slowestFailureMs: 0,
    otherStatuses: {},
    queries: 0,
    queries503: 0,
    inFlight: 0,
  };
  stopping = false;
  readonly baseUrl: () => string;
  readonly databaseUrl: string;
  readonly retryForMs: number;
  readonly queryEvery: number;
  private running?: Promise<void[]>;
  readonly clients: LoadClient[];

  constructor(options: CommandLoadOptions) {
    this.baseUrl = options.baseUrl;
    this.databaseUrl = options.databaseUrl;
    this.retryForMs = options.retryForMs ?? 60_000;
    this.queryEvery = options.queryEvery ?? 0;
    this.clients = Array.from({ length: options.clients }, (_, i) => new LoadClient(this, i));
  }

  /** Starts the clients, once their users and sessions exist. */
  async start(): Promise<void> {
    for (const c of this.clients) await provisionMintedAt(this.databaseUrl, c.authorization);
    this.running = Promise.all(this.clients.map((c) => c.run()));
    this.running.catch(() => undefined);
  }

  /** Lets every client finish the command it is on (until it is answered), then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }
}

export interface Verification {
  acknowledged: number;
  found: number;
  missing: string[];
  /** Commands whose event is in the store more than once. */
  duplicates: string[];
}

/**
 * Every acknowledged command's event is in the store — by the id its Idempotency-Key
 * derives, and by the value that names it — and no command's event is there twice.
 */
export async function verifyAcknowledged(databaseUrl: string, acknowledged: readonly Acknowledged[]): Promise<Verification> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ event_id: string; event_type: string; tag: string | null }>(
      `SELECT event_id, event_type,
              CASE event_type WHEN 'RiskRaised' THEN data->>'riskId'
                              WHEN 'RiskReassessed' THEN data->>'reason'
                              WHEN 'BenefitRealised' THEN data->>'commentary' END AS tag
         FROM events WHERE event_type IN ('RiskRaised', 'RiskReassessed', 'BenefitRealised')`,
    );
    const ids = new Set(rows.map((r) => r.event_id));
    const byTag = new Map<string, number>();
    for (const r of rows) if (r.tag) byTag.set(r.tag, (byTag.get(r.tag) ?? 0) + 1);
    const missing: string[] = [];
    const duplicates: string[] = [];
    let found = 0;
    for (const a of acknowledged) {
      const [eventId] = eventIdsFor(1, `${a.actorId}:${a.key}`);
      const count = byTag.get(a.tag) ?? 0;
      if (ids.has(eventId) && count >= 1) found += 1;
      else missing.push(a.key);
      if (count > 1) duplicates.push(a.key);
    }
    // And nothing in the store under these tags twice, acknowledged or not.
    for (const [tag, count] of byTag) if (count > 1 && !duplicates.includes(tag)) duplicates.push(tag);
    return { acknowledged: acknowledged.length, found, missing, duplicates };
  } finally {
    await db.end();
  }
}
