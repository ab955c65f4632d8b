import { requireObjectiveLinks, sameIds } from '@ledger/objective';
import { assertCalendarDate, requireIdList, assertPence, deciderOf, fail, type UntilRecorded, isFinancialYear, optionalCalendarDate, optionalId, optionalText, requireBoolean, requireDistinct, requireId, requireInteger, requireList, requireObject, requireReason, requireText } from '@ledger/kernel';
import type { LinkBenefitObjectives, BenefitCommand, CorrectBenefitRealisation, PlanBenefit, RealiseBenefit, ReforecastBenefit } from './benefit.commands';
import { PENCE_UNIT, SCHEDULE_KINDS, type ScheduleKind, type BenefitEvent, type BenefitPlanned, type BenefitPeriod, type ScheduledValue } from './benefit.events';

/**
 * The benefit and its owner as planned (a proposal of a programme, or the programme itself), null
 * until it is planned; then its unit, schedule and the latest actual per reported period.
 */
export type BenefitState = UntilRecorded<Pick<BenefitPlanned['data'], 'benefitId' | 'programmeId' | 'proposalId'>> & {
  readonly inPence: boolean;
  readonly schedule: readonly ScheduledValue[];
  readonly actuals: Readonly<Record<BenefitPeriod, number>>;
  /** The plan objectives it contributes to. */
  readonly objectiveIds: readonly string[];
};

export const initialBenefitState = (): BenefitState => ({
  benefitId: null,
  programmeId: null,
  proposalId: null,
  inPence: false,
  schedule: [],
  actuals: {},
  objectiveIds: [],
});

const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

export function isBenefitPeriod(value: unknown): value is BenefitPeriod {
  return isFinancialYear(value) || (typeof value === 'string' && QUARTER_PATTERN.test(value));
}

function requirePeriod(value: unknown, field: string): BenefitPeriod {
  if (!isBenefitPeriod(value)) fail('INVALID_PERIOD', `${field} must be a financial year (2006/07) or a quarter (2006-Q3)`, field);
  return value;
}

/** A benefit value: whole pence for cash benefits, a whole number in the benefit's unit otherwise. */
function requireValue(value: unknown, field: string, inPence: boolean, allowNegative = false): number {
  return inPence
    ? assertPence(value, field, { allowNegative })
    : requireInteger(value, field, allowNegative ? {} : { min: 0 });
}

function optionalValue(value: unknown, field: string, inPence: boolean): number | null {
  return value === undefined || value === null ? null : requireValue(value, field, inPence);
}

function requireScheduleKind(value: unknown): ScheduleKind {
  if (value === undefined || value === null) return 'per-period';
  if (!(SCHEDULE_KINDS as readonly unknown[]).includes(value)) fail('INVALID_ENUM_VALUE', `scheduleKind must be one of ${SCHEDULE_KINDS.join(', ')}`, 'scheduleKind');
  return value as ScheduleKind;
}

function requireSchedule(value: unknown, inPence: boolean): ScheduledValue[] {
  const schedule = requireList(value, 'schedule', 1).map((item, i) => {
    const entry = requireObject(item, `schedule[${i}]`);
    return {
      period: requirePeriod(entry.period, `schedule[${i}].period`),
      plannedValue: requireValue(entry.plannedValue, `schedule[${i}].plannedValue`, inPence),
    };
  });
  requireDistinct(
    schedule.map((entry) => entry.period),
    'schedule',
  );
  // One kind of period a schedule: 2006/07 and 2006-Q3 overlap, and could report the same months twice.
  const kinds = new Set(schedule.map((entry) => (QUARTER_PATTERN.test(entry.period) ? 'quarters' : 'financial years')));
  if (kinds.size > 1) fail('BENEFIT_SCHEDULE_MIXED_PERIODS', 'schedule must be all financial years (2006/07) or all quarters (2006-Q3), not both', 'schedule');
  return schedule;
}

function requirePlanned(state: BenefitState): string {
  if (state.benefitId === null) fail('BENEFIT_NOT_PLANNED', 'The benefit has not been planned');
  return state.benefitId;
}

export function planBenefit(command: PlanBenefit, state: BenefitState): BenefitEvent[] {
  const { data } = command;
  if (state.benefitId !== null)
    fail('BENEFIT_ALREADY_PLANNED', `Benefit ${state.benefitId} is already planned`, 'benefitId');
  const unit = requireText(data.unit, 'unit');
  const cashReleasing = requireBoolean(data.cashReleasing, 'cashReleasing');
  const quantitative = requireBoolean(data.quantitative, 'quantitative');
  if (cashReleasing && unit !== PENCE_UNIT) fail('BENEFIT_CASH_UNIT_REQUIRED', `A cash-releasing benefit is measured in ${PENCE_UNIT}`, 'unit');
  if (cashReleasing && !quantitative) fail('BENEFIT_CASH_MUST_BE_QUANTITATIVE', 'A cash-releasing benefit is quantitative', 'quantitative');
  const inPence = unit === PENCE_UNIT;
  return [
    {
      type: 'BenefitPlanned',
      data: {
        benefitId: requireId(data.benefitId, 'benefitId'),
        proposalId: optionalId(data.proposalId, 'proposalId'),
        programmeId: requireId(data.programmeId, 'programmeId'),
        description: requireText(data.description, 'description'),
        observableOutcome: requireText(data.observableOutcome, 'observableOutcome'),
        measure: requireText(data.measure, 'measure'),
        unit,
        attribution: requireText(data.attribution, 'attribution'),
        cashReleasing,
        quantitative,
        isDisbenefit: requireBoolean(data.isDisbenefit, 'isDisbenefit'),
        ownerId: requireText(data.ownerId, 'ownerId'),
        ownerName: requireText(data.ownerName, 'ownerName'),
        baseline: requireValue(data.baseline, 'baseline', inPence),
        target: requireValue(data.target, 'target', inPence),
        fullYearValue: optionalValue(data.fullYearValue, 'fullYearValue', inPence),
        schedule: requireSchedule(data.schedule, inPence),
        scheduleKind: requireScheduleKind(data.scheduleKind),
        plannedOn: optionalCalendarDate(data.plannedOn, 'plannedOn'),
      },
    },
  ];
}

