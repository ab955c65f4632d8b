import type { CalendarDate, DomainCommand, SourceReference } from '@ledger/kernel';
import type { ActionOrigin, ActionOwner, DueMeeting } from './action.events';

export type RaiseAction = DomainCommand<
  'RaiseAction',
  {
    actionId: string;
    programmeId: string;
    title: string;
    owner: ActionOwner;
    origin: ActionOrigin;
    condition?: string | null;
    proposalId?: string | null;
    decisionId?: string | null;
    meetingId?: string | null;
    dueOn?: CalendarDate | null;
    /** Looked up by the caller from the meeting's stream: its id and date. */
    dueMeeting?: DueMeeting | null;
    raisedOn: CalendarDate;
    source?: SourceReference | null;
  }
>;

export type CompleteAction = DomainCommand<'CompleteAction', { evidence: string; completedOn: CalendarDate }>;

export type DropAction = DomainCommand<'DropAction', { reason: string; droppedOn: CalendarDate }>;

export type ActionCommand = RaiseAction | CompleteAction | DropAction;
