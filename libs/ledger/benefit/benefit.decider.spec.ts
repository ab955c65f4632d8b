import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { BenefitCommand, CorrectBenefitRealisation, PlanBenefit, RealiseBenefit, ReforecastBenefit } from './benefit.commands';
import { benefitDecider, isBenefitPeriod } from './benefit.decider';
import type { BenefitEvent, BenefitPlanned, BenefitRealised } from './benefit.events';

const { given } = deciderSpec(benefitDecider);

const benefitId = 'mmp-savings-2006-07';
const plan: PlanBenefit = {
  type: 'PlanBenefit',
  data: {
    benefitId,
    programmeId: 'mmp',
    description: 'Savings from business groups to close the 2006/07 budget gap',
    observableOutcome: 'Budget shortfall reduced',
    measure: 'Savings secured against the 2006/07 budget',
    unit: 'GBP-pence',
    attribution: 'Management Board review of 5 September 2005',
    cashReleasing: true,
    quantitative: true,
    isDisbenefit: false,
    ownerId: 'deputy-commissioner',
    ownerName: 'Deputy Commissioner',
    baseline: 0,
    target: 7_000_000_000,
    schedule: [
      { period: '2006-Q1', plannedValue: 1_750_000_000 },
      { period: '2006-Q2', plannedValue: 1_750_000_000 },
    ],
  },
};
const planned: BenefitPlanned = {
  type: 'BenefitPlanned',
  data: { ...plan.data, proposalId: null, fullYearValue: null, scheduleKind: 'per-period', plannedOn: null },
};
const realise: RealiseBenefit = {
  type: 'RealiseBenefit',
  data: {
    period: '2006-Q1',
    actual: 1_500_000_000,
    forecastRemaining: 5_500_000_000,
    evidence: 'Finance Committee budget monitoring report',
    commentary: 'Overtime reduction slower than planned',
    reportedBy: 'Deputy Commissioner',
  },
};
const realised: BenefitRealised = {
  type: 'BenefitRealised',
  data: {
    benefitId,
    ...realise.data,
    forecastRemaining: 5_500_000_000,
    commentary: 'Overtime reduction slower than planned',
  },
};
const correct: CorrectBenefitRealisation = {
  type: 'CorrectBenefitRealisation',
  data: { period: '2006-Q1', actual: 1_600_000_000, reason: 'Late journal for overtime savings' },
};
const reforecast: ReforecastBenefit = {
  type: 'ReforecastBenefit',
  data: {
    schedule: [
      { period: '2006-Q1', plannedValue: 1_750_000_000 },
      { period: '2006-Q2', plannedValue: 1_000_000_000 },
      { period: '2006-Q3', plannedValue: 2_500_000_000 },
    ],
    reason: 'Overtime savings slip to the third quarter',
  },
};

