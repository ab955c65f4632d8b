import { EVERY_EVENT, type Projection, type TableNames } from '@ledger/platform/projection';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '@ledger/platform/event-store';
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
  readonly handles = EVERY_EVENT;
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
          keys.map((key) => newLabels.get(key)!.label),
          keys.map((key) => newLabels.get(key)!.programmeId),
          keys.map((key) => newLabels.get(key)!.proposalId),
          keys.map((key) => newLabels.get(key)!.unit ?? null),
        ],
      );
    }
    await copyRows(tx, history, rows);
  }

  /** Loads the labels this batch refers to that are not cached yet. */
  private async loadLabels(tx: EntityManager, table: string, events: StoredEvent[]): Promise<void> {
    const wanted = new Set<string>();
    for (const event of events) {
      const data = event.data as Record<string, unknown>;
      for (const [kind, field] of LABEL_FIELDS) {
        const id = data[field];
        if (typeof id === 'string' && !this.cache.has(`${kind}:${id}`)) wanted.add(`${kind}:${id}`);
      }
      if (typeof data.milestoneId === 'string') wanted.add(`milestone:${data.programmeId}/${data.milestoneId}`);
    }
    if (wanted.size === 0) return;
    const rows: { key: string; label: string; programme_id: string | null; proposal_id: string | null; unit: string | null }[] =
      await tx.query(`SELECT key, label, programme_id, proposal_id, unit FROM "${table}" WHERE key = ANY($1)`, [[...wanted]]);
    for (const saved of rows) {
      this.cache.set(saved.key, { label: saved.label, programmeId: saved.programme_id, proposalId: saved.proposal_id, unit: saved.unit });
    }
  }
}

const AUDIT_COLUMNS: (keyof AuditRow)[] = [
  'global_position', 'transaction_id', 'stream_id', 'stream_version', 'event_id', 'event_type', 'recorded_at', 'effective_date',
  'actor_id', 'actor_role', 'actor_name', 'reason', 'correlation_id', 'programme_id', 'proposal_id', 'sentence',
];

/** COPY's text format: backslash escapes, \N for null. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return text.replace(/[\\\t\n\r]/g, (special) => (special === '\t' ? '\\t' : special === '\n' ? '\\n' : special === '\r' ? '\\r' : '\\\\'));
}

/**
 * Rows go in with COPY on the batch's own transaction connection: a rebuild of the
 * audit history is bound by how fast PostgreSQL can take rows, not by parameter encoding.
 */
async function copyRows(tx: EntityManager, table: string, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  const client = (await tx.queryRunner!.connect()) as PoolClient;
  const text = rows.map((row) => AUDIT_COLUMNS.map((column) => copyField(row[column])).join('\t')).join('\n') + '\n';
  await pipeline(Readable.from([text]), client.query(copyFrom(`COPY "${table}" (${AUDIT_COLUMNS.join(', ')}) FROM STDIN`)));
}

const LABEL_FIELDS: [string, string][] = [
  ['programme', 'programmeId'],
  ['proposal', 'proposalId'],
  ['benefit', 'benefitId'],
  ['risk', 'riskId'],
];

function scopeOf(event: StoredEvent, labels: (key: string) => Label | undefined): { programmeId: string | null; proposalId: string | null } {
  const data = event.data as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const via = (kind: string, field: string) => (text(data[field]) ? labels(`${kind}:${data[field]}`) : undefined);
  const proposalId = text(data.proposalId) ?? via('benefit', 'benefitId')?.proposalId ?? via('risk', 'riskId')?.proposalId ?? null;
  const programmeId =
    text(data.programmeId) ??
    (proposalId ? labels(`proposal:${proposalId}`)?.programmeId : null) ??
    via('benefit', 'benefitId')?.programmeId ??
    via('risk', 'riskId')?.programmeId ??
    null;
  return { programmeId: programmeId ?? null, proposalId };
}
