import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { AchieveMilestone, ChangeMilestoneDependencies, DeliveryPlanCommand, PlanMilestone, RescheduleMilestone } from './delivery-plan.commands';
import { deliveryPlanDecider } from './delivery-plan.decider';
import type { DeliveryPlanEvent } from './delivery-plan.events';

const { given } = deciderSpec(deliveryPlanDecider);

const programmeId = 'mmp';
const milestonePlanned = (
  milestoneId: string,
  predecessorIds: string[] = [],
  baselineDate = '2006-04-01',
): DeliveryPlanEvent => ({
  type: 'MilestonePlanned',
  data: {
    programmeId,
    milestoneId,
    proposalId: null,
    title: milestoneId,
    baselineDate,
    predecessorIds,
    plannedOn: null,
  },
});
const achieved = (milestoneId: string, achievedOn = '2006-04-01'): DeliveryPlanEvent => ({
  type: 'MilestoneAchieved',
  data: { programmeId, milestoneId, achievedOn },
});

const planCustody: PlanMilestone = {
  type: 'PlanMilestone',
  data: {
    programmeId,
    milestoneId: 'custody-clusters-live',
    proposalId: 'investigating-crime',
    title: 'Custody clusters live on all boroughs',
    baselineDate: '2007-03-31',
    predecessorIds: ['estates-strategy-approved'],
  },
};
const reschedule: RescheduleMilestone = {
  type: 'RescheduleMilestone',
  data: { milestoneId: 'a', forecastDate: '2006-06-30', reason: 'Recruitment slipped' },
};
const achieve: AchieveMilestone = {
  type: 'AchieveMilestone',
  data: { milestoneId: 'a', achievedOn: '2006-04-03' },
};
const changeDependencies: ChangeMilestoneDependencies = {
  type: 'ChangeMilestoneDependencies',
  data: { milestoneId: 'c', predecessorIds: ['a'] },
};

