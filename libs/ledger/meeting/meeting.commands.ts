import type { CalendarDate, CommandData, DomainCommand } from '@ledger/kernel';
import type { AgendaItemAdded, MeetingScheduled } from './meeting.events';

export type ScheduleMeeting = DomainCommand<'ScheduleMeeting', CommandData<MeetingScheduled['data'], never, 'source'>>;

export type AddAgendaItem = DomainCommand<'AddAgendaItem', CommandData<AgendaItemAdded['data'], 'meetingId', 'paper' | 'proposalId'>>;

export type RecordMeetingHeld = DomainCommand<'RecordMeetingHeld', { heldOn: CalendarDate }>;

export type MeetingCommand = ScheduleMeeting | AddAgendaItem | RecordMeetingHeld;
