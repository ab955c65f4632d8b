import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../auth/access-token';
import { PROGRAMME_READERS, Roles } from '../auth/access.decorators';
import { IdParam } from '../http/id-param.pipe';
import { auditScopeOf, ListAuditQuery } from '../audit/audit.queries';
import { GetProgrammeAsAtQuery, GetProgrammeChangesQuery, GetProgrammeQuery, ListProgrammesQuery } from '../programme/programme.queries';
import { GetProposalQuery, ListProposalsQuery } from '../proposal/proposal.queries';
import { responseSchema } from '../http/response-schemas';
import { AsAtQueryDto, AuditQueryDto, ChangesQueryDto, ListProposalsQueryDto, momentOf, ReadQueryDto } from '../http/query-params.dto';

/** Reads: straight from the read models (or, for "as at", from the events). */
@ApiTags('queries')
@Roles(...PROGRAMME_READERS)
@Controller()
export class QueriesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('programmes')
  @ApiOperation({ summary: 'Programmes' })
  @ApiOkResponse({ schema: responseSchema('ProgrammeList') })
  listProgrammes(@Query() _q: ReadQueryDto) {
    return this.queryBus.execute(new ListProgrammesQuery());
  }

  @Get('programmes/:programmeId')
  @ApiOperation({ summary: 'The programme now: proposals by status, outcome coverage, investment, benefits, confidence, milestones, risks' })
  @ApiOkResponse({ schema: responseSchema('ProgrammeSnapshot') })
  programme(@Param('programmeId', IdParam) programmeId: string, @Query() _q: ReadQueryDto) {
    return this.queryBus.execute(new GetProgrammeQuery(programmeId));
  }

  @Get('programmes/:programmeId/as-at')
  @ApiOperation({
    summary:
      'The programme as it stood at a moment (`at`: from the events recorded up to then) or on a day (`on`: as the record tells it, ' +
      'by the dates the events speak of), folded from the events',
  })
  @ApiOkResponse({ schema: responseSchema('ProgrammeAsAt') })
  asAt(@Param('programmeId', IdParam) programmeId: string, @Query() q: AsAtQueryDto) {
    return this.queryBus.execute(new GetProgrammeAsAtQuery(programmeId, q.at === undefined ? undefined : momentOf(q.at), q.on));
  }

  @Get('programmes/:programmeId/changes')
  @ApiOperation({ summary: 'What changed between two moments: items added, changed (old → new) and removed, and the events behind them' })
  @ApiOkResponse({ schema: responseSchema('ProgrammeChanges') })
  changes(@Param('programmeId', IdParam) programmeId: string, @Query() q: ChangesQueryDto) {
    return this.queryBus.execute(new GetProgrammeChangesQuery(programmeId, momentOf(q.from), q.to ? momentOf(q.to) : new Date()));
  }

  @Get('proposals')
  @ApiOperation({ summary: 'Proposals, filtered, with cursor pagination' })
  @ApiOkResponse({ schema: responseSchema('ProposalPage') })
  proposals(@Query() q: ListProposalsQueryDto) {
    return this.queryBus.execute(new ListProposalsQuery(q));
  }

  @Get('proposals/:proposalId')
  @ApiOperation({ summary: 'A proposal: status, leads, consultation, decisions, business cases, benefits, risks, milestones, EIAs, its audit timeline' })
  @ApiOkResponse({ schema: responseSchema('ProposalDetail') })
  proposal(@Param('proposalId', IdParam) proposalId: string, @Query() _q: ReadQueryDto) {
    return this.queryBus.execute(new GetProposalQuery(proposalId));
  }

  @Get('audit')
  @Roles(...PROGRAMME_READERS, 'administrator')
  @ApiOperation({
    summary:
      'The audit history: who did what, when, and why; newest first. Sign-ins (with client addresses) only for the oversight committee and the administrator; the administrator reads only users and sign-ins',
  })
  @ApiOkResponse({ schema: responseSchema('AuditPage') })
  audit(@Query() q: AuditQueryDto, @Req() request: Request) {
    const scope = auditScopeOf((request.user as AuthenticatedUser).role);
    return this.queryBus.execute(
      new ListAuditQuery({ ...q, scope, from: q.from ? new Date(q.from) : undefined, to: q.to ? momentOf(q.to) : undefined }),
    );
  }
}
