import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { SIGN_IN_EVENT_TYPES, type UserRole } from '@ledger/user';
import { streamIds } from '@ledger/kernel';
import { QUERY_DB } from '@ledger/catalogue';
import { decodeCursor, encodeCursor } from '../http/query-params.dto';

/**
 * Which part of the audit history a role reads. Sign-ins carry client addresses and who
 * tried to sign in when: the administrator (who manages the users) and the oversight
 * committee read them; the programme office and leads do not. The administrator reads
 * only the users' and the sign-ins' streams, never the programme's.
 */
export type AuditScope = 'all' | 'without-sign-ins' | 'users-and-sign-ins';

export function auditScopeOf(role: UserRole): AuditScope {
  if (role === 'oversight-committee') return 'all';
  if (role === 'administrator') return 'users-and-sign-ins';
  return 'without-sign-ins';
}

export interface AuditFilters {
  /** What the caller's role may read (required: no default that shows too much). */
  scope: AuditScope;
  programmeId?: string;
  proposalId?: string;
  actorId?: string;
  eventType?: string;
  from?: Date;
  to?: Date;
  limit?: number;
  cursor?: string;
}

export class ListAuditQuery extends Query<{ items: unknown[]; nextCursor: string | null }> {
  constructor(readonly filters: AuditFilters) {
    super();
  }
}

/** The audit history, newest first, filtered by programme, proposal, actor, event type and dates. */
@QueryHandler(ListAuditQuery)
export class ListAuditHandler implements IQueryHandler<ListAuditQuery> {
  constructor(@Inject(QUERY_DB) private readonly db: DataSource) {}
  async execute({ filters: f }: ListAuditQuery) {
    const limit = f.limit ?? 50;
    const before = decodeCursor(f.cursor);
    const rows: Record<string, unknown>[] = await this.db.query(
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
      [f.programmeId ?? null, f.proposalId ?? null, f.actorId ?? null, f.eventType ?? null, f.from ?? null, f.to ?? null, before && /^\d+$/.test(before) ? before : null, limit + 1,
        f.scope, SIGN_IN_EVENT_TYPES, streamIds.signIns()],
    );
    const page = rows.slice(0, limit).map((r) => ({ ...r, position: Number(r.position), streamVersion: Number(r.streamVersion) }));
    return { items: page, nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].position) : null };
  }
}
