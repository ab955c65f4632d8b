import { ledgerUpcasters, openReadModels } from '@ledger/catalogue';
// `npm run bench` (part 2): the read side at 1,000,000 stored events.
// - rebuild of the audit history from the whole log, against a COPY floor that reads
//   the same batches and COPYs rows of the same shape into a table with the same indexes;
// - p50/p99 of "as at" for one programme, and of an audit-history page.
// BENCH_SCALE shrinks the event count (default 1 → 1,000,000).
import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { LOG_START, PostgresEventStore, type LogPosition } from '@ledger/platform/event-store';
import { AuditHistoryProjection } from '@ledger/audit';
import { programmeAsAt } from '@ledger/programme-views';
import { rebuildProjection } from '@ledger/platform/projection';
import { percentile } from './measure';
import { acquireServer } from './server';

const EVENTS_PER_PROGRAMME = 2_000;
const PROPOSALS = 20;
const REALISATIONS_PER_BENEFIT = 94; // 4 + 1 + 20×3 + 20×(1 + 94) = 1,985 events a programme

/** Writes `programmes` realistic programmes straight into the log, server-side. */
async function generate(pool: Pool, programmes: number): Promise<void> {
  const base = `timestamptz '2005-09-01T00:00:00Z'`;
  const meta = (role: string) => `jsonb_build_object('actor', jsonb_build_object('id', '${role}-1', 'name', 'Bench ${role}', 'role', '${role}'), 'correlationId', 'bench')`;
  const at = (expr: string) => `${base} + (${expr}) * interval '1 minute'`;
  await pool.query(`
    INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
    SELECT 'programme-p' || p, v, gen_random_uuid(),
           CASE WHEN v = 1 THEN 'ProgrammeEstablished' ELSE 'StrategicOutcomeDefined' END,
           CASE WHEN v = 1 THEN jsonb_build_object('programmeId', 'p' || p, 'name', 'Programme ' || p, 'mission', 'Working together for a safer London', 'description', null, 'source', jsonb_build_object('document', 'Bench', 'paragraph', null))
                ELSE jsonb_build_object('programmeId', 'p' || p, 'outcomeId', 'o' || v, 'title', 'Outcome ' || v, 'description', null) END,
           ${meta('programme-office')}, ${at('v')}
      FROM generate_series(1, ${programmes}) p, generate_series(1, 5) v`);
  await pool.query(`
    INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
    SELECT 'proposal-p' || p || '-' || k, v, gen_random_uuid(),
           (ARRAY['ProposalRegistered', 'ProposalAgreed', 'LeadAssigned'])[v],
           CASE v
             WHEN 1 THEN jsonb_build_object('proposalId', 'p' || p || '-' || k, 'programmeId', 'p' || p, 'title', 'Proposal ' || k, 'aims', 'Aims', 'source', jsonb_build_object('document', 'Bench', 'paragraph', null), 'outcomeIds', jsonb_build_array('o2'), 'priorityIds', '[]'::jsonb)
             WHEN 2 THEN jsonb_build_object('proposalId', 'p' || p || '-' || k, 'forum', 'Authority', 'decisionDate', '2005-09-29', 'meeting', 'Full Authority', 'minuteReference', 'M' || k, 'conditions', '[]'::jsonb)
             ELSE jsonb_build_object('proposalId', 'p' || p || '-' || k, 'leadId', 'lead-' || k, 'leadName', 'Lead ' || k, 'leadRole', 'AC', 'effectiveDate', '2005-10-01', 'previousLead', null, 'reason', null) END,
           ${meta('programme-office')}, ${at('10 + k * 3 + v')}
      FROM generate_series(1, ${programmes}) p, generate_series(1, ${PROPOSALS}) k, generate_series(1, 3) v`);
  await pool.query(`
    INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
    SELECT 'benefit-p' || p || '-' || k, 1, gen_random_uuid(), 'BenefitPlanned',
           jsonb_build_object('benefitId', 'p' || p || '-' || k, 'proposalId', 'p' || p || '-' || k, 'programmeId', 'p' || p,
             'description', 'Cashable saving ' || k, 'observableOutcome', 'Lower cost', 'measure', 'Savings', 'unit', 'GBP-pence',
             'attribution', 'Finance', 'cashReleasing', true, 'quantitative', true, 'isDisbenefit', false, 'ownerId', 'lead-' || k,
             'ownerName', 'Lead ' || k, 'baseline', 0, 'target', 1000000000, 'fullYearValue', null,
             'schedule', (SELECT jsonb_agg(jsonb_build_object('period', (2006 + q / 4) || '-Q' || (q % 4 + 1), 'plannedValue', 10000000)) FROM generate_series(0, ${REALISATIONS_PER_BENEFIT - 1}) q)),
           ${meta('lead')}, ${at('100 + k')}
      FROM generate_series(1, ${programmes}) p, generate_series(1, ${PROPOSALS}) k`);
  await pool.query(`
    INSERT INTO events (stream_id, stream_version, event_id, event_type, data, metadata, recorded_at)
    SELECT 'benefit-p' || p || '-' || k, q + 2, gen_random_uuid(), 'BenefitRealised',
           jsonb_build_object('benefitId', 'p' || p || '-' || k, 'period', (2006 + q / 4) || '-Q' || (q % 4 + 1), 'actual', 9000000 + q,
             'forecastRemaining', null, 'evidence', 'Finance ledger extract', 'commentary', null, 'reportedBy', 'lead-' || k),
           ${meta('lead')}, ${at('200 + q * 100 + k')}
      FROM generate_series(1, ${programmes}) p, generate_series(1, ${PROPOSALS}) k, generate_series(0, ${REALISATIONS_PER_BENEFIT - 1}) q`);
}

