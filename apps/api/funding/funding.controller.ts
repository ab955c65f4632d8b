import { Body, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { fundingAsAt, fundingOn } from '@ledger/plan-views';
import { PROGRAMME_READERS } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { momentOf } from '../http/query-params.dto';
import { FundingSchema } from '@ledger/funding';
import { PlanAsAtQueryDto } from '../strategy/plan.query.dto';
import { ExecuteFundingCommand } from './funding-command.handler';
import { RecordFundingLineRequestDto, ReviseFundingLineRequestDto } from './funding.request.dto';
import { CommandController, CommandRoute, ReadRoute } from '../http/routes';

/** The money: resources by source, requirements and savings per year, and the gap derived. */
@CommandController('funding', "the funding stream's version")
export class FundingController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @CommandRoute('programmes/:programmeId/funding-lines', {
    roles: ['programme-office'],
    summary: 'Record a line of the medium-term financial plan: a resource (with its source), a requirement or savings (FundingLineRecorded)',
  })
  record(@Param('programmeId', IdParam) programmeId: string, @Body() body: RecordFundingLineRequestDto, @Caller() caller: Caller) {
    const { reason: _reason, ...line } = body;
    return this.commandBus.execute(new ExecuteFundingCommand(programmeId, { type: 'RecordFundingLine', data: { ...line, programmeId } }, handleOptions(caller, reasonOf(body)), body.lineId));
  }

  @CommandRoute('programmes/:programmeId/funding-lines/:lineId/revisions', {
    roles: ['programme-office'],
    summary: 'Revise a line’s amount, with a reason (FundingLineRevised)',
  })
  revise(
    @Param('programmeId', IdParam) programmeId: string,
    @Param('lineId', IdParam) lineId: string,
    @Body() body: ReviseFundingLineRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.commandBus.execute(
      new ExecuteFundingCommand(programmeId, { type: 'ReviseFundingLine', data: { lineId, amountPence: body.amountPence, reason: body.reason } }, handleOptions(caller, reasonOf(body))),
    );
  }

  @ReadRoute('programmes/:programmeId/funding', {
    roles: [...PROGRAMME_READERS],
    summary: 'The funding view: every line, and per year resources, requirement, savings and the gap (as at `at`, and on the day `on`, if given)',
    schema: FundingSchema,
  })
  async funding(@Param('programmeId', IdParam) programmeId: string, @Query() q: PlanAsAtQueryDto) {
    const [programme] = (await this.db.query(`SELECT 1 FROM programme_view WHERE id = $1`, [programmeId])) as unknown[];
    if (!programme) throw new NotFoundException({ code: 'PROGRAMME_NOT_FOUND', message: `Programme ${programmeId} does not exist` });
    const at = q.at === undefined ? undefined : momentOf(q.at);
    const view = q.on === undefined ? await fundingAsAt(this.db, this.store, programmeId, at) : await fundingOn(this.db, this.store, programmeId, q.on, at);
    return { ...view, asAt: at?.toISOString() ?? null, on: q.on ?? null };
  }
}
