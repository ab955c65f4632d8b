import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { RecordDecision } from './decision-log.commands';
import { decisionLogDecider } from './decision-log.decider';
import type { DecisionRecorded } from './decision-log.events';

const { given } = deciderSpec(decisionLogDecider);

/** The decision as the command states it and the event records it. */
const decision: Omit<DecisionRecorded['data'], 'proposalId' | 'supersedesDecisionId'> = {
  programmeId: 'mmp',
  decisionId: 'd-2005-09-29-8a',
  forum: 'Authority',
  decisionDate: '2005-09-29',
  subject: 'Service Review direction of travel',
  outcome: 'approve-with-conditions',
  rationale: 'Proposals robust after the events of July',
  conditions: ['Subject to the ongoing formal consultation'],
  minuteReference: 'MPA 29 September 2005, report 8a',
  evidence: [{ kind: 'business-case', ref: 'safer-neighbourhoods', version: 1 }],
  meetingId: null,
  followUp: null,
};
const record: RecordDecision = { type: 'RecordDecision', data: decision };
const recorded: DecisionRecorded = { type: 'DecisionRecorded', data: { ...decision, proposalId: null, supersedesDecisionId: null } };
const superseding: RecordDecision = {
  type: 'RecordDecision',
  data: {
    ...record.data,
    decisionId: 'd-2006-02-15',
    decisionDate: '2006-02-15',
    outcome: 'approve',
    conditions: [],
    supersedesDecisionId: 'd-2005-09-29-8a',
  },
};

describe('decision log decider', () => {
  describe('when the log is empty', () => {
    it('records a decision with the evidence versions it relied on', () => void given([]).when(record).then([recorded]));

    it('records a decision on a proposal without conditions or evidence', () => void given([]).when(amend(record, { proposalId: 'covert-assets', outcome: 'defer', conditions: undefined, evidence: undefined })).then([{ type: 'DecisionRecorded', data: { ...recorded.data, proposalId: 'covert-assets', outcome: 'defer', conditions: [], evidence: [] } }]));

    it('refuses a conditional approval without conditions', () => void given([]).when(amend(record, { conditions: [] })).thenThrows('DECISION_CONDITIONS_REQUIRED', 'validation'));

    it('refuses conditions on an unconditional approval', () => void given([]).when(amend(record, { outcome: 'approve' })).thenThrows('DECISION_CONDITIONS_NOT_EXPECTED', 'validation'));

    it('refuses an unknown outcome or forum', () => {
      given([]).when(amend(record, { outcome: 'noted' }) as never).thenThrows('INVALID_ENUM_VALUE', 'validation');
      given([]).when(amend(record, { forum: 'Cabinet' }) as never).thenThrows('INVALID_ENUM_VALUE', 'validation');
    });

    it('records the meeting it was taken at and the follow-up of its conditions', () =>
      void given([])
        .when(amend(record, { atMeeting: { meetingId: 'authority-0929', forum: 'Authority', date: '2005-09-29' }, followUp: { ownerName: 'Programme office', dueMeeting: { meetingId: 'oversight-0309', date: '2006-03-09' } } }))
        .then([{ type: 'DecisionRecorded', data: { ...recorded.data, meetingId: 'authority-0929', followUp: { owner: { personId: null, name: 'Programme office' }, dueOn: null, dueMeeting: { meetingId: 'oversight-0309', date: '2006-03-09' } } } }]));

    it('refuses a decision whose meeting is of another forum', () => {
      const error = given([]).when(amend(record, { atMeeting: { meetingId: 'board-0929', forum: 'ManagementBoard', date: '2005-09-29' } })).thenThrows('MEETING_OF_ANOTHER_FORUM', 'validation');
      expect(error.field).toBe('meetingId');
    });

    it('refuses evidence without a version', () => {
      const error = given([]).when(amend(record, { evidence: [{ kind: 'risk-score', ref: 'r1', version: 0 }] })).thenThrows('INVALID_INTEGER', 'validation');
      expect(error.field).toBe('evidence[0].version');
    });

    it('refuses a decision without a rationale', () => void given([]).when(amend(record, { rationale: '' })).thenThrows('VALUE_REQUIRED'));

    it('refuses to supersede a decision that is not in the log', () => void given([]).when(superseding).thenThrows('SUPERSEDED_DECISION_UNKNOWN', 'validation'));
  });

  describe('when a decision is recorded', () => {
    const history = [recorded];

    it('refuses the same decision id again: decisions are never overwritten', () => void given(history).when(record).thenThrows('DECISION_ALREADY_RECORDED', 'rule'));

    it('records a decision superseding it', () => void given(history).when(superseding).then([{ type: 'DecisionRecorded', data: { ...recorded.data, decisionId: 'd-2006-02-15', decisionDate: '2006-02-15', outcome: 'approve', conditions: [], supersedesDecisionId: 'd-2005-09-29-8a' } }]));

    it('refuses a superseding decision dated before the one it supersedes', () => void given(history).when(amend(superseding, { decisionDate: '2005-01-01' })).thenThrows('DATE_OUT_OF_ORDER', 'validation'));

    it('refuses a decision for another programme', () => void given(history).when(amend(superseding, { programmeId: 'other' })).thenThrows('AGGREGATE_ID_MISMATCH', 'validation'));
  });

  describe('when a decision has been superseded', () => {
    const history: DecisionRecorded[] = [
      recorded,
      {
        type: 'DecisionRecorded',
        data: {
          ...recorded.data,
          decisionId: 'd-2006-02-15',
          supersedesDecisionId: 'd-2005-09-29-8a',
        },
      },
    ];

    it('refuses to supersede it again', () => void given(history).when(amend(superseding, { decisionId: 'd-2006-03-01' })).thenThrows('DECISION_ALREADY_SUPERSEDED', 'rule'));

    it('supersedes the latest decision instead', () => void given(history).when(amend(superseding, { decisionId: 'd-2006-03-01', supersedesDecisionId: 'd-2006-02-15' })).then([expect.objectContaining({ data: expect.objectContaining({ supersedesDecisionId: 'd-2006-02-15' }) })]));

    it('keeps both decisions, marking the superseded one', () => void given(history).thenState({ programmeId: 'mmp', decisions: { 'd-2005-09-29-8a': { decisionDate: '2005-09-29', supersededBy: 'd-2006-02-15' }, 'd-2006-02-15': { decisionDate: '2005-09-29', supersededBy: null } } }));
  });
});
