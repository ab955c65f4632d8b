import { assertCalendarDate, assertNotBefore, type CalendarDate, deciderOf, fail, type UntilRecorded, FORUMS, optionalId, optionalText, requireId, requireOneOf, requireSourceReference, requireText } from '@ledger/kernel';
import type { AddAgendaItem, MeetingCommand, RecordMeetingHeld, ScheduleMeeting } from './meeting.commands';
import { AGENDA_ITEM_KINDS, AGENDA_KINDS_ON_A_PROPOSAL, type MeetingEvent, type MeetingScheduled } from './meeting.events';

export type MeetingState = UntilRecorded<Pick<MeetingScheduled['data'], 'meetingId' | 'date' | 'forum'>> & {
  readonly held: boolean;
  readonly itemIds: readonly string[];
};

export const initialMeetingState = (): MeetingState => ({ meetingId: null, date: null, forum: null, held: false, itemIds: [] });

function requirePlanned(state: MeetingState): { meetingId: string; date: CalendarDate } {
  if (state.meetingId === null || state.date === null) fail('MEETING_NOT_FOUND', 'The meeting has not been scheduled');
  if (state.held) fail('MEETING_ALREADY_HELD', `Meeting ${state.meetingId} has already been held`);
  return { meetingId: state.meetingId, date: state.date };
}

export function scheduleMeeting(command: ScheduleMeeting, state: MeetingState): MeetingEvent[] {
  const { data } = command;
  if (state.meetingId !== null) fail('MEETING_ALREADY_SCHEDULED', `Meeting ${state.meetingId} is already scheduled`);
  return [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId: requireId(data.meetingId, 'meetingId'),
        programmeId: requireId(data.programmeId, 'programmeId'),
        forum: requireOneOf(data.forum, FORUMS, 'forum'),
        forumName: requireText(data.forumName, 'forumName'),
        title: requireText(data.title, 'title'),
        date: assertCalendarDate(data.date, 'date'),
        source: data.source === undefined || data.source === null ? null : requireSourceReference(data.source, 'source'),
      },
    },
  ];
}

export function addAgendaItem(command: AddAgendaItem, state: MeetingState): MeetingEvent[] {
  const { data } = command;
  const itemId = requireId(data.itemId, 'itemId');
  const kind = requireOneOf(data.kind, AGENDA_ITEM_KINDS, 'kind');
  const title = requireText(data.title, 'title');
  const paper = optionalText(data.paper, 'paper');
  const proposalId = optionalId(data.proposalId, 'proposalId');
  if (AGENDA_KINDS_ON_A_PROPOSAL.includes(kind) && proposalId === null) fail('AGENDA_ITEM_PROPOSAL_REQUIRED', `A ${kind} item names the proposal it is about`, 'proposalId');
  const { meetingId } = requirePlanned(state);
  if (state.itemIds.includes(itemId)) fail('AGENDA_ITEM_ALREADY_ADDED', `Item ${itemId} is already on the agenda`, 'itemId');
  return [{ type: 'AgendaItemAdded', data: { meetingId, itemId, kind, title, paper, proposalId } }];
}

export function recordMeetingHeld(command: RecordMeetingHeld, state: MeetingState): MeetingEvent[] {
  const heldOn = assertCalendarDate(command.data.heldOn, 'heldOn');
  const { meetingId, date } = requirePlanned(state);
  assertNotBefore(heldOn, date, 'heldOn', 'the day the meeting was scheduled for');
  return [{ type: 'MeetingHeld', data: { meetingId, heldOn } }];
}

export const meetingDecider = deciderOf<MeetingCommand, MeetingEvent, MeetingState>({
  initialState: initialMeetingState,
  evolve: {
    MeetingScheduled: (state, event) => ({ ...state, meetingId: event.data.meetingId, date: event.data.date, forum: event.data.forum }),
    AgendaItemAdded: (state, event) => ({ ...state, itemIds: [...state.itemIds, event.data.itemId] }),
    MeetingHeld: (state) => ({ ...state, held: true }),
  },
  decide: {
    ScheduleMeeting: scheduleMeeting,
    AddAgendaItem: addAgendaItem,
    RecordMeetingHeld: recordMeetingHeld,
  },
});