describe('benefit decider', () => {
  describe('when the benefit is not planned', () => {
    it('plans a programme-level cash benefit', () => void given([]).when(plan).then([planned]));

    it('plans a non-cash benefit for a proposal in its own unit', () => void given([]).when(amend(plan, { benefitId: 'sn-ward-coverage', proposalId: 'safer-neighbourhoods', unit: 'wards', cashReleasing: false, baseline: 256, target: 630, fullYearValue: 630, schedule: [{ period: '2006/07', plannedValue: 630 }] })).then([{ type: 'BenefitPlanned', data: { ...planned.data, benefitId: 'sn-ward-coverage', proposalId: 'safer-neighbourhoods', unit: 'wards', cashReleasing: false, baseline: 256, target: 630, fullYearValue: 630, schedule: [{ period: '2006/07', plannedValue: 630 }] } }]));

    it('refuses a cash-releasing benefit not measured in pence', () => void given([]).when(amend(plan, { unit: 'GBP' })).thenThrows('BENEFIT_CASH_UNIT_REQUIRED', 'validation'));

    it('refuses a qualitative cash-releasing benefit', () => void given([]).when(amend(plan, { quantitative: false })).thenThrows('BENEFIT_CASH_MUST_BE_QUANTITATIVE', 'validation'));

    it('refuses a target in fractions of a penny', () => {
      const error = given([]).when(amend(plan, { target: 70_000_000.5 })).thenThrows('INVALID_AMOUNT', 'validation');
      expect(error.field).toBe('target');
    });

    it('refuses a non-integer value in another unit', () => void given([]).when(amend(plan, { cashReleasing: false, unit: 'hours', baseline: 1.5 })).thenThrows('INVALID_INTEGER', 'validation'));

    it('refuses an empty schedule', () => void given([]).when(amend(plan, { schedule: [] })).thenThrows('INVALID_LIST', 'validation'));

    it('refuses a schedule mixing financial years and quarters (they overlap: the same months could be reported twice)', () => void given([]).when(amend(plan, { schedule: [{ period: '2006/07', plannedValue: 1 }, { period: '2006-Q3', plannedValue: 1 }] })).thenThrows('BENEFIT_SCHEDULE_MIXED_PERIODS', 'validation'));

    it('refuses a period that is neither a financial year nor a quarter', () => void given([]).when(amend(plan, { schedule: [{ period: '2006-13', plannedValue: 1 }] })).thenThrows('INVALID_PERIOD', 'validation'));

    it('refuses a period scheduled twice', () => void given([]).when(amend(plan, { schedule: [{ period: '2006/07', plannedValue: 1 }, { period: '2006/07', plannedValue: 2 }] })).thenThrows('DUPLICATE_VALUE', 'validation'));

    it('refuses a missing class flag', () => void given([]).when(amend(plan, { isDisbenefit: undefined }) as never).thenThrows('INVALID_BOOLEAN', 'validation'));

    it.each([
      ['ReforecastBenefit', reforecast],
      ['RealiseBenefit', realise],
      ['CorrectBenefitRealisation', correct],
    ] as [string, BenefitCommand][])('refuses %s', (_type, command) => {
      given([]).when(command).thenThrows('BENEFIT_NOT_PLANNED', 'not-found');
    });
  });

  describe('when the benefit is planned', () => {
    const history = [planned];

    it('refuses to plan it again', () => void given(history).when(plan).thenThrows('BENEFIT_ALREADY_PLANNED', 'rule'));

    it('records a realisation for a scheduled period', () => void given(history).when(realise).then([realised]));

    it('accepts a negative actual for a period that went backwards', () => void given(history).when(amend(realise, { actual: -100, forecastRemaining: null, commentary: '' })).then([{ type: 'BenefitRealised', data: { ...realised.data, actual: -100, forecastRemaining: null, commentary: null } }]));

    it('refuses a period outside the schedule', () => void given(history).when(amend(realise, { period: '2007-Q1' })).thenThrows('BENEFIT_PERIOD_NOT_SCHEDULED', 'rule'));

    it('refuses an actual that is not whole pence', () => void given(history).when(amend(realise, { actual: 0.1 + 0.2 })).thenThrows('INVALID_AMOUNT'));

    it('refuses a realisation without evidence', () => void given(history).when(amend(realise, { evidence: '' })).thenThrows('VALUE_REQUIRED'));

    it('refuses to correct a period not yet reported', () => void given(history).when(correct).thenThrows('BENEFIT_PERIOD_NOT_REPORTED', 'rule'));

    it('re-forecasts the schedule with a reason, keeping the previous one', () => void given(history).when(reforecast).then([{ type: 'BenefitReforecast', data: { benefitId, schedule: reforecast.data.schedule, previousSchedule: plan.data.schedule, reason: 'Overtime savings slip to the third quarter', reforecastOn: null } }]));

    it('refuses a re-forecast without a reason', () => void given(history).when(amend(reforecast, { reason: ' ' })).thenThrows('REASON_REQUIRED', 'validation'));

    it('never changes baseline or target on a re-forecast', () => void given(history).when(amend(reforecast, { target: 1, baseline: 1 }) as never).then([expect.objectContaining({ data: expect.not.objectContaining({ target: expect.anything(), baseline: expect.anything() }) })]));
  });

  describe('when a period has been reported', () => {
    const history = [planned, realised];

    it('refuses a second report for the period', () => void given(history).when(realise).thenThrows('BENEFIT_PERIOD_ALREADY_REPORTED', 'rule'));

    it('reports the next period', () => void given(history).when(amend(realise, { period: '2006-Q2' })).then([amend(realised, { period: '2006-Q2' })]));

    it('corrects it with a reason, recording the previous actual', () => void given(history).when(correct).then([{ type: 'BenefitRealisationCorrected', data: { benefitId, period: '2006-Q1', actual: 1_600_000_000, previousActual: 1_500_000_000, reason: 'Late journal for overtime savings' } }]));

    it('refuses a correction without a reason', () => void given(history).when(amend(correct, { reason: '' })).thenThrows('REASON_REQUIRED', 'validation'));

    it('refuses a correction that changes nothing', () => void given(history).when(amend(correct, { actual: 1_500_000_000 })).thenThrows('BENEFIT_CORRECTION_UNCHANGED', 'rule'));

    it('refuses a re-forecast that drops the reported period', () => void given(history).when(amend(reforecast, { schedule: [{ period: '2006-Q2', plannedValue: 7_000_000_000 }] })).thenThrows('BENEFIT_REPORTED_PERIOD_REMOVED', 'rule'));
  });

  describe('when a realisation has been corrected', () => {
    const corrected: BenefitEvent = {
      type: 'BenefitRealisationCorrected',
      data: {
        benefitId,
        period: '2006-Q1',
        actual: 1_600_000_000,
        previousActual: 1_500_000_000,
        reason: 'r',
      },
    };

    it('corrects from the corrected value', () => void given([planned, realised, corrected]).when(amend(correct, { actual: 1_650_000_000 })).then([expect.objectContaining({ data: expect.objectContaining({ actual: 1_650_000_000, previousActual: 1_600_000_000 }) })]));
  });

  describe('periods', () => {
    it.each(['2006/07', '1999/00', '2006-Q1', '2006-Q4'])('accepts %s', (period) => {
      expect(isBenefitPeriod(period)).toBe(true);
    });

    it.each(['2006/08', '2006-Q5', '2006-Q0', '2006', 'constructor', 7])('refuses %s', (period) => {
      expect(isBenefitPeriod(period)).toBe(false);
    });
  });
});
