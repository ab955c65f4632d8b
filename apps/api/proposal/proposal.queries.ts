import { NotFoundException } from '@nestjs/common';
import { Query, QueryHandler } from '@nestjs/cqrs';
import { proposalTimeline } from '@ledger/audit';
import { benefitsOfProposal, benefitWithVariance } from '@ledger/benefit';
import { milestonesOfProposal } from '@ledger/delivery-plan';
import { listProposals, proposalRow, proposalSummary } from '@ledger/proposal';
import { risksOfProposal } from '@ledger/risk';
import { cursorPage, decodeCursor, type CursorPage } from '../http/query-params.dto';
import { LedgerQueryHandler, QueryDbHandler } from '../http/read-query';

export interface ProposalFilters {
  programmeId?: string;
  status?: string;
  leadId?: string;
  limit?: number;
  cursor?: string;
}

export class ListProposalsQuery extends Query<CursorPage> {
  constructor(readonly filters: ProposalFilters) {
    super();
  }
}

@QueryHandler(ListProposalsQuery)
export class ListProposalsHandler extends QueryDbHandler<ListProposalsQuery> {
  async execute({ filters: { cursor, limit = 50, ...filters } }: ListProposalsQuery) {
    const { page, more } = await listProposals(this.db, { ...filters, limit, afterId: decodeCursor(cursor) });
    return cursorPage(page, more, (row) => row.proposalId, proposalSummary);
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
