import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { PROGRAMME_READERS, Roles } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { WriteResult } from '../http/write-result';
import { arr, nstr, obj, str } from '../meeting/meeting.schemas';
import { ExecuteIssueCommand } from './issue-command.handler';
import { ListIssuesQuery } from './issue.queries';
import { EscalateIssueRequestDto, IssueListQueryDto, RaiseIssueRequestDto, ResolveIssueRequestDto } from './issue.request.dto';

const ISSUE_SCHEMA = obj({
  issueId: str,
  programmeId: str,
  proposalId: nstr,
  title: str,
  description: str,
  severity: str,
  ownerName: str,
  riskId: nstr,
  raisedOn: str,
  status: { type: 'string', enum: ['open', 'resolved'] },
  escalations: arr(obj({ forum: str, meetingId: nstr, reason: str, escalatedOn: str })),
  resolution: { ...obj({ resolution: str, resolvedOn: str }), nullable: true },
});

@ApiTags('issues')
@ApiHeader({ name: 'If-Match', required: false, description: "The ETag (the issue stream's version) you last saw; a stale one gets 412." })
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key records the command once.' })
@Controller()
export class IssuesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post('programmes/:programmeId/issues')
  @Roles('programme-office')
  @ApiOperation({ summary: 'Raise an issue, optionally the risk that materialised (IssueRaised)' })
  @ApiCreatedResponse({ type: WriteResult })
  raise(@Param('programmeId', IdParam) programmeId: string, @Body() body: RaiseIssueRequestDto, @Caller() caller: Caller) {
    const issueId = body.issueId ?? randomUUID();
    const { reason: _r, issueId: _i, ...issue } = body;
    return this.commandBus.execute(new ExecuteIssueCommand(issueId, { type: 'RaiseIssue', data: { ...issue, issueId, programmeId } }, handleOptions(caller, reasonOf(body)), issueId));
  }

  @Post('issues/:issueId/escalation')
  @Roles('programme-office')
  @ApiOperation({ summary: 'Escalate an open issue to a forum (IssueEscalated)' })
  @ApiCreatedResponse({ type: WriteResult })
  escalate(@Param('issueId', IdParam) issueId: string, @Body() body: EscalateIssueRequestDto, @Caller() caller: Caller) {
    return this.commandBus.execute(new ExecuteIssueCommand(issueId, { type: 'EscalateIssue', data: { ...body } }, handleOptions(caller, reasonOf(body))));
  }

  @Post('issues/:issueId/resolution')
  @Roles('programme-office')
  @ApiOperation({ summary: 'Resolve an issue (IssueResolved)' })
  @ApiCreatedResponse({ type: WriteResult })
  resolve(@Param('issueId', IdParam) issueId: string, @Body() body: ResolveIssueRequestDto, @Caller() caller: Caller) {
    return this.commandBus.execute(new ExecuteIssueCommand(issueId, { type: 'ResolveIssue', data: { resolution: body.resolution, resolvedOn: body.resolvedOn } }, handleOptions(caller, reasonOf(body))));
  }

  @Get('programmes/:programmeId/issues')
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'The issues register (status, severity, escalated to a forum)' })
  @ApiOkResponse({ schema: obj({ programmeId: str, items: arr(ISSUE_SCHEMA) }) })
  list(@Param('programmeId', IdParam) programmeId: string, @Query() q: IssueListQueryDto) {
    return this.queryBus.execute(new ListIssuesQuery(programmeId, { status: q.status, severity: q.severity, forum: q.forum }));
  }
}
