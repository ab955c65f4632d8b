import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { DefinePlan, DefinePriority, RetirePriority, RewordPriority } from './strategy.commands';
import { planFacts, planYears, strategyDecider } from './strategy.decider';
import type { PlanDefined, PriorityDefined, StrategyEvent } from './strategy.events';

const { given } = deciderSpec(strategyDecider);

const definePlan: DefinePlan = {
  type: 'DefinePlan',
  data: {
    planId: 'policing-plan-2006-07',
    programmeId: 'mmp',
    kind: 'policing-plan',
    title: 'Policing Plan 2006/07',
    firstYear: '2006/07',
    lastYear: '2006/07',
    mission: 'Making London safe for all the people we serve',
    values: ['Fairness'],
    adoptedOn: '2006-03-30',
  },
};
const planDefined: PlanDefined = {
  type: 'PlanDefined',
  data: { ...definePlan.data, mission: 'Making London safe for all the people we serve', vision: null, values: ['Fairness'], criticalSuccessFactors: [] },
};
const definePriority: DefinePriority = {
  type: 'DefinePriority',
  data: { priorityId: 'counter-terrorism', tier: 'londoners', title: 'Counter terrorism', definedOn: '2006-03-30' },
};
const priorityDefined: PriorityDefined = { type: 'PriorityDefined', data: { planId: 'policing-plan-2006-07', ...definePriority.data } };
const second: PriorityDefined = {
  type: 'PriorityDefined',
  data: { planId: 'policing-plan-2006-07', priorityId: 'safer-neighbourhoods', tier: 'londoners', title: 'Safer Neighbourhoods', definedOn: '2006-03-30' },
};
const reword: RewordPriority = {
  type: 'RewordPriority',
  data: { priorityId: 'counter-terrorism', title: 'Counter terrorism, security and protection', reason: 'Renamed in the 2006/07 plan', rewordedOn: '2006-04-01' },
};
const retire: RetirePriority = {
  type: 'RetirePriority',
  data: { priorityId: 'counter-terrorism', mergedInto: 'safer-neighbourhoods', reason: 'Merged', retiredOn: '2006-05-01' },
};
const retired: StrategyEvent = {
  type: 'PriorityRetired',
  data: { planId: 'policing-plan-2006-07', priorityId: 'counter-terrorism', mergedInto: 'safer-neighbourhoods', reason: 'Merged', retiredOn: '2006-05-01' },
};

describe('strategy decider', () => {
  describe('a plan not yet defined', () => {
    it('defines the plan with its period, mission, values and critical success factors', () => void given([]).when(definePlan).then([planDefined]));
    it('refuses a period that ends before it starts', () => {
      const e = given([]).when(amend(definePlan, { firstYear: '2007/08' })).thenThrows('INVALID_PERIOD', 'validation');
      expect(e.field).toBe('lastYear');
    });
    it('refuses a year that is not a financial year', () => {
      expect(given([]).when(amend(definePlan, { firstYear: '2006' })).thenThrows('INVALID_FINANCIAL_YEAR').field).toBe('firstYear');
    });
    it('has no priorities to define', () => void given([]).when(definePriority).thenThrows('PLAN_NOT_FOUND', 'not-found'));
  });

  describe('a defined plan', () => {
    it('is not defined twice', () => void given([planDefined]).when(definePlan).thenThrows('PLAN_ALREADY_DEFINED', 'rule'));
    it('takes priorities in tiers', () => void given([planDefined]).when(definePriority).then([priorityDefined]));
    it('refuses an unknown tier', () => {
      expect(given([planDefined]).when(amend(definePriority, { tier: 'others' as never })).thenThrows('INVALID_ENUM_VALUE').field).toBe('tier');
    });
    it('refuses a priority defined before the plan was adopted', () => void given([planDefined]).when(amend(definePriority, { definedOn: '2006-01-01' })).thenThrows('DATE_OUT_OF_ORDER'));
    it('does not define a priority twice', () => void given([planDefined, priorityDefined]).when(definePriority).thenThrows('PRIORITY_ALREADY_DEFINED', 'rule'));
  });

  describe('a priority in force', () => {
    it('is reworded with a reason, the old wording kept in the event', () => void given([planDefined, priorityDefined]).when(reword).then([{ type: 'PriorityReworded', data: { planId: 'policing-plan-2006-07', ...reword.data, previousTitle: 'Counter terrorism' } }]));
    it('is not reworded without a reason', () => void given([planDefined, priorityDefined]).when(amend(reword, { reason: ' ' })).thenThrows('REASON_REQUIRED'));
    it('is not reworded to the same words', () => void given([planDefined, priorityDefined]).when(amend(reword, { title: 'Counter terrorism' })).thenThrows('PRIORITY_WORDING_UNCHANGED', 'rule'));
    it('is merged into another priority in force', () => void given([planDefined, priorityDefined, second]).when(retire).then([retired]));
    it('is retired outright', () => void given([planDefined, priorityDefined]).when(amend(retire, { mergedInto: null })).then([{ type: 'PriorityRetired', data: { ...(retired.data as object), mergedInto: null } as never }]));
    it('is not merged into itself or a priority the plan does not have', () => {
      given([planDefined, priorityDefined]).when(amend(retire, { mergedInto: 'counter-terrorism' })).thenThrows('PRIORITY_MERGE_TARGET_INVALID');
      given([planDefined, priorityDefined]).when(retire).thenThrows('PRIORITY_MERGE_TARGET_INVALID', 'rule');
    });
    it('an unknown priority is not found', () => void given([planDefined]).when(reword).thenThrows('PRIORITY_NOT_FOUND', 'not-found'));
  });

  describe('a retired priority', () => {
    it('is neither reworded nor retired again', () => {
      given([planDefined, priorityDefined, second, retired]).when(reword).thenThrows('PRIORITY_RETIRED', 'rule');
      given([planDefined, priorityDefined, second, retired]).when(retire).thenThrows('PRIORITY_RETIRED', 'rule');
    });
    it('is no target for a merge', () => void given([planDefined, priorityDefined, second, retired]).when(amend(retire, { priorityId: 'safer-neighbourhoods', mergedInto: 'counter-terrorism' })).thenThrows('PRIORITY_MERGE_TARGET_INVALID'));
  });

  it('hands an objective its plan: the years and which priorities are in force', () => {
    const state = [planDefined, priorityDefined, second, retired].reduce(strategyDecider.evolve, strategyDecider.initialState());
    expect(planFacts(state)).toEqual({
      planId: 'policing-plan-2006-07',
      programmeId: 'mmp',
      years: ['2006/07'],
      priorities: { 'counter-terrorism': { retired: true }, 'safer-neighbourhoods': { retired: false } },
    });
    expect(planYears('2005/06', '2007/08')).toEqual(['2005/06', '2006/07', '2007/08']);
    expect(planYears('1999/00', '2000/01')).toEqual(['1999/00', '2000/01']);
  });
});
