// `npm run bench:portfolio` (issue 21's third bullet): a national portfolio — 50 programmes,
// 2,000 proposals (40 a programme), 10 years of quarterly benefit reporting (2016-Q1 …
// 2025-Q4) — written straight into the log, server-side, then:
// - a full rebuild of every read model (one Projector over the whole log, all projections
//   from position 0, as a new read-model database would) against a COPY floor (the same
//   batched reads of the log, then raw COPY of audit-history-shaped rows: read-side.ts's floor);
// - p50/p99 over N runs of the pages' queries: dashboard (the programme now), proposal (its
//   row, its benefits, its timeline), audit page, as-at now and on a day, and the changes
//   between two meetings;
// - the committee pack (built and rendered to PDF), and the audit chain's verify rate.
// PORTFOLIO_EVENTS sets the size (default 5,000,000; try 200000 first); the number of benefits
// a proposal has follows from it. PORTFOLIO_RUNS (default 50) runs per query. DATABASE_URL as
// for `npm run bench` (else a throw-away embedded PostgreSQL). Not part of `npm test`.
import { randomInt } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { DEFAULT_BATCH, Projector } from '@ledger/platform/projection';
import { listAuditHistory, proposalTimeline, verifyChain } from '@ledger/audit';
import { benefitsOfProposal } from '@ledger/benefit';
import { buildCommitteePack, packPdf } from '@ledger/committee';
import { diffSnapshots, programmeAsAt, programmeNow, programmeOn } from '@ledger/programme-views';
import { proposalRow } from '@ledger/proposal';
import { percentile } from './measure';
import { copyFloor } from './read-side';
import { acquireServer } from './server';

const PROGRAMMES = 50;
const PROPOSALS = 40; // a programme: 2,000 in all
const QUARTERS = 40; // 2016-Q1 … 2025-Q4
const log = (m: string) => process.stderr.write(`${m}\n`);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** Benefits a proposal needs for about `events` events in all (each: planned + 40 realisations). */
export function benefitsPerProposal(events: number): number {
  const fixed = PROGRAMMES * (5 + PROPOSALS * 3);
  return Math.max(1, Math.round((events - fixed) / (PROGRAMMES * PROPOSALS * (1 + QUARTERS))));
}

