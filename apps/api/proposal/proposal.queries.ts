import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { benefitWithVariance } from '@ledger/programme-views';
import { type BenefitRow } from '@ledger/benefit';
import { type MilestoneRow } from '@ledger/delivery-plan';
import { type ProposalRow } from '@ledger/proposal';
import { type RiskRow } from '@ledger/risk';
import { QUERY_DB } from '@ledger/catalogue';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { decodeCursor, encodeCursor } from '../http/query-params.dto';

export interface ProposalFilters {
  programmeId?: string;
  status?: string;
  leadId?: string;
  limit?: number;
  cursor?: string;
}

export class ListProposalsQuery extends Query<{ items: unknown[]; nextCursor: string | null }> {
  constructor(readonly filters: ProposalFilters) {
    super();
  }
}

@QueryHandler(ListProposalsQuery)
export class ListProposalsHandler implements IQueryHandler<ListProposalsQuery> {
  constructor(@Inject(QUERY_DB) private readonly db: DataSource) {}
  async execute({ filters }: ListProposalsQuery) {
    const limit = filters.limit ?? 50;
    const rows: { id: string; doc: ProposalRow }[] = await this.db.query(
      `SELECT id, doc FROM proposal_view
        WHERE ($1::text IS NULL OR programme_id = $1) AND ($2::text IS NULL OR status = $2)
          AND ($3::text IS NULL OR lead_id = $3) AND ($4::text IS NULL OR id > $4)
        ORDER BY id LIMIT $5`,
      [filters.programmeId ?? null, filters.status ?? null, filters.leadId ?? null, decodeCursor(filters.cursor) ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      items: page.map(({ doc }) => ({
        proposalId: doc.proposalId,
        programmeId: doc.programmeId,
        title: doc.title,
        status: doc.status,
        lead: doc.lead,
        outcomeIds: doc.outcomeIds,
        deliveryConfidence: doc.deliveryConfidence,
        latestBusinessCase: doc.businessCases[doc.businessCases.length - 1] ?? null,
      })),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].id) : null,
    };
  }
}

export class GetProposalQuery extends Query<unknown> {
  constructor(readonly proposalId: string) {
    super();
  }
}

@QueryHandler(GetProposalQuery)
export class GetProposalHandler implements IQueryHandler<GetProposalQuery> {
  constructor(
    @Inject(QUERY_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}
  async execute({ proposalId }: GetProposalQuery) {
    const [row] = await this.db.query(`SELECT doc FROM proposal_view WHERE id = $1`, [proposalId]);
    if (!row) throw new NotFoundException({ code: 'PROPOSAL_NOT_FOUND', message: `Proposal ${proposalId} does not exist` });
    const docs = async <T>(sql: string) => ((await this.db.query(sql, [proposalId])) as { doc: T }[]).map((r) => r.doc);
    const [benefits, risks, milestones, timeline, version] = await Promise.all([
      docs<BenefitRow>(`SELECT doc FROM benefit_view WHERE proposal_id = $1 ORDER BY id`),
      docs<RiskRow>(`SELECT doc FROM risk_view WHERE proposal_id = $1 ORDER BY score DESC, id`),
      docs<MilestoneRow>(`SELECT doc FROM milestone_view WHERE proposal_id = $1 ORDER BY id`),
      this.db.query(
        `SELECT global_position AS position, recorded_at AS "recordedAt", effective_date AS "effectiveDate", event_type AS "eventType",
                actor_id AS "actorId", actor_role AS "actorRole", actor_name AS "actorName", reason, sentence
           FROM audit_history WHERE proposal_id = $1 ORDER BY global_position DESC LIMIT 200`,
        [proposalId],
      ),
      this.store.streamVersion(`proposal-${proposalId}`),
    ]);
    return {
      ...(row.doc as ProposalRow),
      version,
      benefits: benefits.map(benefitWithVariance),
      risks,
      milestones,
      timeline: timeline.map((t: { position: string }) => ({ ...t, position: Number(t.position) })),
    };
  }
}

export const PROPOSAL_QUERY_HANDLERS = [ListProposalsHandler, GetProposalHandler];
