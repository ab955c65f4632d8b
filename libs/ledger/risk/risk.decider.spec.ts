import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { CloseRisk, RaiseRisk, ReassessRisk, RiskCommand } from './risk.commands';
import { riskDecider } from './risk.decider';
import type { RiskEvent, RiskRaised } from './risk.events';

const { given } = deciderSpec(riskDecider);

const riskId = 'sn-funding';
const raise: RaiseRisk = {
  type: 'RaiseRisk',
  data: {
    riskId,
    programmeId: 'mmp',
    proposalId: 'safer-neighbourhoods',
    kind: 'threat',
    category: 'risk',
    title: 'Accelerated roll-out unfunded',
    cause: 'Roll-out to all wards by 2006/07 needs an extra £32m',
    event: "The precept is not raised above the Mayor's guidance",
    effect: 'Teams are not in place on every ward by March 2007',
    ownerName: 'AC Tim Godwin',
    likelihood: 3,
    impact: 4,
    proximity: 'Before the 2006/07 budget is set',
    response: 'reduce',
    actions: ['Agree funding with the GLA'],
    residualLikelihood: 2,
    residualImpact: 4,
    raisedOn: '2005-09-29',
  },
};
const raised: RiskRaised = {
  type: 'RiskRaised',
  data: {
    ...raise.data,
    proposalId: 'safer-neighbourhoods',
    actions: ['Agree funding with the GLA'],
    score: 12,
    residualScore: 8,
  },
};
const reassess: ReassessRisk = {
  type: 'ReassessRisk',
  data: {
    likelihood: 2,
    impact: 4,
    residualLikelihood: 1,
    residualImpact: 4,
    reason: 'Mayor indicated general support',
    reassessedOn: '2005-10-10',
  },
};
const close: CloseRisk = {
  type: 'CloseRisk',
  data: { reason: 'Budget agreed', closedOn: '2006-02-15' },
};
const closed: RiskEvent = {
  type: 'RiskClosed',
  data: { riskId, reason: 'Budget agreed', closedOn: '2006-02-15' },
};

describe('risk decider', () => {
  describe('when the risk is not raised', () => {
    it('raises it, computing the scores', () => void given([]).when(raise).then([raised]));

    it('raises an opportunity for the programme as a whole', () => void given([]).when(amend(raise, { proposalId: undefined, kind: 'opportunity', response: 'exploit', actions: undefined })).then([{ type: 'RiskRaised', data: { ...raised.data, proposalId: null, kind: 'opportunity', response: 'exploit', actions: [] } }]));

    it.each([
      ['likelihood', 0],
      ['impact', 6],
      ['likelihood', 2.5],
      ['residualLikelihood', Number.NaN],
      ['residualImpact', '3'],
    ])('refuses %s of %p', (field, value) => {
      const error = given([]).when(amend(raise, { [field]: value })).thenThrows('RISK_SCORE_OUT_OF_RANGE', 'validation');
      expect(error.field).toBe(field);
    });

    it('refuses a response that does not fit a threat', () => void given([]).when(amend(raise, { response: 'exploit' })).thenThrows('RISK_RESPONSE_NOT_FOR_KIND', 'validation'));

    it('refuses an unknown category', () => void given([]).when(amend(raise, { category: 'worry' }) as never).thenThrows('INVALID_ENUM_VALUE', 'validation'));

    it('refuses a risk without a cause', () => void given([]).when(amend(raise, { cause: '' })).thenThrows('VALUE_REQUIRED'));

    it.each([
      ['ReassessRisk', reassess],
      ['CloseRisk', close],
    ] as [string, RiskCommand][])('refuses %s', (_type, command) => {
      given([]).when(command).thenThrows('RISK_NOT_FOUND', 'not-found');
    });
  });

  describe('when the risk is open', () => {
    const history = [raised];

    it('refuses to raise it again', () => void given(history).when(raise).thenThrows('RISK_ALREADY_RAISED', 'rule'));

    it('reassesses it, recording the previous scores', () => void given(history).when(reassess).then([{ type: 'RiskReassessed', data: { riskId, likelihood: 2, impact: 4, score: 8, residualLikelihood: 1, residualImpact: 4, residualScore: 4, previousScore: 12, previousResidualScore: 8, reason: 'Mayor indicated general support', reassessedOn: '2005-10-10' } }]));

    it('refuses a reassessment out of range', () => void given(history).when(amend(reassess, { impact: 7 })).thenThrows('RISK_SCORE_OUT_OF_RANGE'));

    it('refuses a reassessment without a reason', () => void given(history).when(amend(reassess, { reason: '' })).thenThrows('REASON_REQUIRED', 'validation'));

    it('refuses a reassessment that changes nothing', () => void given(history).when(amend(reassess, { likelihood: 3, impact: 4, residualLikelihood: 2 })).thenThrows('RISK_ASSESSMENT_UNCHANGED', 'rule'));

    it('refuses a reassessment dated before the risk was raised', () => void given(history).when(amend(reassess, { reassessedOn: '2005-01-01' })).thenThrows('DATE_OUT_OF_ORDER'));

    it('closes it with a reason', () => void given(history).when(close).then([closed]));

    it('refuses to close it without a reason', () => void given(history).when(amend(close, { reason: ' ' })).thenThrows('REASON_REQUIRED'));
  });

  describe('when the risk has been reassessed', () => {
    it('compares the next reassessment with the latest ratings', () => {
      const reassessed: RiskEvent = {
        type: 'RiskReassessed',
        data: {
          ...reassess.data,
          riskId,
          score: 8,
          residualScore: 4,
          previousScore: 12,
          previousResidualScore: 8,
        },
      };
      given([raised, reassessed]).when(reassess).thenThrows('RISK_ASSESSMENT_UNCHANGED');
      given([raised, reassessed]).when(amend(reassess, { likelihood: 5 })).then([expect.objectContaining({ data: expect.objectContaining({ score: 20, previousScore: 8 }) })]);
    });
  });

  describe('when the risk is closed', () => {
    const history = [raised, closed];

    it('refuses a reassessment', () => void given(history).when(reassess).thenThrows('RISK_ALREADY_CLOSED', 'rule'));

    it('refuses to close it again', () => void given(history).when(close).thenThrows('RISK_ALREADY_CLOSED', 'rule'));
  });
});
