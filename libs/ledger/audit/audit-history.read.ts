import type { ReadModelDb } from '@ledger/platform/projection';

/**
 * Which part of the audit history a reader sees: everything; everything but the sign-ins
 * (they carry client addresses); or only the users' and the sign-ins' streams.
 */
export type AuditScope = 'all' | 'without-sign-ins' | 'users-and-sign-ins';

export interface AuditListing {
  scope: AuditScope;
  /** The event types that are sign-ins, and the stream that holds them (the user slice's). */
  signInEventTypes: readonly string[];
  signInStreamId: string;
  programmeId?: string;
  proposalId?: string;
  actorId?: string;
  eventType?: string;
  from?: Date;
  to?: Date;
  /** Keyset paging: the entries recorded before this global position (digits). */
  beforePosition?: string;
  limit: number;
}

export interface AuditEntry {
  position: number;
  recordedAt: Date;
  effectiveDate: string | null;
  eventType: string;
  streamId: string;
  streamVersion: number;
  actorId: string;
  actorRole: string;
  actorName: string | null;
  reason: string | null;
  programmeId: string | null;
  proposalId: string | null;
  sentence: string;
}

/** The audit history, newest first, filtered by programme, proposal, actor, event type and dates. */
export async function listAuditHistory(db: ReadModelDb, listing: AuditListing): Promise<{ page: AuditEntry[]; more: boolean }> {
  const rows: (AuditEntry & { position: string; streamVersion: string })[] = await db.query(
    `SELECT global_position AS position, recorded_at AS "recordedAt", effective_date AS "effectiveDate",
            event_type AS "eventType", stream_id AS "streamId", stream_version AS "streamVersion",
            actor_id AS "actorId", actor_role AS "actorRole", actor_name AS "actorName", reason,
            programme_id AS "programmeId", proposal_id AS "proposalId", sentence
       FROM audit_history
      WHERE ($1::text IS NULL OR programme_id = $1) AND ($2::text IS NULL OR proposal_id = $2)
        AND ($3::text IS NULL OR actor_id = $3) AND ($4::text IS NULL OR event_type = $4)
        AND ($5::timestamptz IS NULL OR recorded_at >= $5) AND ($6::timestamptz IS NULL OR recorded_at <= $6)
        AND ($7::bigint IS NULL OR global_position < $7)
        AND ($9 = 'all'
             OR ($9 = 'without-sign-ins' AND event_type <> ALL($10::text[]))
             OR ($9 = 'users-and-sign-ins' AND (stream_id = $11 OR stream_id LIKE 'user-%')))
      ORDER BY global_position DESC LIMIT $8`,
    [listing.programmeId ?? null, listing.proposalId ?? null, listing.actorId ?? null, listing.eventType ?? null, listing.from ?? null, listing.to ?? null,
      listing.beforePosition ?? null, listing.limit + 1, listing.scope, listing.signInEventTypes, listing.signInStreamId],
  );
  // bigint columns come back as text.
  const page = rows.slice(0, listing.limit).map((entry) => ({ ...entry, position: Number(entry.position), streamVersion: Number(entry.streamVersion) }));
  return { page, more: rows.length > listing.limit };
}

/** A proposal's own history, newest first (the last 200 entries). */
export async function proposalTimeline(db: ReadModelDb, proposalId: string) {
  const rows: { position: string; recordedAt: Date; effectiveDate: string | null; eventType: string; actorId: string; actorRole: string; actorName: string | null; reason: string | null; sentence: string }[] =
    await db.query(
      `SELECT global_position AS position, recorded_at AS "recordedAt", effective_date AS "effectiveDate", event_type AS "eventType",
              actor_id AS "actorId", actor_role AS "actorRole", actor_name AS "actorName", reason, sentence
         FROM audit_history WHERE proposal_id = $1 ORDER BY global_position DESC LIMIT 200`,
      [proposalId],
    );
  return rows.map((entry) => ({ ...entry, position: Number(entry.position) }));
}

/** The audit sentence of each of these global positions (those the history holds). */
export async function sentencesAt(db: ReadModelDb, positions: readonly number[]): Promise<Map<number, string>> {
  if (positions.length === 0) return new Map();
  const rows: { global_position: string; sentence: string }[] = await db.query(
    `SELECT global_position, sentence FROM audit_history WHERE global_position = ANY($1)`,
    [positions],
  );
  return new Map(rows.map((row) => [Number(row.global_position), row.sentence]));
}
