import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { PROGRAMME_READERS, Roles } from '../auth/access.decorators';
import { Caller, handleOptions, reasonOf } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { WriteResult } from '../http/write-result';
import { ExecuteMeetingCommand } from './meeting-command.handler';
import { GetMeetingQuery, ListMeetingsQuery } from './meeting.queries';
import { AddAgendaItemRequestDto, MeetingListQueryDto, RecordMeetingHeldRequestDto, ScheduleMeetingRequestDto } from './meeting.request.dto';
import { MEETING_LIST_SCHEMA, MEETING_PAGE_SCHEMA } from './meeting.schemas';

/** The day "overdue" is judged on: the one asked about, or today. */
export const dayOf = (on: string | undefined): string => on ?? new Date().toISOString().slice(0, 10);

@ApiTags('meetings')
@ApiHeader({ name: 'If-Match', required: false, description: "The ETag (the meeting stream's version) you last saw; a stale one gets 412." })
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key records the command once.' })
@Controller()
export class MeetingsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post('programmes/:programmeId/meetings')
  @Roles('programme-office')
  @ApiOperation({ summary: 'Schedule a meeting of a forum (MeetingScheduled)' })
  @ApiCreatedResponse({ type: WriteResult })
  schedule(@Param('programmeId', IdParam) programmeId: string, @Body() body: ScheduleMeetingRequestDto, @Caller() caller: Caller) {
    const meetingId = body.meetingId ?? randomUUID();
    const { reason: _r, meetingId: _m, source, ...meeting } = body;
    const data = { ...meeting, meetingId, programmeId, source: source ? { document: source.document, paragraph: source.paragraph ?? null } : null };
    return this.commandBus.execute(new ExecuteMeetingCommand(meetingId, { type: 'ScheduleMeeting', data }, handleOptions(caller, reasonOf(body)), meetingId));
  }

  @Post('meetings/:meetingId/agenda-items')
  @Roles('programme-office')
  @ApiOperation({ summary: 'Put an item on a planned meeting’s agenda (AgendaItemAdded)' })
  @ApiCreatedResponse({ type: WriteResult })
  addItem(@Param('meetingId', IdParam) meetingId: string, @Body() body: AddAgendaItemRequestDto, @Caller() caller: Caller) {
    const itemId = body.itemId ?? randomUUID();
    const { reason: _r, itemId: _i, ...item } = body;
    return this.commandBus.execute(new ExecuteMeetingCommand(meetingId, { type: 'AddAgendaItem', data: { ...item, itemId } }, handleOptions(caller, reasonOf(body)), itemId));
  }

  @Post('meetings/:meetingId/held')
  @Roles('programme-office')
  @ApiOperation({ summary: 'Record that a meeting was held; its agenda is then closed (MeetingHeld)' })
  @ApiCreatedResponse({ type: WriteResult })
  held(@Param('meetingId', IdParam) meetingId: string, @Body() body: RecordMeetingHeldRequestDto, @Caller() caller: Caller) {
    return this.commandBus.execute(new ExecuteMeetingCommand(meetingId, { type: 'RecordMeetingHeld', data: { heldOn: body.heldOn } }, handleOptions(caller, reasonOf(body))));
  }

  @Get('programmes/:programmeId/meetings')
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'Meetings by date, each with what is due to come to it (status=planned: the forward plan)' })
  @ApiOkResponse({ schema: MEETING_LIST_SCHEMA })
  list(@Param('programmeId', IdParam) programmeId: string, @Query() q: MeetingListQueryDto) {
    return this.queryBus.execute(new ListMeetingsQuery(programmeId, q.status, dayOf(q.on)));
  }

  @Get('meetings/:meetingId')
  @Roles(...PROGRAMME_READERS)
  @ApiOperation({ summary: 'A meeting: its agenda and papers, the actions due at it and raised at it, the reports due' })
  @ApiOkResponse({ schema: MEETING_PAGE_SCHEMA })
  get(@Param('meetingId', IdParam) meetingId: string, @Query() q: MeetingListQueryDto) {
    return this.queryBus.execute(new GetMeetingQuery(meetingId, dayOf(q.on)));
  }
}