const COLUMNS = `global_position, transaction_id, stream_id, stream_version, event_id, event_type, recorded_at, effective_date,
  actor_id, actor_role, actor_name, reason, correlation_id, programme_id, proposal_id, sentence`;

/** The floor: the same batched reads, then raw COPY of rows of the same shape. */
export async function copyFloor(store: PostgresEventStore, pool: Pool, batchSize: number): Promise<number> {
  await pool.query(`DROP TABLE IF EXISTS audit_floor; CREATE TABLE audit_floor (LIKE audit_history INCLUDING ALL)`);
  const client = await pool.connect();
  let total = 0;
  try {
    let position: LogPosition = LOG_START;
    for (;;) {
      const events = await store.readAll({ after: position, limit: batchSize });
      if (events.length === 0) break;
      const esc = (v: unknown) => (v === null || v === undefined ? '\\N' : String(v).replace(/[\\\t\n]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\\\')));
      const lines = events.map((e) =>
        [e.globalPosition, e.transactionId, e.streamId, e.streamVersion, e.eventId, e.type, e.recordedAt.toISOString(), null,
          e.metadata.actor.id, e.metadata.actor.role, e.metadata.actor.name ?? null, e.metadata.reason ?? null, e.metadata.correlationId,
          (e.data as { programmeId?: string }).programmeId ?? null, (e.data as { proposalId?: string }).proposalId ?? null, `${e.type} recorded`]
          .map(esc).join('\t'),
      );
      await client.query('BEGIN');
      await pipeline(Readable.from([lines.join('\n') + '\n']), client.query(copyFrom(`COPY audit_floor (${COLUMNS}) FROM STDIN`)));
      await client.query('COMMIT');
      total += events.length;
      const last = events[events.length - 1];
      position = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    }
  } finally {
    client.release();
  }
  return total;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

async function latencies(runs: number, op: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await op(i);
    samples[i] = performance.now() - started;
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function main() {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const programmes = Math.max(2, Math.round((1_000_000 / EVENTS_PER_PROGRAMME) * scale));
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const server = await acquireServer(process.env, log);
  const pool = new Pool({ connectionString: server.url, max: 4 });
  const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), pool });
  try {
    await store.migrate();
    const db = await openReadModels(server.url);
    log(`Generating ${programmes} programmes (~${(programmes * 1985).toLocaleString('en-GB')} events)…`);
    const [, genSeconds] = await timed(() => generate(pool, programmes));
    await pool.query('VACUUM ANALYZE events');
    const [{ n }] = (await pool.query('SELECT count(*)::int AS n FROM events')).rows;
    log(`Generated ${n.toLocaleString('en-GB')} events in ${genSeconds.toFixed(1)} s`);

    const batchSize = Number(process.env.BENCH_REBUILD_BATCH ?? 5000);
    const [rebuilt, rebuildSeconds] = await timed(() => rebuildProjection(db, store, new AuditHistoryProjection(), { swap: false, batchSize }));
    const [copied, floorSeconds] = await timed(() => copyFloor(store, pool, batchSize));
    const rebuildRate = rebuilt.applied / rebuildSeconds;
    const floorRate = copied / floorSeconds;

    // Bring the live audit history up to date (as-at and the audit page read it).
    await rebuildProjection(db, store, new AuditHistoryProjection(), { batchSize });
    const target = `p${Math.ceil(programmes / 2)}`;
    const { rows: range } = await pool.query(
      `SELECT min(recorded_at) AS lo, max(recorded_at) AS hi FROM events WHERE data->>'programmeId' = $1 OR stream_id LIKE $2`,
      [target, `%-${target}-%`],
    );
    const lo = range[0].lo.getTime();
    const hi = range[0].hi.getTime();
    let folded = 0;
    const asAt = await latencies(100, async () => {
      const { events } = await programmeAsAt(db, store, target, new Date(lo + randomInt(0, Math.max(1, hi - lo))));
      folded = Math.max(folded, events.length);
    });
    const auditPage = await latencies(200, (i) =>
      db.query(
        `SELECT * FROM audit_history WHERE programme_id = $1 AND ($2::bigint IS NULL OR global_position < $2) ORDER BY global_position DESC LIMIT 50`,
        [target, i % 2 === 0 ? null : Number.MAX_SAFE_INTEGER - i],
      ),
    );

    const fmt = (x: number) => Math.round(x).toLocaleString('en-GB');
    console.log(`\nRead side at ${n.toLocaleString('en-GB')} stored events (${programmes} programmes)\n`);
    console.log('measure                                  figure              floor (COPY)     ratio   target');
    console.log(`rebuild audit history                    ${fmt(rebuildRate).padStart(9)} events/s   ${fmt(floorRate).padStart(9)} events/s   ${(rebuildRate / floorRate).toFixed(2)}x   >= 50,000 events/s ${rebuildRate >= 50_000 ? 'ok' : 'BELOW'}`);
    console.log(`as-at, one programme (<= ${folded} events)    p50 ${asAt.p50.toFixed(1)} ms, p99 ${asAt.p99.toFixed(1)} ms                        p99 <= 200 ms ${asAt.p99 <= 200 ? 'ok' : 'ABOVE'}`);
    console.log(`audit history page (50 rows)             p50 ${auditPage.p50.toFixed(2)} ms, p99 ${auditPage.p99.toFixed(2)} ms`);
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
