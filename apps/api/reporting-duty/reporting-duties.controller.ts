import { Body, Param, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { PROGRAMME_READERS } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { dayOf } from '../meeting/meetings.controller';
import { DutyListSchema } from '@ledger/reporting-duty';
import { ExecuteReportingDutyCommand } from './reporting-duty-command.handler';
import { ListReportingDutiesQuery } from './reporting-duty.queries';
import { DutyListQueryDto, RecordReportReceivedRequestDto, SetReportingDutyRequestDto } from './reporting-duty.request.dto';
import { CommandController, CommandRoute, ReadRoute } from '../http/routes';


@CommandController('reporting duties', "the duty stream's version")
export class ReportingDutiesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @CommandRoute('programmes/:programmeId/reporting-duties', {
    roles: ['programme-office', 'oversight-committee'],
    summary: 'Set a duty to report to a forum, once or on each due day (ReportingDutySet)',
  })
  set(@Param('programmeId', IdParam) programmeId: string, @Body() body: SetReportingDutyRequestDto, @Caller() caller: Caller) {
    const dutyId = body.dutyId ?? randomUUID();
    const { reason: _r, dutyId: _d, source: s, ...duty } = body;
    const data = { ...duty, dutyId, programmeId, source: s ? { document: s.document, paragraph: s.paragraph ?? null } : null };
    return this.commandBus.execute(new ExecuteReportingDutyCommand(dutyId, { type: 'SetReportingDuty', data }, handleOptions(caller, reasonOf(body)), dutyId));
  }

  @CommandRoute('reporting-duties/:dutyId/reports', {
    roles: ['programme-office'],
    summary: 'Record a report received for one of the duty’s due days (ReportReceived)',
  })
  receive(@Param('dutyId', IdParam) dutyId: string, @Body() body: RecordReportReceivedRequestDto, @Caller() caller: Caller) {
    const { reason: _r, ...report } = body;
    return this.commandBus.execute(new ExecuteReportingDutyCommand(dutyId, { type: 'RecordReportReceived', data: report }, handleOptions(caller, reasonOf(body))));
  }

  @ReadRoute('programmes/:programmeId/reporting-duties', {
    roles: [...PROGRAMME_READERS],
    summary: 'Reporting duties, each due day received, due or overdue',
    schema: DutyListSchema,
  })
  list(@Param('programmeId', IdParam) programmeId: string, @Query() q: DutyListQueryDto) {
    return this.queryBus.execute(new ListReportingDutiesQuery(programmeId, dayOf(q.on)));
  }
}
