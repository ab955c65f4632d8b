import { Query, QueryHandler } from '@nestjs/cqrs';
import { SIGN_IN_EVENT_TYPES, type UserRole } from '@ledger/user';
import { streamIds } from '@ledger/kernel';
import { listAuditHistory, type AuditListing, type AuditScope } from '@ledger/audit';
import { cursorPage, decodeCursor, type CursorPage } from '../http/query-params.dto';
import { QueryDbHandler } from '../http/read-query';

/**
 * Which part of the audit history a role reads. Sign-ins carry client addresses and who
 * tried to sign in when: the administrator (who manages the users) and the oversight
 * committee read them; the programme office and leads do not. The administrator reads
 * only the users' and the sign-ins' streams, never the programme's.
 */
export function auditScopeOf(role: UserRole): AuditScope {
  if (role === 'oversight-committee') return 'all';
  if (role === 'administrator') return 'users-and-sign-ins';
  return 'without-sign-ins';
}

/** The filters of GET /audit; `scope` is what the caller's role may read (required: no default that shows too much). */
export type AuditFilters = Omit<AuditListing, 'signInEventTypes' | 'signInStreamId' | 'beforePosition' | 'limit'> & { limit?: number; cursor?: string };

export class ListAuditQuery extends Query<CursorPage> {
  constructor(readonly filters: AuditFilters) {
    super();
  }
}

/** The audit history, newest first, filtered by programme, proposal, actor, event type and dates. */
@QueryHandler(ListAuditQuery)
export class ListAuditHandler extends QueryDbHandler<ListAuditQuery> {
  async execute({ filters: { cursor, limit = 50, ...filters } }: ListAuditQuery) {
    const before = decodeCursor(cursor);
    const { page, more } = await listAuditHistory(this.db, {
      ...filters,
      limit,
      beforePosition: before && /^\d+$/.test(before) ? before : undefined,
      signInEventTypes: SIGN_IN_EVENT_TYPES,
      signInStreamId: streamIds.signIns(),
    });
    return cursorPage(page, more, (row) => row.position);
  }
}
