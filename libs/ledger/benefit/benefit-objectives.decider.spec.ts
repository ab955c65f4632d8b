import type { ObjectiveLinkFacts } from '@ledger/objective';
import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { LinkBenefitObjectives } from './benefit.commands';
import { benefitDecider } from './benefit.decider';
import type { BenefitEvent } from './benefit.events';

const { given } = deciderSpec(benefitDecider);

const benefitId = 'sn-ward-coverage';
const planned: BenefitEvent = {
  type: 'BenefitPlanned',
  data: {
    benefitId, programmeId: 'mmp', proposalId: 'safer-neighbourhoods', description: 'Wards with a team', observableOutcome: 'Teams on every ward', measure: 'Wards covered',
    unit: 'wards', attribution: 'Programme returns', cashReleasing: false, quantitative: true, isDisbenefit: false, ownerId: 'tim-godwin', ownerName: 'AC Tim Godwin',
    baseline: 256, target: 630, fullYearValue: null, schedule: [{ period: '2006/07', plannedValue: 630 }], scheduleKind: 'per-period', plannedOn: null,
  },
};
const inForce: ObjectiveLinkFacts = { programmeId: 'mmp', planId: 'pp-2006', priorityId: 'sn', priorityRetired: false };
const link: LinkBenefitObjectives = {
  type: 'LinkBenefitObjectives',
  data: { objectiveIds: ['sn-teams'], reason: 'The wards are what the objective counts', linkedOn: '2006-04-01' },
  context: { objectives: { 'sn-teams': inForce } },
};
const linked: BenefitEvent = { type: 'BenefitObjectivesLinked', data: { benefitId, objectiveIds: ['sn-teams'], previousObjectiveIds: [], reason: 'The wards are what the objective counts', linkedOn: '2006-04-01' } };
const withFacts = (objectives: LinkBenefitObjectives['context']['objectives'], command: LinkBenefitObjectives = link): LinkBenefitObjectives => ({ ...command, context: { objectives } });

describe('benefit decider: the objectives a benefit contributes to', () => {
  describe('when the benefit is not planned', () => {
    it('refuses a link', () => void given([]).when(link).thenThrows('BENEFIT_NOT_PLANNED'));
  });

  describe('when the benefit is planned', () => {
    it('links it to an objective with a reason', () => void given([planned]).when(link).then([linked]));

    it('unlinks with a reason, keeping what it was', () =>
      void given([planned, linked]).when(amend(link, { objectiveIds: [], reason: 'Measured elsewhere' })).then([{ type: 'BenefitObjectivesLinked', data: { benefitId, objectiveIds: [], previousObjectiveIds: ['sn-teams'], reason: 'Measured elsewhere', linkedOn: '2006-04-01' } }]));

    it('refuses a link that changes nothing', () => void given([planned, linked]).when(link).thenThrows('BENEFIT_OBJECTIVES_UNCHANGED', 'rule'));

    it('refuses an empty reason', () => {
      const error = given([planned]).when(amend(link, { reason: '' })).thenThrows('REASON_REQUIRED', 'validation');
      expect(error.field).toBe('reason');
    });

    it('refuses an objective that does not exist', () => void given([planned]).when(withFacts({ 'sn-teams': null })).thenThrows('OBJECTIVE_NOT_FOUND', 'not-found'));

    it("refuses another programme's objective", () => void given([planned]).when(withFacts({ 'sn-teams': { ...inForce, programmeId: 'met-change' } })).thenThrows('OBJECTIVE_OF_ANOTHER_PROGRAMME', 'validation'));

    it('refuses a new link to an objective under a retired priority', () => {
      const error = given([planned]).when(withFacts({ 'sn-teams': { ...inForce, priorityRetired: true } })).thenThrows('PRIORITY_RETIRED', 'rule');
      expect(error.field).toBe('objectiveIds[0]');
    });

    it('keeps a link made before its priority was retired while adding another', () =>
      void given([planned, linked])
        .when(withFacts({ 'sn-teams': { ...inForce, priorityRetired: true }, other: inForce }, amend(link, { objectiveIds: ['sn-teams', 'other'] })))
        .then([{ type: 'BenefitObjectivesLinked', data: { ...linked.data, objectiveIds: ['sn-teams', 'other'], previousObjectiveIds: ['sn-teams'] } }]));
  });
});
