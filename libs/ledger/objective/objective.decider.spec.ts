import { amend, deciderSpec } from '../../../test/support/decider-spec';
import { indicatorStatus } from './indicator-status';
import type { AssignAccountability, CorrectActual, DefineIndicator, DefineObjective, ReportActual, SetTarget } from './objective.commands';
import { objectiveDecider } from './objective.decider';
import type { IndicatorDefined, ObjectiveDefined, ObjectiveEvent } from './objective.events';

const { given } = deciderSpec(objectiveDecider);

const objectiveId = 'reduce-burglary';
const plan = {
  planId: 'policing-plan-2006-07',
  programmeId: 'mmp',
  years: ['2006/07'],
  priorities: { 'safer-neighbourhoods': { retired: false }, 'old-priority': { retired: true } },
};
const accountable = { personId: 'person-tim-godwin', name: 'AC Tim Godwin' };
const define: DefineObjective = {
  type: 'DefineObjective',
  data: { objectiveId, planId: plan.planId, priorityId: 'safer-neighbourhoods', title: 'Reduce residential burglary', accountable, criticalFocus: true, definedOn: '2006-04-01', plan },
};
const defined: ObjectiveDefined = {
  type: 'ObjectiveDefined',
  data: {
    objectiveId,
    planId: plan.planId,
    programmeId: 'mmp',
    priorityId: 'safer-neighbourhoods',
    title: 'Reduce residential burglary',
    accountable,
    criticalFocus: true,
    years: ['2006/07'],
    definedOn: '2006-04-01',
  },
};
const defineIndicator: DefineIndicator = {
  type: 'DefineIndicator',
  data: {
    indicatorId: 'burglaries',
    title: 'Residential burglaries recorded',
    unit: 'offences',
    direction: 'lower-is-better',
    baseline: { value: 60000, period: '2005/06' },
    dataSource: 'MPS crime recording',
    tolerance: 500,
    definedOn: '2006-04-01',
  },
};
const indicatorDefined: IndicatorDefined = { type: 'IndicatorDefined', data: { objectiveId, ...defineIndicator.data, baseline: { value: 60000, period: '2005/06' } } };
const setTarget: SetTarget = { type: 'SetTarget', data: { indicatorId: 'burglaries', period: '2006/07', value: 55000 } };
const targetSet: ObjectiveEvent = { type: 'TargetSet', data: { objectiveId, indicatorId: 'burglaries', period: '2006/07', value: 55000, previousValue: null, reason: null } };
const report: ReportActual = { type: 'ReportActual', data: { indicatorId: 'burglaries', period: '2006/07', value: 56000, reportedOn: '2007-04-20' } };
const reported: ObjectiveEvent = { type: 'ActualReported', data: { objectiveId, ...report.data } };
const correct: CorrectActual = { type: 'CorrectActual', data: { indicatorId: 'burglaries', period: '2006/07', value: 55200, reason: 'Late returns', correctedOn: '2007-05-01' } };
const reassign: AssignAccountability = {
  type: 'AssignAccountability',
  data: { accountable: { personId: 'person-steve-house', name: 'AC Steve House' }, reason: 'Portfolio change', assignedOn: '2006-09-01' },
};

