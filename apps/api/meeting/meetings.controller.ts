import { Body, Param, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { PROGRAMME_READERS } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteMeetingCommand } from './meeting-command.handler';
import { GetMeetingQuery, ListMeetingsQuery } from './meeting.queries';
import { AddAgendaItemRequestDto, MeetingListQueryDto, RecordMeetingHeldRequestDto, ScheduleMeetingRequestDto } from './meeting.request.dto';
import { MeetingListSchema, MeetingPageSchema } from '@ledger/meeting';
import { CommandController, CommandRoute, ReadRoute } from '../http/routes';

/** The day "overdue" is judged on: the one asked about, or today. */
export const dayOf = (on: string | undefined): string => on ?? new Date().toISOString().slice(0, 10);

@CommandController('meetings', "the meeting stream's version")
export class MeetingsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @CommandRoute('programmes/:programmeId/meetings', {
    roles: ['programme-office'],
    summary: 'Schedule a meeting of a forum (MeetingScheduled)',
    location: '/meetings/{id}',
  })
  schedule(@Param('programmeId', IdParam) programmeId: string, @Body() body: ScheduleMeetingRequestDto, @Caller() caller: Caller) {
    const meetingId = body.meetingId ?? randomUUID();
    const { reason: _r, meetingId: _m, source, ...meeting } = body;
    const data = { ...meeting, meetingId, programmeId, source: source ? { document: source.document, paragraph: source.paragraph ?? null } : null };
    return this.commandBus.execute(new ExecuteMeetingCommand(meetingId, { type: 'ScheduleMeeting', data }, handleOptions(caller, reasonOf(body)), meetingId));
  }

  @CommandRoute('meetings/:meetingId/agenda-items', {
    roles: ['programme-office'],
    summary: 'Put an item on a planned meeting’s agenda (AgendaItemAdded)',
  })
  addItem(@Param('meetingId', IdParam) meetingId: string, @Body() body: AddAgendaItemRequestDto, @Caller() caller: Caller) {
    const itemId = body.itemId ?? randomUUID();
    const { reason: _r, itemId: _i, ...item } = body;
    return this.commandBus.execute(new ExecuteMeetingCommand(meetingId, { type: 'AddAgendaItem', data: { ...item, itemId } }, handleOptions(caller, reasonOf(body)), itemId));
  }

  @CommandRoute('meetings/:meetingId/held', {
    roles: ['programme-office'],
    summary: 'Record that a meeting was held; its agenda is then closed (MeetingHeld)',
  })
  held(@Param('meetingId', IdParam) meetingId: string, @Body() body: RecordMeetingHeldRequestDto, @Caller() caller: Caller) {
    return this.commandBus.execute(new ExecuteMeetingCommand(meetingId, { type: 'RecordMeetingHeld', data: { heldOn: body.heldOn } }, handleOptions(caller, reasonOf(body))));
  }

  @ReadRoute('programmes/:programmeId/meetings', {
    roles: [...PROGRAMME_READERS],
    summary: 'Meetings by date, each with what is due to come to it (status=planned: the forward plan)',
    schema: MeetingListSchema,
  })
  list(@Param('programmeId', IdParam) programmeId: string, @Query() q: MeetingListQueryDto) {
    return this.queryBus.execute(new ListMeetingsQuery(programmeId, q.status, dayOf(q.on)));
  }

  @ReadRoute('meetings/:meetingId', {
    roles: [...PROGRAMME_READERS],
    summary: 'A meeting: its agenda and papers, the actions due at it and raised at it, the reports due',
    schema: MeetingPageSchema,
  })
  get(@Param('meetingId', IdParam) meetingId: string, @Query() q: MeetingListQueryDto) {
    return this.queryBus.execute(new GetMeetingQuery(meetingId, dayOf(q.on)));
  }
}
