import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { PROGRAMME_READERS, Roles } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { WriteResult } from '../http/write-result';
import { dayOf } from '../meeting/meetings.controller';
import { arr, nstr, obj, source, str } from '../meeting/meeting.schemas';
import { ExecuteReportingDutyCommand } from './reporting-duty-command.handler';
import { ListReportingDutiesQuery } from './reporting-duty.queries';
import { DutyListQueryDto, RecordReportReceivedRequestDto, SetReportingDutyRequestDto } from './reporting-duty.request.dto';

const REPORT = obj({ dueOn: str, receivedOn: str, paper: str, covers: str });
const DUTY_SCHEMA = obj({
  dutyId: str,
  programmeId: str,
  subject: str,
  subjectId: nstr,
  title: str,
  forum: str,
  forumName: str,
  recurrence: str,
  dueDates: arr(str),
  source,
  reports: arr(REPORT),
  schedule: arr(obj({ dueOn: str, state: { type: 'string', enum: ['due', 'overdue', 'received'] }, report: { ...REPORT, nullable: true } })),
});

@ApiTags('reporting duties')
@ApiHeader({ name: 'If-Match', required: false, description: "The ETag (the duty stream's version) you last saw; a stale one gets 412." })
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key records the command once.' })
@Controller()
export class ReportingDutiesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post('programmes/:programmeId/reporting-duties')
  @Roles('programme-office', 'oversight-committee')
  @ApiOperation({ summary: 'Set a duty to report to a forum, once or on each due day (ReportingDutySet)' })
  @ApiCreatedResponse({ type: WriteResult })
  set(@Param('programmeId', IdParam) programmeId: string, @Body() body: SetReportingDutyRequestDto, @Caller() caller: Caller) {
    const dutyId = body.dutyId ?? randomUUID();
    const { reason: _r, dutyId: _d, source: s, ...duty } = body;
    const data = { ...duty, dutyId, programmeId, source: s ? { document: s.document, paragraph: s.paragraph ?? null } : null };
    return this.commandBus.execute(new ExecuteReportingDutyCommand(dutyId, { type: 'SetReportingDuty', data }, handleOptions(caller, reasonOf(body)), dutyId));
  }

  @Post('reporting-duties/:dutyId/reports')
  @Roles('programme-office')
  @ApiOperation({ summary: 'Record a report received for one of the duty’s due days (ReportReceived)' })
  @ApiCreatedResponse({ type: WriteResult })
  receive(@Param('dutyId', IdParam) dutyId: string, @Body() body: RecordReportReceivedRequestDto, @Caller() caller: Caller) {
    const { reason: _r, ...report } = body;
    return this.commandBus.execute(new ExecuteReportingDutyCommand(dutyId, { type: 'RecordReportReceived', data: report }, handleOptions(caller, reasonOf(body))));
  }

  @Get('programmes/:programmeId/reporting-duties')
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'Reporting duties, each due day received, due or overdue' })
  @ApiOkResponse({ schema: obj({ programmeId: str, on: str, overdue: { type: 'integer' }, items: arr(DUTY_SCHEMA) }) })
  list(@Param('programmeId', IdParam) programmeId: string, @Query() q: DutyListQueryDto) {
    return this.queryBus.execute(new ListReportingDutiesQuery(programmeId, dayOf(q.on)));
  }
}
