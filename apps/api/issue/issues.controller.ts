import { Body, Param, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { PROGRAMME_READERS } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { IssueListSchema } from '@ledger/issue';
import { ExecuteIssueCommand } from './issue-command.handler';
import { ListIssuesQuery } from './issue.queries';
import { EscalateIssueRequestDto, IssueListQueryDto, RaiseIssueRequestDto, ResolveIssueRequestDto } from './issue.request.dto';
import { CommandController, CommandRoute, ReadRoute } from '../http/routes';


@CommandController('issues', "the issue stream's version")
export class IssuesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @CommandRoute('programmes/:programmeId/issues', {
    roles: ['programme-office'],
    summary: 'Raise an issue, optionally the risk that materialised (IssueRaised)',
  })
  raise(@Param('programmeId', IdParam) programmeId: string, @Body() body: RaiseIssueRequestDto, @Caller() caller: Caller) {
    const issueId = body.issueId ?? randomUUID();
    const { reason: _r, issueId: _i, ...issue } = body;
    return this.commandBus.execute(new ExecuteIssueCommand(issueId, { type: 'RaiseIssue', data: { ...issue, issueId, programmeId } }, handleOptions(caller, reasonOf(body)), issueId));
  }

  @CommandRoute('issues/:issueId/escalation', {
    roles: ['programme-office'],
    summary: 'Escalate an open issue to a forum (IssueEscalated)',
  })
  escalate(@Param('issueId', IdParam) issueId: string, @Body() body: EscalateIssueRequestDto, @Caller() caller: Caller) {
    return this.commandBus.execute(new ExecuteIssueCommand(issueId, { type: 'EscalateIssue', data: { ...body } }, handleOptions(caller, reasonOf(body))));
  }

  @CommandRoute('issues/:issueId/resolution', { roles: ['programme-office'], summary: 'Resolve an issue (IssueResolved)' })
  resolve(@Param('issueId', IdParam) issueId: string, @Body() body: ResolveIssueRequestDto, @Caller() caller: Caller) {
    return this.commandBus.execute(new ExecuteIssueCommand(issueId, { type: 'ResolveIssue', data: { resolution: body.resolution, resolvedOn: body.resolvedOn } }, handleOptions(caller, reasonOf(body))));
  }

  @ReadRoute('programmes/:programmeId/issues', {
    roles: [...PROGRAMME_READERS],
    summary: 'The issues register (status, severity, escalated to a forum)',
    schema: IssueListSchema,
  })
  list(@Param('programmeId', IdParam) programmeId: string, @Query() q: IssueListQueryDto) {
    return this.queryBus.execute(new ListIssuesQuery(programmeId, { status: q.status, severity: q.severity, forum: q.forum }));
  }
}
