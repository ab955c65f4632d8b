import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '@ledger/event-store';
import type { Projection, TableNames } from '../projection';
import { describeEvent, effectiveDateOf, subjectOf, type Label } from './audit-sentences';

export interface AuditRow {
  global_position: number;
  transaction_id: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  event_type: string;
  recorded_at: Date;
  effective_date: string | null;
  actor_id: string;
  actor_role: string;
  actor_name: string | null;
  reason: string | null;
  correlation_id: string | null;
  programme_id: string | null;
  proposal_id: string | null;
  sentence: string;
}

/**
 * audit history: one row per event, with a sentence a committee member can read.
 * Names (proposal titles, benefit descriptions…) come from `audit_labels`, kept
 * by this projection in the same transaction. Rows are written with one INSERT
 * per batch, so a rebuild runs at bulk speed.
 */
export class AuditHistoryProjection implements Projection {
  readonly name = 'audit-history';
  // In the order it writes them: a rebuild's swap locks them in this order too.
  readonly tables = ['audit_labels', 'audit_history'] as const;
  // Every event is audited.
  readonly handles = { has: () => true } as unknown as ReadonlySet<string>;
  private readonly cache = new Map<string, Label>();
  private cacheTable = '';

  async apply(tx: EntityManager, events: StoredEvent[], tables: TableNames): Promise<void> {
    const history = tables.audit_history ?? 'audit_history';
    const labelsTable = tables.audit_labels ?? 'audit_labels';
    if (this.cacheTable !== labelsTable) {
      this.cache.clear();
      this.cacheTable = labelsTable;
    }
    await this.loadLabels(tx, labelsTable, events);
    const newLabels = new Map<string, Label>();
    const rows: AuditRow[] = events.map((event) => {
      const labels = (key: string) => this.cache.get(key);
      for (const [key, label] of subjectOf(event, labels)) {
        this.cache.set(key, label);
        newLabels.set(key, label);
      }
      const { programmeId, proposalId } = scopeOf(event, labels);
      return {
        global_position: event.globalPosition,
        transaction_id: event.transactionId,
        stream_id: event.streamId,
        stream_version: event.streamVersion,
        event_id: event.eventId,
        event_type: event.type,
        recorded_at: event.recordedAt,
        effective_date: effectiveDateOf(event),
        actor_id: event.metadata.actor?.id ?? 'unknown',
        actor_role: event.metadata.actor?.role ?? 'unknown',
        actor_name: event.metadata.actor?.name ?? null,
        reason: event.metadata.reason ?? null,
        correlation_id: event.metadata.correlationId ?? null,
        programme_id: programmeId,
        proposal_id: proposalId,
        sentence: describeEvent(event, labels),
      };
    });
    if (newLabels.size > 0) {
      const keys = [...newLabels.keys()];
      await tx.query(
        `INSERT INTO "${labelsTable}" (key, label, programme_id, proposal_id, unit)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT (key) DO UPDATE SET label = excluded.label, programme_id = excluded.programme_id,
           proposal_id = excluded.proposal_id, unit = excluded.unit`,
        [
          keys,
          keys.map((k) => newLabels.get(k)!.label),
          keys.map((k) => newLabels.get(k)!.programmeId),
          keys.map((k) => newLabels.get(k)!.proposalId),
          keys.map((k) => newLabels.get(k)!.unit ?? null),
        ],
      );
    }
    const col = <K extends keyof AuditRow>(k: K) => rows.map((r) => r[k]);
    await tx.query(
      `INSERT INTO "${history}" (global_position, transaction_id, stream_id, stream_version, event_id, event_type,
         recorded_at, effective_date, actor_id, actor_role, actor_name, reason, correlation_id, programme_id, proposal_id, sentence)
       SELECT * FROM unnest($1::bigint[], $2::xid8[], $3::text[], $4::bigint[], $5::uuid[], $6::text[],
         $7::timestamptz[], $8::date[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])`,
      [
        col('global_position'), col('transaction_id'), col('stream_id'), col('stream_version'), col('event_id'), col('event_type'),
        col('recorded_at'), col('effective_date'), col('actor_id'), col('actor_role'), col('actor_name'), col('reason'),
        col('correlation_id'), col('programme_id'), col('proposal_id'), col('sentence'),
      ],
    );
  }

  /** Loads the labels this batch refers to that are not cached yet. */
  private async loadLabels(tx: EntityManager, table: string, events: StoredEvent[]): Promise<void> {
    const wanted = new Set<string>();
    for (const e of events) {
      const d = e.data as Record<string, unknown>;
      for (const [kind, field] of LABEL_FIELDS) {
        const id = d[field];
        if (typeof id === 'string' && !this.cache.has(`${kind}:${id}`)) wanted.add(`${kind}:${id}`);
      }
      if (typeof d.milestoneId === 'string') wanted.add(`milestone:${d.programmeId}/${d.milestoneId}`);
    }
    if (wanted.size === 0) return;
    const rows: { key: string; label: string; programme_id: string | null; proposal_id: string | null; unit: string | null }[] =
      await tx.query(`SELECT key, label, programme_id, proposal_id, unit FROM "${table}" WHERE key = ANY($1)`, [[...wanted]]);
    for (const r of rows) {
      this.cache.set(r.key, { label: r.label, programmeId: r.programme_id, proposalId: r.proposal_id, unit: r.unit });
    }
  }
}

const LABEL_FIELDS: [string, string][] = [
  ['programme', 'programmeId'],
  ['proposal', 'proposalId'],
  ['benefit', 'benefitId'],
  ['risk', 'riskId'],
];

function scopeOf(event: StoredEvent, labels: (key: string) => Label | undefined): { programmeId: string | null; proposalId: string | null } {
  const d = event.data as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const via = (kind: string, field: string) => (str(d[field]) ? labels(`${kind}:${d[field]}`) : undefined);
  const proposalId = str(d.proposalId) ?? via('benefit', 'benefitId')?.proposalId ?? via('risk', 'riskId')?.proposalId ?? null;
  const programmeId =
    str(d.programmeId) ??
    (proposalId ? labels(`proposal:${proposalId}`)?.programmeId : null) ??
    via('benefit', 'benefitId')?.programmeId ??
    via('risk', 'riskId')?.programmeId ??
    null;
  return { programmeId: programmeId ?? null, proposalId };
}
