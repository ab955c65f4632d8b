import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { CompleteAction, DropAction, RaiseAction } from './action.commands';
import { actionDecider } from './action.decider';
import type { ActionEvent, ActionRaised } from './action.events';

const { given } = deciderSpec(actionDecider);

/** What the raise says and the raised event records alike. */
const consultation = {
  actionId: 'consultation',
  programmeId: 'mmp',
  title: 'Complete the formal consultation',
  owner: { personId: 'tim-godwin', name: 'AC Tim Godwin' },
  origin: 'condition' as const,
  condition: 'subject to the ongoing formal consultation process',
  proposalId: 'safer-neighbourhoods',
  raisedOn: '2005-09-29',
};
const raise: RaiseAction = { type: 'RaiseAction', data: { ...consultation, dueMeeting: { meetingId: 'oversight-2006-03-09', date: '2006-03-09' } } };
const raised: ActionRaised = {
  type: 'ActionRaised',
  data: { ...consultation, decisionId: null, meetingId: null, dueOn: '2006-03-09', dueMeetingId: 'oversight-2006-03-09', source: null },
};
const complete: CompleteAction = { type: 'CompleteAction', data: { evidence: 'Consultation report, paper 5', completedOn: '2006-02-01' } };
const completed: ActionEvent = { type: 'ActionCompleted', data: { actionId: 'consultation', evidence: 'Consultation report, paper 5', completedOn: '2006-02-01' } };
const drop: DropAction = { type: 'DropAction', data: { reason: 'Overtaken by the Home Office review', droppedOn: '2006-01-10' } };
const dropped: ActionEvent = { type: 'ActionDropped', data: { actionId: 'consultation', reason: 'Overtaken by the Home Office review', droppedOn: '2006-01-10' } };

describe('action decider', () => {
  describe('when the action is not raised', () => {
    it('raises a condition as an action due at the meeting it must come back to', () => void given([]).when(raise).then([raised]));
    it('raises an office action due by a date', () =>
      void given([]).when({ type: 'RaiseAction', data: { actionId: 'a2', programmeId: 'mmp', title: 'Circulate the plan', owner: { personId: null, name: 'Programme office' }, origin: 'office', dueOn: '2005-10-31', raisedOn: '2005-10-01' } }).then([{ type: 'ActionRaised', data: { actionId: 'a2', programmeId: 'mmp', title: 'Circulate the plan', owner: { personId: null, name: 'Programme office' }, origin: 'office', condition: null, proposalId: null, decisionId: null, meetingId: null, dueOn: '2005-10-31', dueMeetingId: null, raisedOn: '2005-10-01', source: null } }]));
    it('a due date given wins over the meeting date', () =>
      void given([]).when(amend(raise, { dueOn: '2006-02-28' })).then([amend(raised, { dueOn: '2006-02-28' })]));
    it('refuses an action due neither by a date nor at a meeting', () => {
      const error = given([]).when(amend(raise, { dueMeeting: null })).thenThrows('ACTION_DUE_REQUIRED', 'validation');
      expect(error.field).toBe('dueOn');
    });
    it('refuses a due date before the day it is raised', () =>
      void given([]).when(amend(raise, { dueOn: '2005-09-01' })).thenThrows('DATE_OUT_OF_ORDER'));
    it('refuses a condition that quotes nothing', () =>
      void given([]).when(amend(raise, { condition: ' ' })).thenThrows('ACTION_CONDITION_REQUIRED'));
    it('refuses a condition attached to nothing', () =>
      void given([]).when(amend(raise, { proposalId: null })).thenThrows('ACTION_CONDITION_REQUIRED'));
    it('refuses a meeting action that names no meeting', () =>
      void given([]).when(amend(raise, { origin: 'meeting', condition: null })).thenThrows('ACTION_CONDITION_REQUIRED'));
    it('refuses an owner without a name', () =>
      void given([]).when(amend(raise, { owner: { personId: null, name: '' } })).thenThrows('VALUE_REQUIRED'));
    it('refuses to complete it', () => void given([]).when(complete).thenThrows('ACTION_NOT_FOUND', 'not-found'));
  });

  describe('when the action is open', () => {
    it('refuses to raise it again', () => void given([raised]).when(raise).thenThrows('ACTION_ALREADY_RAISED', 'rule'));
    it('completes it with evidence', () => void given([raised]).when(complete).then([completed]));
    it('refuses completion without evidence', () =>
      void given([raised]).when(amend(complete, { evidence: '' })).thenThrows('VALUE_REQUIRED'));
    it('refuses completion before it was raised', () =>
      void given([raised]).when(amend(complete, { completedOn: '2005-01-01' })).thenThrows('DATE_OUT_OF_ORDER'));
    it('drops it with a reason', () => void given([raised]).when(drop).then([dropped]));
    it('refuses to drop it without a reason', () =>
      void given([raised]).when(amend(drop, { reason: '' })).thenThrows('REASON_REQUIRED'));
  });

  describe('when the action is closed', () => {
    it('refuses an action closed twice (done, then done)', () => void given([raised, completed]).when(complete).thenThrows('ACTION_ALREADY_CLOSED', 'rule'));
    it('refuses to drop a done action', () => void given([raised, completed]).when(drop).thenThrows('ACTION_ALREADY_CLOSED'));
    it('refuses to complete a dropped action', () => void given([raised, dropped]).when(complete).thenThrows('ACTION_ALREADY_CLOSED'));
    it('folds to its status', () =>
      void given([raised, dropped]).thenState({ actionId: 'consultation', status: 'dropped', raisedOn: '2005-09-29', ownerPersonId: 'tim-godwin' }));
  });
});
