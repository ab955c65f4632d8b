import type { CalendarDate, DomainCommand, Forum, SourceReference } from '@ledger/kernel';
import type { AgendaItemKind } from './meeting.events';

export type ScheduleMeeting = DomainCommand<
  'ScheduleMeeting',
  {
    meetingId: string;
    programmeId: string;
    forum: Forum;
    forumName: string;
    title: string;
    date: CalendarDate;
    source?: SourceReference | null;
  }
>;

export type AddAgendaItem = DomainCommand<
  'AddAgendaItem',
  { itemId: string; kind: AgendaItemKind; title: string; paper?: string | null; proposalId?: string | null }
>;

export type RecordMeetingHeld = DomainCommand<'RecordMeetingHeld', { heldOn: CalendarDate }>;

export type MeetingCommand = ScheduleMeeting | AddAgendaItem | RecordMeetingHeld;
