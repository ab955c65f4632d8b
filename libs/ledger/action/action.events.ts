import { type CalendarDate, type DomainEvent, type SourceReference, typeNames } from '@ledger/kernel';

/** Where an action comes from: a condition of an agreement/approval/decision, a meeting, the office. */
export const ACTION_ORIGINS = ['condition', 'meeting', 'office'] as const;
export type ActionOrigin = (typeof ACTION_ORIGINS)[number];

/** Who must do it: a person (a lead's person id, when they have an account) by name. */
export type ActionOwner = { personId: string | null; name: string };

/** The meeting an action must come back to, with its date (the action is due by then). */
export type DueMeeting = { meetingId: string; date: CalendarDate };

export type ActionRaised = DomainEvent<'ActionRaised', {
  actionId: string;
  programmeId: string;
  title: string;
  owner: ActionOwner;
  origin: ActionOrigin;
  /** The condition's words, for an action that is a condition. */
  condition: string | null;
  proposalId: string | null;
  decisionId: string | null;
  /** The meeting it was raised at. */
  meetingId: string | null;
  /** Due by this day: the date given, or the date of the meeting it must come back to. */
  dueOn: CalendarDate;
  dueMeetingId: string | null;
  raisedOn: CalendarDate;
  source: SourceReference | null;
}>;

export type ActionCompleted = DomainEvent<'ActionCompleted', { actionId: string; evidence: string; completedOn: CalendarDate }>;

export type ActionDropped = DomainEvent<'ActionDropped', { actionId: string; reason: string; droppedOn: CalendarDate }>;

export type ActionEvent = ActionRaised | ActionCompleted | ActionDropped;

/** The event types of the `action-<actionId>` stream. */
export const ACTION_EVENT_TYPES = typeNames<ActionEvent['type']>({ ActionRaised: true, ActionCompleted: true, ActionDropped: true });

export const actionStreamId = (actionId: string): string => `action-${actionId}`;
