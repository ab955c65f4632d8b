import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { proposalTimeline } from '@ledger/audit';
import { benefitsOfProposal, benefitWithVariance } from '@ledger/benefit';
import { milestonesOfProposal } from '@ledger/delivery-plan';
import { listProposals, proposalRow, proposalSummary } from '@ledger/proposal';
import { risksOfProposal } from '@ledger/risk';
import { QUERY_DB } from '@ledger/catalogue';
import { decodeCursor, encodeCursor } from '../http/query-params.dto';
import { LedgerQueryHandler } from '../http/read-query';

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
  async execute({ filters: { cursor, limit = 50, ...filters } }: ListProposalsQuery) {
    const { page, more } = await listProposals(this.db, { ...filters, limit, afterId: decodeCursor(cursor) });
    return {
      items: page.map(proposalSummary),
      nextCursor: more ? encodeCursor(page[page.length - 1].proposalId) : null,
    };
  }
}

export class GetProposalQuery extends Query<unknown> {
  constructor(readonly proposalId: string) {
    super();
  }
}

@QueryHandler(GetProposalQuery)
export class GetProposalHandler extends LedgerQueryHandler<GetProposalQuery> {
  async execute({ proposalId }: GetProposalQuery) {
    const proposal = await proposalRow(this.db, proposalId);
    if (!proposal) throw new NotFoundException({ code: 'PROPOSAL_NOT_FOUND', message: `Proposal ${proposalId} does not exist` });
    const [benefits, risks, milestones, timeline, version] = await Promise.all([
      benefitsOfProposal(this.db, proposalId),
      risksOfProposal(this.db, proposalId),
      milestonesOfProposal(this.db, proposalId),
      proposalTimeline(this.db, proposalId),
      this.store.streamVersion(`proposal-${proposalId}`),
    ]);
    return { ...proposal, version, benefits: benefits.map(benefitWithVariance), risks, milestones, timeline };
  }
}

export const PROPOSAL_QUERY_HANDLERS = [ListProposalsHandler, GetProposalHandler];