/** The log, written by PostgreSQL itself (INSERT … SELECT): realistic shapes, time spread over 2015–2025. */
async function generate(pool: Pool, benefits: number): Promise<void> {
  const meta = (role: string) => `jsonb_build_object('actor', jsonb_build_object('id', '${role}-1', 'name', 'Bench ${role}', 'role', '${role}'), 'correlationId', 'bench')`;
  const base = `timestamptz '2015-06-01T00:00:00Z'`;
  const pid = `'p' || p`;
  const prop = `'p' || p || '-' || k`;
  await pool.query(`
    INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
    SELECT 'programme-' || ${pid}, v, gen_random_uuid(),
           CASE WHEN v = 1 THEN 'ProgrammeEstablished' ELSE 'StrategicOutcomeDefined' END,
           CASE WHEN v = 1 THEN jsonb_build_object('programmeId', ${pid}, 'name', 'Programme ' || p, 'mission', 'Working together for a safer country', 'description', null, 'source', jsonb_build_object('document', 'Bench', 'paragraph', null))
                ELSE jsonb_build_object('programmeId', ${pid}, 'outcomeId', 'o' || v, 'title', 'Outcome ' || v, 'description', null) END,
           ${meta('programme-office')}, ${base} + (p * 10 + v) * interval '1 minute'
      FROM generate_series(1, ${PROGRAMMES}) p, generate_series(1, 5) v`);
  await pool.query(`
    INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
    SELECT 'proposal-' || ${prop}, v, gen_random_uuid(),
           (ARRAY['ProposalRegistered', 'ProposalAgreed', 'LeadAssigned'])[v],
           CASE v
             WHEN 1 THEN jsonb_build_object('proposalId', ${prop}, 'programmeId', ${pid}, 'title', 'Proposal ' || k, 'aims', 'Aims', 'source', jsonb_build_object('document', 'Bench', 'paragraph', null), 'outcomeIds', jsonb_build_array('o2'), 'priorityIds', '[]'::jsonb)
             WHEN 2 THEN jsonb_build_object('proposalId', ${prop}, 'forum', 'Authority', 'decisionDate', '2015-09-29', 'meeting', 'Full Authority', 'minuteReference', 'M' || k, 'conditions', '[]'::jsonb)
             ELSE jsonb_build_object('proposalId', ${prop}, 'leadId', 'lead-' || k, 'leadName', 'Lead ' || k, 'leadRole', 'AC', 'effectiveDate', '2015-10-01', 'previousLead', null, 'reason', null) END,
           ${meta('programme-office')}, ${base} + interval '1 day' + (p * 1000 + k * 3 + v) * interval '1 minute'
      FROM generate_series(1, ${PROGRAMMES}) p, generate_series(1, ${PROPOSALS}) k, generate_series(1, 3) v`);
  await pool.query(`
    INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
    SELECT 'benefit-' || ${prop} || '-b' || b, 1, gen_random_uuid(), 'BenefitPlanned',
           jsonb_build_object('benefitId', ${prop} || '-b' || b, 'proposalId', ${prop}, 'programmeId', ${pid},
             'description', 'Cashable saving ' || b, 'observableOutcome', 'Lower cost', 'measure', 'Savings', 'unit', 'GBP-pence',
             'attribution', 'Finance', 'cashReleasing', true, 'quantitative', true, 'isDisbenefit', false, 'ownerId', 'lead-' || k,
             'ownerName', 'Lead ' || k, 'baseline', 0, 'target', 1000000000, 'fullYearValue', null,
             'schedule', (SELECT jsonb_agg(jsonb_build_object('period', (2016 + q / 4) || '-Q' || (q % 4 + 1), 'plannedValue', 10000000)) FROM generate_series(0, ${QUARTERS - 1}) q)),
           ${meta('lead')}, ${base} + interval '2 days' + (p * 100000 + k * 100 + b) * interval '1 second'
      FROM generate_series(1, ${PROGRAMMES}) p, generate_series(1, ${PROPOSALS}) k, generate_series(1, ${benefits}) b`);
  // Realisations quarter by quarter (one statement a quarter: the log's order is time's order).
  for (let q = 0; q < QUARTERS; q++) {
    await pool.query(`
      INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
      SELECT 'benefit-' || ${prop} || '-b' || b, ${q + 2}, gen_random_uuid(), 'BenefitRealised',
             jsonb_build_object('benefitId', ${prop} || '-b' || b, 'period', '${2016 + Math.floor(q / 4)}-Q${(q % 4) + 1}', 'actual', 9000000 + b,
               'forecastRemaining', null, 'evidence', 'Finance ledger extract', 'commentary', null, 'reportedBy', 'lead-' || k),
             ${meta('lead')}, timestamptz '${2016 + Math.floor(q / 4)}-${String(((q % 4) + 1) * 3).padStart(2, '0')}-20T09:00:00Z' + (p * 10000 + k * 100 + b) * interval '1 second'
        FROM generate_series(1, ${PROGRAMMES}) p, generate_series(1, ${PROPOSALS}) k, generate_series(1, ${benefits}) b`);
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

async function latencies(runs: number, op: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number; max: number; runs: number }> {
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await op(i);
    samples[i] = performance.now() - started;
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), max: Math.max(...samples), runs };
}

