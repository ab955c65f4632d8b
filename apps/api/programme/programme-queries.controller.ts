import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROGRAMME_READERS, Roles } from '../auth/access.decorators';
import { IdParam } from '../http/id-param.pipe';
import { momentOf, ReadQueryDto } from '../http/query-params.dto';
import { responseSchema } from '../http/response-schemas';
import { GetProgrammeAsAtQuery, GetProgrammeChangesQuery, GetProgrammeQuery, ListProgrammesQuery } from './programme.queries';
import { AsAtQueryDto, ChangesQueryDto } from './programme.query.dto';

/** Programme reads: straight from the read models (or, for "as at", from the events). */
@ApiTags('queries')
@Roles(...PROGRAMME_READERS)
@Controller()
export class ProgrammeQueriesController {
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
}