export function reforecastBenefit(command: ReforecastBenefit, state: BenefitState): BenefitEvent[] {
  const benefitId = requirePlanned(state);
  const schedule = requireSchedule(command.data.schedule, state.inPence);
  const reason = requireReason(command.data.reason);
  // Reported actuals must stay comparable with a plan for their period.
  const dropped = Object.keys(state.actuals).find(
    (period) => !schedule.some((entry) => entry.period === period),
  );
  if (dropped !== undefined) fail('BENEFIT_REPORTED_PERIOD_REMOVED', `Period ${dropped} has been reported and must stay in the schedule`, 'schedule');
  return [
    {
      type: 'BenefitReforecast',
      data: { benefitId, schedule, previousSchedule: [...state.schedule], reason, reforecastOn: optionalCalendarDate(command.data.reforecastOn, 'reforecastOn') },
    },
  ];
}

function requireScheduledPeriod(state: BenefitState, value: unknown): BenefitPeriod {
  const period = requirePeriod(value, 'period');
  if (!state.schedule.some((entry) => entry.period === period)) fail('BENEFIT_PERIOD_NOT_SCHEDULED', `Period ${period} is not in the benefit's schedule`, 'period');
  return period;
}

export function realiseBenefit(command: RealiseBenefit, state: BenefitState): BenefitEvent[] {
  const benefitId = requirePlanned(state);
  const { data } = command;
  const actual = requireValue(data.actual, 'actual', state.inPence, true);
  const forecastRemaining = optionalValue(
    data.forecastRemaining,
    'forecastRemaining',
    state.inPence,
  );
  const evidence = requireText(data.evidence, 'evidence');
  const commentary = optionalText(data.commentary, 'commentary');
  const reportedBy = requireText(data.reportedBy, 'reportedBy');
  const period = requireScheduledPeriod(state, data.period);
  if (Object.hasOwn(state.actuals, period)) fail('BENEFIT_PERIOD_ALREADY_REPORTED', `Period ${period} is already reported; correct it instead`, 'period');
  return [
    {
      type: 'BenefitRealised',
      data: { benefitId, period, actual, forecastRemaining, evidence, commentary, reportedBy },
    },
  ];
}

export function correctBenefitRealisation(command: CorrectBenefitRealisation, state: BenefitState): BenefitEvent[] {
  const benefitId = requirePlanned(state);
  const { data } = command;
  const actual = requireValue(data.actual, 'actual', state.inPence, true);
  const reason = requireReason(data.reason);
  const period = requirePeriod(data.period, 'period');
  if (!Object.hasOwn(state.actuals, period)) fail('BENEFIT_PERIOD_NOT_REPORTED', `Period ${period} has not been reported yet`, 'period');
  const previousActual = state.actuals[period];
  if (previousActual === actual) fail('BENEFIT_CORRECTION_UNCHANGED', `Period ${period} already shows ${actual}`, 'actual');
  return [
    {
      type: 'BenefitRealisationCorrected',
      data: { benefitId, period, actual, previousActual, reason },
    },
  ];
}

/** A realisation or its correction: the latest actual of its period. */
function withActual(state: BenefitState, event: Extract<BenefitEvent, { type: 'BenefitRealised' | 'BenefitRealisationCorrected' }>): BenefitState {
  return { ...state, actuals: { ...state.actuals, [event.data.period]: event.data.actual } };
}

export function linkBenefitObjectives(command: LinkBenefitObjectives, state: BenefitState): BenefitEvent[] {
  const benefitId = requirePlanned(state);
  const objectiveIds = requireIdList(command.data.objectiveIds, 'objectiveIds');
  const reason = requireReason(command.data.reason);
  const linkedOn = assertCalendarDate(command.data.linkedOn, 'linkedOn');
  requireObjectiveLinks(objectiveIds, requireObject(command.context, 'context').objectives as LinkBenefitObjectives['context']['objectives'], state.programmeId, state.objectiveIds);
  if (sameIds(objectiveIds, state.objectiveIds)) fail('BENEFIT_OBJECTIVES_UNCHANGED', 'The benefit already contributes to exactly these objectives');
  return [{ type: 'BenefitObjectivesLinked', data: { benefitId, objectiveIds, previousObjectiveIds: [...state.objectiveIds], reason, linkedOn } }];
}

export const benefitDecider = deciderOf<BenefitCommand, BenefitEvent, BenefitState>({
  initialState: initialBenefitState,
  evolve: {
    BenefitPlanned: (state, event) => ({
      ...state,
      benefitId: event.data.benefitId,
      programmeId: event.data.programmeId,
      proposalId: event.data.proposalId,
      inPence: event.data.unit === PENCE_UNIT,
      schedule: event.data.schedule,
    }),
    BenefitReforecast: (state, event) => ({ ...state, schedule: event.data.schedule }),
    BenefitRealised: withActual,
    BenefitRealisationCorrected: withActual,
    BenefitObjectivesLinked: (state, event) => ({ ...state, objectiveIds: event.data.objectiveIds }),
  },
  decide: {
    PlanBenefit: planBenefit,
    ReforecastBenefit: reforecastBenefit,
    RealiseBenefit: realiseBenefit,
    CorrectBenefitRealisation: correctBenefitRealisation,
    LinkBenefitObjectives: linkBenefitObjectives,
  },
});
