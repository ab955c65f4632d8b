import { Body, Param, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { AuthenticatedUser } from '../auth/access-token';
import { PROGRAMME_READERS } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { dayOf } from '../meeting/meetings.controller';
import { ActionRegisterSchema, MyActionsSchema } from '@ledger/action';
import { requireMeeting } from '../meeting/meeting-command.handler';
import { ExecuteActionCommand } from './action-command.handler';
import { ListActionsQuery, MyActionsQuery } from './action.queries';
import { ActionRegisterQueryDto, CompleteActionRequestDto, DropActionRequestDto, MyActionsQueryDto, RaiseActionRequestDto } from './action.request.dto';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { Inject } from '@nestjs/common';
import { CommandController, CommandRoute, ReadRoute } from '../http/routes';

const callerOf = (request: Request) => {
  const user = (request as Request & { user: AuthenticatedUser }).user;
  return { role: user.role, personId: user.personId };
};

@CommandController('actions', "the action stream's version")
export class ActionsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @CommandRoute('programmes/:programmeId/actions', {
    roles: ['programme-office', 'oversight-committee'],
    summary: 'Raise an action: a condition to track, one raised at a meeting, or one of the office (ActionRaised)',
  })
  async raise(@Param('programmeId', IdParam) programmeId: string, @Body() body: RaiseActionRequestDto, @Caller() caller: Caller, @Req() request: Request) {
    const actionId = body.actionId ?? randomUUID();
    const { reason: _r, actionId: _a, ownerName, ownerPersonId, dueMeetingId, source, ...action } = body;
    const dueMeeting = dueMeetingId ? await requireMeeting(this.store, dueMeetingId, 'dueMeetingId') : null;
    const data = {
      ...action,
      actionId,
      programmeId,
      owner: { personId: ownerPersonId ?? null, name: ownerName },
      dueMeeting,
      source: source ? { document: source.document, paragraph: source.paragraph ?? null } : null,
    };
    return this.commandBus.execute(new ExecuteActionCommand(actionId, { type: 'RaiseAction', data }, handleOptions(caller, reasonOf(body)), callerOf(request), actionId));
  }

  @CommandRoute('actions/:actionId/completion', {
    roles: ['programme-office', 'lead'],
    summary: 'Complete an action with evidence; a lead completes only their own (ActionCompleted)',
  })
  @ApiForbiddenResponse({ description: 'FORBIDDEN for other roles; NOT_ACTION_OWNER: a lead completes only the actions they own.' })
  complete(@Param('actionId', IdParam) actionId: string, @Body() body: CompleteActionRequestDto, @Caller() caller: Caller, @Req() request: Request) {
    return this.commandBus.execute(
      new ExecuteActionCommand(actionId, { type: 'CompleteAction', data: { evidence: body.evidence, completedOn: body.completedOn } }, handleOptions(caller, reasonOf(body)), callerOf(request)),
    );
  }

  @CommandRoute('actions/:actionId/drop', {
    roles: ['programme-office', 'oversight-committee'],
    summary: 'Drop an action that is no longer needed, with a reason (ActionDropped)',
  })
  drop(@Param('actionId', IdParam) actionId: string, @Body() body: DropActionRequestDto, @Caller() caller: Caller, @Req() request: Request) {
    return this.commandBus.execute(new ExecuteActionCommand(actionId, { type: 'DropAction', data: { reason: body.reason, droppedOn: body.droppedOn } }, handleOptions(caller, reasonOf(body)), callerOf(request)));
  }

  @ReadRoute('programmes/:programmeId/actions', {
    roles: [...PROGRAMME_READERS],
    summary: 'The actions register (owner, status with overdue derived from the day, forum, due before), ordered by due day',
    schema: ActionRegisterSchema,
  })
  list(@Param('programmeId', IdParam) programmeId: string, @Query() q: ActionRegisterQueryDto) {
    return this.queryBus.execute(new ListActionsQuery(programmeId, { ownerPersonId: q.owner, status: q.status, forum: q.forum, dueBefore: q.dueBefore }, dayOf(q.on)));
  }

  @ReadRoute('actions/mine', {
    roles: [...PROGRAMME_READERS],
    summary: 'My actions: those owned by the signed-in person (a lead)',
    schema: MyActionsSchema,
  })
  mine(@Query() q: MyActionsQueryDto, @Req() request: Request) {
    return this.queryBus.execute(new MyActionsQuery(callerOf(request).personId, dayOf(q.on)));
  }
}
