import { Controller, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { PROGRAMME_READERS, Roles } from '../auth/access.decorators';
import { IdParam } from '../http/id-param.pipe';
import { ReadQueryDto } from '../http/query-params.dto';
import { responseSchema } from '../http/response-schemas';
import { GetProposalQuery, ListProposalsQuery } from './proposal.queries';
import { ListProposalsQueryDto } from './proposal.query.dto';
import { ReadRoute } from '../http/routes';

/** Proposal reads, straight from the read models. */
@ApiTags('queries')
@Roles(...PROGRAMME_READERS)
@Controller()
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
