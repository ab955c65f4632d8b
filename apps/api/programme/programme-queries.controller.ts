import { Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { IdParam } from '../http/id-param.pipe';
import { momentOf, ReadQueryDto } from '../http/query-params.dto';
import { responseSchema } from '../http/response-schemas';
import { GetProgrammeAsAtQuery, GetProgrammeChangesQuery, GetProgrammeQuery, ListProgrammesQuery } from './programme.queries';
import { AsAtQueryDto, ChangesQueryDto } from './programme.query.dto';
import { QueriesController, ReadRoute } from '../http/routes';

/** Programme reads: straight from the read models (or, for "as at", from the events). */
@QueriesController()
export class ProgrammeQueriesController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadRoute('programmes', { summary: 'Programmes', schema: responseSchema('ProgrammeList') })
  listProgrammes(@Query() _q: ReadQueryDto) {
    return this.queryBus.execute(new ListProgrammesQuery());
  }

  @ReadRoute('programmes/:programmeId', {
    summary: 'The programme now: proposals by status, outcome and objective coverage, investment, benefits, confidence, milestones, risks',
    schema: responseSchema('ProgrammeSnapshot'),
  })
  programme(@Param('programmeId', IdParam) programmeId: string, @Query() _q: ReadQueryDto) {
    return this.queryBus.execute(new GetProgrammeQuery(programmeId));
  }

  @ReadRoute('programmes/:programmeId/as-at', {
    summary: 'The programme as it stood at a moment (`at`: from the events recorded up to then) or on a day (`on`: as the record tells it, ' + 'by the dates the events speak of), folded from the events',
    schema: responseSchema('ProgrammeAsAt'),
  })
  asAt(@Param('programmeId', IdParam) programmeId: string, @Query() q: AsAtQueryDto) {
    return this.queryBus.execute(new GetProgrammeAsAtQuery(programmeId, q.at === undefined ? undefined : momentOf(q.at), q.on));
  }

  @ReadRoute('programmes/:programmeId/changes', {
    summary: 'What changed between two moments: items added, changed (old → new) and removed, and the events behind them',
    schema: responseSchema('ProgrammeChanges'),
  })
  changes(@Param('programmeId', IdParam) programmeId: string, @Query() q: ChangesQueryDto) {
    return this.queryBus.execute(new GetProgrammeChangesQuery(programmeId, momentOf(q.from), q.to ? momentOf(q.to) : new Date()));
  }
}
