import { foldEvents } from '@ledger/kernel';
import { actionDecider } from './action.decider';
import type { ActionEvent } from './action.events';
import { conditionActionId, conditionActions, monthsAfter, type ConditionSource } from './condition-actions';

const agreed: ConditionSource = {
  eventId: '3f0c2a9e-0000-4000-8000-000000000001',
  type: 'ProposalAgreed',
  data: {
    proposalId: 'sn',
    conditions: ['Subject to the ongoing formal consultation process', 'Detailed business cases will follow'],
    meetingId: 'authority-0929',
    decisionDate: '2005-09-29',
    followUp: null,
  },
};

/** Raises the commands on fresh streams, as the reactor does: each must decide to one ActionRaised. */
const raiseAll = (source: ConditionSource, lead = null as { personId: string | null; name: string } | null) =>
  conditionActions(source, { programmeId: 'mmp', lead }).map((command) => actionDecider.decide(command, actionDecider.initialState()));

describe('conditions become actions', () => {
  it('each condition is exactly one action, raised at the meeting on the day of the agreement', () => {
    const raised = raiseAll(agreed);
    expect(raised).toHaveLength(2);
    expect(raised.map(([e]) => e.type)).toEqual(['ActionRaised', 'ActionRaised']);
    const [[first]] = raised as ActionEvent[][];
    expect(first.data).toMatchObject({
      actionId: conditionActionId(agreed.eventId, 0),
      programmeId: 'mmp',
      origin: 'condition',
      condition: 'Subject to the ongoing formal consultation process',
      proposalId: 'sn',
      decisionId: null,
      meetingId: 'authority-0929',
      raisedOn: '2005-09-29',
    });
  });

  it('the same event names the same actions (a replay or a retry finds their streams already there)', () => {
    const ids = (s: ConditionSource) => conditionActions(s, { programmeId: 'mmp', lead: null }).map((c) => c.data.actionId);
    expect(ids(agreed)).toEqual(ids(structuredClone(agreed)));
    expect(new Set(ids(agreed)).size).toBe(2);
    expect(ids({ ...agreed, eventId: 'another' })).not.toEqual(ids(agreed));
    // Raised once, the action refuses to be raised again: the second reaction appends nothing.
    const [command] = conditionActions(agreed, { programmeId: 'mmp', lead: null });
    const state = foldEvents(actionDecider, actionDecider.decide(command, actionDecider.initialState()));
    expect(() => actionDecider.decide(command, state)).toThrow(expect.objectContaining({ code: 'ACTION_ALREADY_RAISED' }));
  });

  it('by default: owned by the proposal’s lead, else the programme office; due three months on', () => {
    const [[withLead]] = raiseAll(agreed, { personId: 'tim-godwin', name: 'AC Tim Godwin' }) as ActionEvent[][];
    expect(withLead.data).toMatchObject({ owner: { personId: 'tim-godwin', name: 'AC Tim Godwin' }, dueOn: '2005-12-29', dueMeetingId: null });
    const [[office]] = raiseAll(agreed) as ActionEvent[][];
    expect(office.data).toMatchObject({ owner: { personId: null, name: 'Programme office' } });
  });

  it('as the request said: its owner, and the meeting the conditions must come back to', () => {
    const source: ConditionSource = { ...agreed, data: { ...agreed.data, followUp: { owner: { personId: 'sr', name: 'Stephen Rimmer' }, dueOn: null, dueMeeting: { meetingId: 'oversight-0309', date: '2006-03-09' } } } };
    const [[action]] = raiseAll(source, { personId: 'tim-godwin', name: 'AC Tim Godwin' }) as ActionEvent[][];
    expect(action.data).toMatchObject({ owner: { personId: 'sr', name: 'Stephen Rimmer' }, dueOn: '2006-03-09', dueMeetingId: 'oversight-0309' });
  });

  it('a decision’s conditions name the decision; an event without conditions raises nothing', () => {
    const decided: ConditionSource = { eventId: 'e2', type: 'DecisionRecorded', data: { decisionId: 'd1', proposalId: null, conditions: ['Report back'], meetingId: null, decisionDate: '2006-01-31' } };
    const [[action]] = raiseAll(decided) as ActionEvent[][];
    expect(action.data).toMatchObject({ decisionId: 'd1', proposalId: null, dueOn: '2006-04-30' });
    expect(raiseAll({ ...agreed, data: { ...agreed.data, conditions: [] } })).toEqual([]);
  });

  it('three months on is clamped to the end of a shorter month', () => {
    expect(monthsAfter('2005-11-30', 3)).toBe('2006-02-28');
    expect(monthsAfter('2007-11-30', 3)).toBe('2008-02-29');
    expect(monthsAfter('2005-10-15', 3)).toBe('2006-01-15');
  });
});