describe('objective decider', () => {
  describe('an objective not yet defined', () => {
    it('is defined under a priority in force, with the plan’s years and who is accountable', () => void given([]).when(define).then([defined]));
    it('is not defined under a retired priority', () => {
      const e = given([]).when(amend(define, { priorityId: 'old-priority' })).thenThrows('PRIORITY_RETIRED', 'rule');
      expect(e.field).toBe('priorityId');
    });
    it('is not defined under a priority the plan does not have', () => void given([]).when(amend(define, { priorityId: 'nope' })).thenThrows('PRIORITY_NOT_FOUND', 'not-found'));
    it('is not defined under a plan that does not exist', () => void given([]).when(amend(define, { plan: { planId: null, programmeId: null, years: [], priorities: {} } })).thenThrows('PLAN_NOT_FOUND', 'not-found'));
    it('is not defined against another plan’s facts', () => void given([]).when(amend(define, { planId: 'other-plan' })).thenThrows('OBJECTIVE_PLAN_MISMATCH', 'validation'));
    it('needs an accountable member', () => {
      expect(given([]).when(amend(define, { accountable: { personId: 'p', name: '' } })).thenThrows('VALUE_REQUIRED').field).toBe('accountable.name');
    });
    it('takes no indicator', () => void given([]).when(defineIndicator).thenThrows('OBJECTIVE_NOT_FOUND', 'not-found'));
  });

  describe('a defined objective', () => {
    it('is not defined twice', () => void given([defined]).when(define).thenThrows('OBJECTIVE_ALREADY_DEFINED', 'rule'));
    it('changes accountability with a reason, the previous member kept', () => void given([defined]).when(reassign).then([{ type: 'AccountabilityAssigned', data: { objectiveId, ...reassign.data, previous: accountable } }]));
    it('does not reassign to the member already accountable', () => void given([defined]).when(amend(reassign, { accountable })).thenThrows('ACCOUNTABILITY_UNCHANGED', 'rule'));
    it('does not reassign without a reason', () => void given([defined]).when(amend(reassign, { reason: '' })).thenThrows('REASON_REQUIRED'));
    it('takes an indicator with unit, direction, baseline, data source and tolerance', () => void given([defined]).when(defineIndicator).then([indicatorDefined]));
    it('refuses a negative tolerance and an unknown direction', () => {
      expect(given([defined]).when(amend(defineIndicator, { tolerance: -1 })).thenThrows('INVALID_NUMBER').field).toBe('tolerance');
      expect(given([defined]).when(amend(defineIndicator, { direction: 'up' as never })).thenThrows('INVALID_ENUM_VALUE').field).toBe('direction');
    });
    it('does not define an indicator twice', () => void given([defined, indicatorDefined]).when(defineIndicator).thenThrows('INDICATOR_ALREADY_DEFINED', 'rule'));
  });

  describe('an indicator', () => {
    it('takes a target for a year of the plan', () => void given([defined, indicatorDefined]).when(setTarget).then([targetSet]));
    it('refuses a target for a period outside the plan', () => {
      const e = given([defined, indicatorDefined]).when(amend(setTarget, { period: '2007/08' })).thenThrows('PERIOD_OUTSIDE_PLAN', 'rule');
      expect(e.field).toBe('period');
    });
    it('changes a target only with a reason, and only to a new value', () => {
      given([defined, indicatorDefined, targetSet]).when(amend(setTarget, { value: 54000 })).thenThrows('REASON_REQUIRED');
      given([defined, indicatorDefined, targetSet]).when(setTarget).thenThrows('TARGET_UNCHANGED', 'rule');
      given([defined, indicatorDefined, targetSet]).when(amend(setTarget, { value: 54000, reason: 'Home Office floor' })).then([{ type: 'TargetSet', data: { objectiveId, indicatorId: 'burglaries', period: '2006/07', value: 54000, previousValue: 55000, reason: 'Home Office floor' } }]);
    });
    it('an unknown indicator is not found', () => void given([defined]).when(setTarget).thenThrows('INDICATOR_NOT_FOUND', 'not-found'));
    it('takes an actual for a year of the plan', () => void given([defined, indicatorDefined, targetSet]).when(report).then([reported]));
    it('refuses an actual for a period outside the plan', () => void given([defined, indicatorDefined]).when(amend(report, { period: '2005/06' })).thenThrows('PERIOD_OUTSIDE_PLAN', 'rule'));
    it('refuses an actual twice for one period', () => void given([defined, indicatorDefined, reported]).when(report).thenThrows('ACTUAL_ALREADY_REPORTED', 'rule'));
    it('corrects an actual with a reason, the previous value kept', () => void given([defined, indicatorDefined, reported]).when(correct).then([{ type: 'ActualCorrected', data: { objectiveId, ...correct.data, previousValue: 56000 } }]));
    it('does not correct an actual never reported, without a reason, or to the same value', () => {
      given([defined, indicatorDefined]).when(correct).thenThrows('ACTUAL_NOT_REPORTED', 'rule');
      given([defined, indicatorDefined, reported]).when(amend(correct, { reason: '' })).thenThrows('REASON_REQUIRED');
      given([defined, indicatorDefined, reported]).when(amend(correct, { value: 56000 })).thenThrows('ACTUAL_CORRECTION_UNCHANGED', 'rule');
    });
  });

  describe('on or off track', () => {
    const lower = { direction: 'lower-is-better' as const, tolerance: 500 };
    const higher = { direction: 'higher-is-better' as const, tolerance: 2 };
    it('is off track only beyond the tolerance, in the indicator’s direction', () => {
      expect(indicatorStatus(lower, 55000, 55500)).toBe('on-track');
      expect(indicatorStatus(lower, 55000, 55501)).toBe('off-track');
      expect(indicatorStatus(lower, 55000, 40000)).toBe('on-track');
      expect(indicatorStatus(higher, 30, 28)).toBe('on-track');
      expect(indicatorStatus(higher, 30, 27.5)).toBe('off-track');
    });
    it('has no data without a target or an actual', () => {
      expect(indicatorStatus(lower, null, 1)).toBe('no-data');
      expect(indicatorStatus(lower, 1, undefined)).toBe('no-data');
    });
  });
});
