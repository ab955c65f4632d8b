import { Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { IdParam } from '../http/id-param.pipe';
import { ReadQueryDto } from '../http/query-params.dto';
import { responseSchema } from '../http/response-schemas';
import { GetProposalQuery, ListProposalsQuery } from './proposal.queries';
import { ListProposalsQueryDto } from './proposal.query.dto';
import { QueriesController, ReadRoute } from '../http/routes';

/** Proposal reads, straight from the read models. */
@QueriesController()
export class ProposalQueriesController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadRoute('proposals', { summary: 'Proposals, filtered, with cursor pagination', schema: responseSchema('ProposalPage') })
  proposals(@Query() q: ListProposalsQueryDto) {
    return this.queryBus.execute(new ListProposalsQuery(q));
  }

  @ReadRoute('proposals/:proposalId', {
    summary: 'A proposal: status, leads, consultation, decisions, business cases, benefits, risks, milestones, EIAs, its audit timeline',
    schema: responseSchema('ProposalDetail'),
  })
  proposal(@Param('proposalId', IdParam) proposalId: string, @Query() _q: ReadQueryDto) {
    return this.queryBus.execute(new GetProposalQuery(proposalId));
  }
}
