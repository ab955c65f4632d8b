import { type CalendarDate, type DomainEvent, type Forum, type SourceReference, typeNames } from '@ledger/kernel';

/** What can come to a meeting: a paper on a proposal, a business case, a benefits report, the pack. */
export const AGENDA_ITEM_KINDS = ['proposal-report', 'business-case', 'benefits-report', 'committee-pack', 'other'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** Kinds of item that are always about one proposal. */
export const AGENDA_KINDS_ON_A_PROPOSAL: readonly AgendaItemKind[] = ['proposal-report', 'business-case'];

export type MeetingScheduled = DomainEvent<'MeetingScheduled', {
  meetingId: string;
  programmeId: string;
  forum: Forum;
  /** The body's own name, e.g. "MPA Oversight Committee". */
  forumName: string;
  title: string;
  date: CalendarDate;
  source: SourceReference | null;
}>;

export type AgendaItemAdded = DomainEvent<'AgendaItemAdded', {
  meetingId: string;
  itemId: string;
  kind: AgendaItemKind;
  title: string;
  /** The paper's reference or title, when there is one. */
  paper: string | null;
  proposalId: string | null;
}>;

export type MeetingHeld = DomainEvent<'MeetingHeld', { meetingId: string; heldOn: CalendarDate }>;

export type MeetingEvent = MeetingScheduled | AgendaItemAdded | MeetingHeld;

/** The event types of the `meeting-<meetingId>` stream. */
export const MEETING_EVENT_TYPES = typeNames<MeetingEvent['type']>({ MeetingScheduled: true, AgendaItemAdded: true, MeetingHeld: true });

/** Kept in the slice: only the meeting writes its stream. */
export const meetingStreamId = (meetingId: string): string => `meeting-${meetingId}`;