async function main() {
  const events = Number(process.env.PORTFOLIO_EVENTS ?? 5_000_000);
  const runs = Number(process.env.PORTFOLIO_RUNS ?? 50);
  const benefits = benefitsPerProposal(events);
  const loadStart = load();
  const server = await acquireServer(process.env, log);
  const pool = new Pool({ connectionString: server.url, max: 4 });
  const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), pool });
  const rows: string[] = [];
  const row = (what: string, figure: string, target = '') => {
    rows.push(`| ${what} | ${figure} | ${target} |`);
    log(`${what}: ${figure} ${target}`);
  };
  try {
    await store.migrate();
    const db = await openReadModels(server.url);
    log(`Generating ${PROGRAMMES} programmes, ${PROGRAMMES * PROPOSALS} proposals, ${benefits} benefits a proposal, ${QUARTERS} quarters…`);
    const [, genSeconds] = await timed(() => generate(pool, benefits));
    await pool.query('VACUUM ANALYZE events');
    const [{ n }] = (await pool.query('SELECT count(*)::int AS n FROM events')).rows;
    row('events generated (INSERT … SELECT on the server)', `${n.toLocaleString('en-GB')} in ${genSeconds.toFixed(0)} s`);

    // Full rebuild: every projection from the start, one shared read of the log per batch.
    const batchSize = Number(process.env.BENCH_REBUILD_BATCH ?? DEFAULT_BATCH);
    const projections = allProjections();
    // Where the rebuild's time goes: wall time inside each projection's apply, and in the log's reads.
    const applyMs = new Map<string, number>();
    for (const projection of projections) {
      const apply = projection.apply.bind(projection);
      projection.apply = async (...args) => {
        const started = performance.now();
        try {
          return await apply(...args);
        } finally {
          applyMs.set(projection.name, (applyMs.get(projection.name) ?? 0) + performance.now() - started);
        }
      };
    }
    const projector = new Projector(db, store, projections, { databaseUrl: server.url, batchSize, idleMs: 20, log: (m) => (m.startsWith('projector: now active') ? undefined : log(m)) });
    const [{ head }] = (await pool.query('SELECT max(global_position)::bigint AS head FROM events')).rows;
    const [, rebuildSeconds] = await timed(async () => {
      projector.start();
      // Done when every projection has applied (or passed over) the log's last event.
      for (let polls = 0; ; polls++) {
        const statuses = projector.statuses();
        if (statuses.every((s) => s.position.globalPosition >= Number(head))) break;
        if (polls % 40 === 39) {
          const slowest = statuses.reduce((a, b) => (a.position.globalPosition <= b.position.globalPosition ? a : b));
          log(`  rebuild: ${slowest.name} at ${slowest.position.globalPosition} of ${head}${slowest.lastError ? ` (${slowest.lastError})` : ''}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    });
    await projector.stop();
    const slowest = [...applyMs].sort((a, b) => b[1] - a[1]).slice(0, 6);
    log(`  rebuild: time in apply, slowest first: ${slowest.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    const [copied, floorSeconds] = await timed(() => copyFloor(store, pool, batchSize));
    const rebuildRate = n / rebuildSeconds;
    const floorRate = copied / floorSeconds;
    row(
      `full rebuild, ${projections.length} projections vs COPY floor`,
      `${Math.round(rebuildRate).toLocaleString('en-GB')} vs ${Math.round(floorRate).toLocaleString('en-GB')} events/s = **${(rebuildRate / floorRate).toFixed(2)}×** (${rebuildSeconds.toFixed(0)} s vs ${floorSeconds.toFixed(0)} s)`,
      `≥ 0.8× ${rebuildRate / floorRate >= 0.8 ? 'ok' : 'BELOW'}`,
    );

    const target = `p${Math.ceil(PROGRAMMES / 2)}`;
    const proposal = (i: number) => `${target}-${(i % PROPOSALS) + 1}`;
    const page = (what: string, r: { p50: number; p99: number; max: number; runs: number }) =>
      row(`${what} (${r.runs} runs)`, `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`, `p99 ≤ 50 ms ${r.p99 <= 50 ? 'ok' : 'ABOVE'}`);
    page('dashboard: the programme now (read models)', await latencies(runs, () => programmeNow(db, target)));
    page('proposal: its row, benefits and timeline', await latencies(runs, (i) => Promise.all([proposalRow(db, proposal(i)), benefitsOfProposal(db, proposal(i)), proposalTimeline(db, proposal(i))])));
    page(
      'audit page (50 rows, a programme, newest first / a later page)',
      await latencies(runs, (i) =>
        listAuditHistory(db, { scope: 'all', signInEventTypes: [], signInStreamId: 'users', programmeId: target, limit: 50, beforePosition: i % 2 ? String(Math.floor(n / 2)) : undefined }),
      ),
    );
    let folded = 0;
    page('as at now (the programme folded from its events)', await latencies(Math.min(runs, 10), async () => {
      folded = (await programmeAsAt(db, store, target, new Date())).events.length;
    }));
    page('as at a day in 2020 (business time)', await latencies(Math.min(runs, 10), () => programmeOn(db, store, target, `2020-0${randomInt(1, 10)}-15`)));
    page('changes between two meetings (two as-ats, diffed)', await latencies(Math.min(runs, 10), async () => {
      const [a, b] = await Promise.all([programmeAsAt(db, store, target, new Date('2024-03-31T23:59:59Z')), programmeAsAt(db, store, target, new Date('2024-06-30T23:59:59Z'))]);
      return diffSnapshots(a.snapshot, b.snapshot);
    }));
    row('events a programme folds (as-at now)', folded.toLocaleString('en-GB'));

    const [pdf, pdfSeconds] = await timed(async () => packPdf(await buildCommitteePack(db, store, { programmeId: target, meeting: '2024-06-30', previous: '2024-03-31' })));
    row('committee pack, built and rendered to PDF', `${pdfSeconds.toFixed(2)} s (${Math.round(pdf.length / 1024)} KiB)`, `≤ 2 s ${pdfSeconds <= 2 ? 'ok' : 'ABOVE'}`);

    const client = await pool.connect();
    try {
      const [verified, verifySeconds] = await timed(() => verifyChain((text, params) => client.query(text, params).then((r) => r.rows), { store }));
      row('audit chain verified (whole log)', `${verified.ok ? 'ok' : 'BROKEN'}: ${verified.checkedEvents.toLocaleString('en-GB')} events in ${verifySeconds.toFixed(0)} s = ${Math.round(verified.checkedEvents / verifySeconds).toLocaleString('en-GB')} events/s`);
    } finally {
      client.release();
    }
    console.log(`\nNational portfolio: ${n.toLocaleString('en-GB')} events; load average ${loadStart} at the start, ${load()} at the end\n`);
    console.log('| measure | figure | target |\n|---|---|---|');
    console.log(rows.join('\n'));
    await db.destroy();
  } finally {
    await store.close();
    await pool.end();
    await server.release();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