describe('delivery plan decider', () => {
  describe('when the plan is empty', () => {
    it('plans a milestone with no predecessors', () => void given([]).when(amend(planCustody, { predecessorIds: undefined })).then([{ type: 'MilestonePlanned', data: { programmeId, milestoneId: 'custody-clusters-live', proposalId: 'investigating-crime', title: 'Custody clusters live on all boroughs', baselineDate: '2007-03-31', predecessorIds: [], plannedOn: null } }]));

    it('refuses a predecessor that is not planned', () => {
      const error = given([]).when(planCustody).thenThrows('MILESTONE_PREDECESSOR_UNKNOWN', 'validation');
      expect(error.field).toBe('predecessorIds[0]');
    });

    it('refuses a milestone depending on itself', () => void given([]).when(amend(planCustody, { predecessorIds: ['custody-clusters-live'] })).thenThrows('MILESTONE_DEPENDS_ON_ITSELF', 'rule'));

    it('refuses an impossible baseline date', () => void given([]).when(amend(planCustody, { baselineDate: '2006-02-29' })).thenThrows('INVALID_CALENDAR_DATE', 'validation'));

    it.each([
      ['RescheduleMilestone', reschedule],
      ['AchieveMilestone', achieve],
      ['ChangeMilestoneDependencies', changeDependencies],
    ] as [string, DeliveryPlanCommand][])('refuses %s', (_type, command) => {
      given([]).when(command).thenThrows('MILESTONE_NOT_FOUND', 'not-found');
    });
  });

  describe('when milestones are planned in a chain a <- b <- c', () => {
    const history = [
      milestonePlanned('a'),
      milestonePlanned('b', ['a']),
      milestonePlanned('c', ['b']),
    ];

    it('plans a milestone depending on several others, across proposals', () => void given(history).when(amend(planCustody, { milestoneId: 'd', predecessorIds: ['a', 'c'] })).then([{ type: 'MilestonePlanned', data: { programmeId, milestoneId: 'd', proposalId: 'investigating-crime', title: 'Custody clusters live on all boroughs', baselineDate: '2007-03-31', predecessorIds: ['a', 'c'], plannedOn: null } }]));

    it('refuses a milestone id already planned', () => void given(history).when(amend(planCustody, { milestoneId: 'a', predecessorIds: [] })).thenThrows('MILESTONE_ALREADY_PLANNED', 'rule'));

    it('refuses the same predecessor twice', () => void given(history).when(amend(planCustody, { milestoneId: 'd', predecessorIds: ['a', 'a'] })).thenThrows('DUPLICATE_VALUE', 'validation'));

    it('refuses a milestone for another programme', () => void given(history).when(amend(planCustody, { programmeId: 'other', predecessorIds: [] })).thenThrows('AGGREGATE_ID_MISMATCH', 'validation'));

    it('refuses a dependency that closes a cycle', () => {
      given(history).when({ ...changeDependencies, data: { milestoneId: 'a', predecessorIds: ['c'] } }).thenThrows('MILESTONE_DEPENDENCY_CYCLE', 'rule');
      given(history).when({ ...changeDependencies, data: { milestoneId: 'a', predecessorIds: ['b'] } }).thenThrows('MILESTONE_DEPENDENCY_CYCLE', 'rule');
    });

    it('refuses a changed dependency on itself', () => void given(history).when({ ...changeDependencies, data: { milestoneId: 'c', predecessorIds: ['c'] } }).thenThrows('MILESTONE_DEPENDS_ON_ITSELF'));

    it('refuses a changed dependency on an unknown milestone', () => void given(history).when({ ...changeDependencies, data: { milestoneId: 'c', predecessorIds: ['z'] } }).thenThrows('MILESTONE_PREDECESSOR_UNKNOWN'));

    it('changes dependencies that keep the plan acyclic', () => void given(history).when(changeDependencies).then([{ type: 'MilestoneDependenciesChanged', data: { programmeId, milestoneId: 'c', predecessorIds: ['a'], previousPredecessorIds: ['b'] } }]));

    it('refuses a change that changes nothing', () => void given(history).when({ ...changeDependencies, data: { milestoneId: 'c', predecessorIds: ['b'] } }).thenThrows('MILESTONE_DEPENDENCIES_UNCHANGED', 'rule'));

    it('reschedules a milestone with a reason, naming the previous forecast', () => void given(history).when(reschedule).then([{ type: 'MilestoneRescheduled', data: { programmeId, milestoneId: 'a', forecastDate: '2006-06-30', previousForecastDate: '2006-04-01', reason: 'Recruitment slipped', rescheduledOn: null } }]));

    it('refuses a reschedule without a reason', () => void given(history).when(amend(reschedule, { reason: '' })).thenThrows('REASON_REQUIRED', 'validation'));

    it('refuses a reschedule to the current forecast', () => void given(history).when(amend(reschedule, { forecastDate: '2006-04-01' })).thenThrows('MILESTONE_FORECAST_UNCHANGED', 'rule'));

    it('achieves a milestone whose predecessors are achieved', () => void given(history).when(achieve).then([{ type: 'MilestoneAchieved', data: { programmeId, milestoneId: 'a', achievedOn: '2006-04-03' } }]));

    it('refuses to achieve a milestone before its predecessors', () => void given(history).when(amend(achieve, { milestoneId: 'b' })).thenThrows('MILESTONE_PREDECESSOR_NOT_ACHIEVED', 'rule'));
  });

  describe('when a milestone has been rescheduled', () => {
    const history = [
      milestonePlanned('a'),
      {
        type: 'MilestoneRescheduled',
        data: {
          programmeId,
          milestoneId: 'a',
          forecastDate: '2006-06-30',
          previousForecastDate: '2006-04-01',
          reason: 'r',
        },
      } as DeliveryPlanEvent,
    ];

    it('names the latest forecast as the previous one', () => void given(history).when(amend(reschedule, { forecastDate: '2006-09-30' })).then([expect.objectContaining({ data: expect.objectContaining({ previousForecastDate: '2006-06-30' }) })]));
  });

  describe('when a milestone is achieved', () => {
    const history = [
      milestonePlanned('a'),
      milestonePlanned('b', ['a']),
      achieved('a', '2006-04-03'),
    ];

    it('refuses to achieve it again', () => void given(history).when(achieve).thenThrows('MILESTONE_ALREADY_ACHIEVED', 'rule'));

    it('refuses to reschedule it', () => void given(history).when(reschedule).thenThrows('MILESTONE_ALREADY_ACHIEVED'));

    it('refuses to change its dependencies', () => void given([...history, milestonePlanned('x')]).when({ ...changeDependencies, data: { milestoneId: 'a', predecessorIds: ['x'] } }).thenThrows('MILESTONE_ALREADY_ACHIEVED'));

    it('achieves its successor', () => void given(history).when({ ...achieve, data: { milestoneId: 'b', achievedOn: '2006-05-01' } }).then([achieved('b', '2006-05-01')]));

    it('refuses a successor achieved before it', () => void given(history).when({ ...achieve, data: { milestoneId: 'b', achievedOn: '2006-04-01' } }).thenThrows('DATE_OUT_OF_ORDER', 'validation'));
  });
});
