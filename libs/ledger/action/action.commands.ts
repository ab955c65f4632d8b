import type { CalendarDate, CommandData, DomainCommand } from '@ledger/kernel';
import type { ActionCompleted, ActionDropped, ActionRaised, DueMeeting } from './action.events';

export type RaiseAction = DomainCommand<
  'RaiseAction',
  CommandData<ActionRaised['data'], 'dueOn' | 'dueMeetingId', 'condition' | 'proposalId' | 'decisionId' | 'meetingId' | 'source'> & {
    dueOn?: CalendarDate | null;
    /** Looked up by the caller from the meeting's stream: its id and date. */
    dueMeeting?: DueMeeting | null;
  }
>;

export type CompleteAction = DomainCommand<'CompleteAction', CommandData<ActionCompleted['data'], 'actionId'>>;

export type DropAction = DomainCommand<'DropAction', CommandData<ActionDropped['data'], 'actionId'>>;

export type ActionCommand = RaiseAction | CompleteAction | DropAction;
