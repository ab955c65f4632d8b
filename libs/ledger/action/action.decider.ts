import { assertCalendarDate, assertNotBefore, type CalendarDate, deciderOf, fail, optionalCalendarDate, optionalId, optionalText, requireId, requireObject, requireOneOf, requireReason, requireSourceReference, requireText } from '@ledger/kernel';
import type { ActionCommand, CompleteAction, DropAction, RaiseAction } from './action.commands';
import { ACTION_ORIGINS, type ActionEvent } from './action.events';

export type ActionStatus = 'open' | 'done' | 'dropped';

export type ActionState = {
  readonly actionId: string | null;
  readonly status: ActionStatus;
  readonly raisedOn: CalendarDate | null;
  readonly ownerPersonId: string | null;
};

export const initialActionState = (): ActionState => ({ actionId: null, status: 'open', raisedOn: null, ownerPersonId: null });

function requireOpen(state: ActionState): { actionId: string; raisedOn: CalendarDate } {
  if (state.actionId === null || state.raisedOn === null) fail('ACTION_NOT_FOUND', 'The action has not been raised');
  if (state.status !== 'open') fail('ACTION_ALREADY_CLOSED', `Action ${state.actionId} is already ${state.status}`);
  return { actionId: state.actionId, raisedOn: state.raisedOn };
}

export function raiseAction(command: RaiseAction, state: ActionState): ActionEvent[] {
  const { data } = command;
  if (state.actionId !== null) fail('ACTION_ALREADY_RAISED', `Action ${state.actionId} is already raised`);
  const origin = requireOneOf(data.origin, ACTION_ORIGINS, 'origin');
  const owner = requireObject(data.owner, 'owner');
  const condition = optionalText(data.condition, 'condition');
  const proposalId = optionalId(data.proposalId, 'proposalId');
  const decisionId = optionalId(data.decisionId, 'decisionId');
  const meetingId = optionalId(data.meetingId, 'meetingId');
  if (origin === 'condition' && (condition === null || (proposalId === null && decisionId === null))) fail('ACTION_CONDITION_REQUIRED', 'An action from a condition quotes the condition and names the proposal or decision it is attached to', 'condition');
  if (origin === 'meeting' && meetingId === null) fail('ACTION_CONDITION_REQUIRED', 'An action raised at a meeting names the meeting', 'meetingId');
  const raisedOn = assertCalendarDate(data.raisedOn, 'raisedOn');
  const dueMeeting = data.dueMeeting === undefined || data.dueMeeting === null ? null : requireObject(data.dueMeeting, 'dueMeetingId');
  const given = optionalCalendarDate(data.dueOn, 'dueOn');
  const dueOn = given ?? (dueMeeting ? assertCalendarDate(dueMeeting.date, 'dueMeetingId') : null);
  if (dueOn === null) fail('ACTION_DUE_REQUIRED', 'An action is due by a date or at a meeting: give dueOn or dueMeetingId', 'dueOn');
  assertNotBefore(dueOn, raisedOn, given ? 'dueOn' : 'dueMeetingId', 'the day the action was raised');
  return [
    {
      type: 'ActionRaised',
      data: {
        actionId: requireId(data.actionId, 'actionId'),
        programmeId: requireId(data.programmeId, 'programmeId'),
        title: requireText(data.title, 'title'),
        owner: { personId: optionalId(owner.personId, 'owner.personId'), name: requireText(owner.name, 'owner.name') },
        origin,
        condition,
        proposalId,
        decisionId,
        meetingId,
        dueOn,
        dueMeetingId: dueMeeting ? requireId(dueMeeting.meetingId, 'dueMeetingId') : null,
        raisedOn,
        source: data.source === undefined || data.source === null ? null : requireSourceReference(data.source, 'source'),
      },
    },
  ];
}

export function completeAction(command: CompleteAction, state: ActionState): ActionEvent[] {
  const evidence = requireText(command.data.evidence, 'evidence');
  const completedOn = assertCalendarDate(command.data.completedOn, 'completedOn');
  const { actionId, raisedOn } = requireOpen(state);
  assertNotBefore(completedOn, raisedOn, 'completedOn', 'the day the action was raised');
  return [{ type: 'ActionCompleted', data: { actionId, evidence, completedOn } }];
}

export function dropAction(command: DropAction, state: ActionState): ActionEvent[] {
  const reason = requireReason(command.data.reason);
  const droppedOn = assertCalendarDate(command.data.droppedOn, 'droppedOn');
  const { actionId, raisedOn } = requireOpen(state);
  assertNotBefore(droppedOn, raisedOn, 'droppedOn', 'the day the action was raised');
  return [{ type: 'ActionDropped', data: { actionId, reason, droppedOn } }];
}

export const actionDecider = deciderOf<ActionCommand, ActionEvent, ActionState>({
  initialState: initialActionState,
  evolve: {
    ActionRaised: (state, event) => ({ actionId: event.data.actionId, status: 'open', raisedOn: event.data.raisedOn, ownerPersonId: event.data.owner.personId }),
    ActionCompleted: (state) => ({ ...state, status: 'done' }),
    ActionDropped: (state) => ({ ...state, status: 'dropped' }),
  },
  decide: {
    RaiseAction: raiseAction,
    CompleteAction: completeAction,
    DropAction: dropAction,
  },
});
