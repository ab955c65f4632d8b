import { assertCalendarDate, assertFinancialYear, assertNotBefore, type CalendarDate, deciderOf, fail, type FinancialYear, optionalText, requireBoolean, requireId, requireObject, requireOneOf, requireReason, requireText } from '@ledger/kernel';
import type { AssignAccountability, CorrectActual, DefineIndicator, DefineObjective, ObjectiveCommand, ReportActual, SetTarget } from './objective.commands';
import { type Accountable, INDICATOR_DIRECTIONS, type ObjectiveEvent } from './objective.events';

export type IndicatorState = {
  readonly targets: Readonly<Record<FinancialYear, number>>;
  readonly actuals: Readonly<Record<FinancialYear, number>>;
};

export type ObjectiveState = {
  /** null until the objective is defined. */
  readonly objectiveId: string | null;
  readonly definedOn: CalendarDate | null;
  readonly accountable: Accountable | null;
  readonly years: readonly FinancialYear[];
  readonly indicators: Readonly<Record<string, IndicatorState>>;
};

export const initialObjectiveState = (): ObjectiveState => ({
  objectiveId: null,
  definedOn: null,
  accountable: null,
  years: [],
  indicators: {},
});

function withIndicator(state: ObjectiveState, id: string, f: (i: IndicatorState) => IndicatorState): ObjectiveState {
  const indicator = state.indicators[id];
  return indicator ? { ...state, indicators: { ...state.indicators, [id]: f(indicator) } } : state;
}

/** A finite number (indicators count crimes, rates, percentages: not only whole numbers). */
function requireNumber(value: unknown, field: string, options: { min?: number } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('INVALID_NUMBER', `${field} must be a number`, field);
  if (options.min !== undefined && value < options.min) fail('INVALID_NUMBER', `${field} must be at least ${options.min}`, field);
  return value;
}

function requireAccountable(value: unknown): Accountable {
  const a = requireObject(value, 'accountable');
  return { personId: requireId(a.personId, 'accountable.personId'), name: requireText(a.name, 'accountable.name') };
}

function requireDefined(state: ObjectiveState): { objectiveId: string; definedOn: CalendarDate; accountable: Accountable } {
  if (state.objectiveId === null || state.definedOn === null || state.accountable === null) fail('OBJECTIVE_NOT_FOUND', 'The objective has not been defined');
  return { objectiveId: state.objectiveId, definedOn: state.definedOn, accountable: state.accountable };
}

function requireIndicator(state: ObjectiveState, indicatorId: string): IndicatorState {
  const indicator = state.indicators[indicatorId];
  if (!indicator) fail('INDICATOR_NOT_FOUND', `Indicator ${indicatorId} is not an indicator of objective ${state.objectiveId}`, 'indicatorId');
  return indicator;
}

/** Targets and actuals fall in a year of the objective's plan. */
function requirePlanPeriod(state: ObjectiveState, value: unknown): FinancialYear {
  const period = assertFinancialYear(value, 'period');
  if (!state.years.includes(period)) fail('PERIOD_OUTSIDE_PLAN', `${period} is outside the plan (${state.years[0]} to ${state.years[state.years.length - 1]})`, 'period');
  return period;
}

export function defineObjective(command: DefineObjective, state: ObjectiveState): ObjectiveEvent[] {
  const { data } = command;
  if (state.objectiveId !== null) fail('OBJECTIVE_ALREADY_DEFINED', `Objective ${state.objectiveId} is already defined`);
  const objectiveId = requireId(data.objectiveId, 'objectiveId');
  const planId = requireId(data.planId, 'planId');
  const priorityId = requireId(data.priorityId, 'priorityId');
  const plan = requireObject(data.plan, 'plan') as DefineObjective['data']['plan'];
  if (plan.planId === null || plan.programmeId === null) fail('PLAN_NOT_FOUND', `Plan ${planId} does not exist`, 'planId');
  if (plan.planId !== planId) fail('OBJECTIVE_PLAN_MISMATCH', `The plan read is ${plan.planId}, not ${planId}`, 'planId');
  const priority = plan.priorities[priorityId];
  if (!priority) fail('PRIORITY_NOT_FOUND', `Priority ${priorityId} is not a priority of plan ${planId}`, 'priorityId');
  if (priority.retired) fail('PRIORITY_RETIRED', `Priority ${priorityId} has been retired: it takes no new objectives`, 'priorityId');
  return [
    {
      type: 'ObjectiveDefined',
      data: {
        objectiveId,
        planId,
        programmeId: plan.programmeId,
        priorityId,
        title: requireText(data.title, 'title'),
        accountable: requireAccountable(data.accountable),
        criticalFocus: data.criticalFocus === undefined ? false : requireBoolean(data.criticalFocus, 'criticalFocus'),
        years: [...plan.years],
        definedOn: assertCalendarDate(data.definedOn, 'definedOn'),
      },
    },
  ];
}

export function assignAccountability(command: AssignAccountability, state: ObjectiveState): ObjectiveEvent[] {
  const { data } = command;
  const accountable = requireAccountable(data.accountable);
  const reason = requireReason(data.reason);
  const assignedOn = assertCalendarDate(data.assignedOn, 'assignedOn');
  const { objectiveId, definedOn, accountable: previous } = requireDefined(state);
  if (previous.personId === accountable.personId) fail('ACCOUNTABILITY_UNCHANGED', `${accountable.name} is already accountable for this objective`, 'accountable.personId');
  assertNotBefore(assignedOn, definedOn, 'assignedOn', 'the day the objective was defined');
  return [{ type: 'AccountabilityAssigned', data: { objectiveId, accountable, previous, reason, assignedOn } }];
}

export function defineIndicator(command: DefineIndicator, state: ObjectiveState): ObjectiveEvent[] {
  const { data } = command;
  const indicatorId = requireId(data.indicatorId, 'indicatorId');
  const baselineInput = data.baseline === undefined || data.baseline === null ? null : requireObject(data.baseline, 'baseline');
  const baseline = baselineInput && {
    value: requireNumber(baselineInput.value, 'baseline.value'),
    period: assertFinancialYear(baselineInput.period, 'baseline.period'),
  };
  const event = {
    indicatorId,
    title: requireText(data.title, 'title'),
    unit: requireText(data.unit, 'unit'),
    direction: requireOneOf(data.direction, INDICATOR_DIRECTIONS, 'direction'),
    baseline,
    dataSource: requireText(data.dataSource, 'dataSource'),
    tolerance: requireNumber(data.tolerance, 'tolerance', { min: 0 }),
    definedOn: assertCalendarDate(data.definedOn, 'definedOn'),
  };
  const { objectiveId, definedOn } = requireDefined(state);
  if (state.indicators[indicatorId]) fail('INDICATOR_ALREADY_DEFINED', `Indicator ${indicatorId} is already defined`, 'indicatorId');
  assertNotBefore(event.definedOn, definedOn, 'definedOn', 'the day the objective was defined');
  return [{ type: 'IndicatorDefined', data: { objectiveId, ...event } }];
}

export function setTarget(command: SetTarget, state: ObjectiveState): ObjectiveEvent[] {
  const { data } = command;
  const indicatorId = requireId(data.indicatorId, 'indicatorId');
  const value = requireNumber(data.value, 'value');
  const reasonGiven = optionalText(data.reason, 'reason');
  const { objectiveId } = requireDefined(state);
  const indicator = requireIndicator(state, indicatorId);
  const period = requirePlanPeriod(state, data.period);
  const previousValue = indicator.targets[period] ?? null;
  if (previousValue === value) fail('TARGET_UNCHANGED', `The ${period} target is already ${value}`, 'value');
  // A first target needs no reason; changing one does, so the history says why.
  const reason = previousValue === null ? reasonGiven : requireReason(reasonGiven);
  return [{ type: 'TargetSet', data: { objectiveId, indicatorId, period, value, previousValue, reason } }];
}

export function reportActual(command: ReportActual, state: ObjectiveState): ObjectiveEvent[] {
  const { data } = command;
  const indicatorId = requireId(data.indicatorId, 'indicatorId');
  const value = requireNumber(data.value, 'value');
  const reportedOn = assertCalendarDate(data.reportedOn, 'reportedOn');
  const { objectiveId, definedOn } = requireDefined(state);
  const indicator = requireIndicator(state, indicatorId);
  const period = requirePlanPeriod(state, data.period);
  if (indicator.actuals[period] !== undefined) fail('ACTUAL_ALREADY_REPORTED', `The ${period} actual is already reported: correct it, with a reason`, 'period');
  assertNotBefore(reportedOn, definedOn, 'reportedOn', 'the day the objective was defined');
  return [{ type: 'ActualReported', data: { objectiveId, indicatorId, period, value, reportedOn } }];
}

export function correctActual(command: CorrectActual, state: ObjectiveState): ObjectiveEvent[] {
  const { data } = command;
  const indicatorId = requireId(data.indicatorId, 'indicatorId');
  const value = requireNumber(data.value, 'value');
  const reason = requireReason(data.reason);
  const correctedOn = assertCalendarDate(data.correctedOn, 'correctedOn');
  const { objectiveId, definedOn } = requireDefined(state);
  const indicator = requireIndicator(state, indicatorId);
  const period = requirePlanPeriod(state, data.period);
  const previousValue = indicator.actuals[period];
  if (previousValue === undefined) fail('ACTUAL_NOT_REPORTED', `No actual has been reported for ${period}`, 'period');
  if (previousValue === value) fail('ACTUAL_CORRECTION_UNCHANGED', `The ${period} actual is already ${value}`, 'value');
  assertNotBefore(correctedOn, definedOn, 'correctedOn', 'the day the objective was defined');
  return [{ type: 'ActualCorrected', data: { objectiveId, indicatorId, period, value, previousValue, reason, correctedOn } }];
}

/** A reported or corrected actual: the latest value of its period. */
function withActual(state: ObjectiveState, event: Extract<ObjectiveEvent, { type: 'ActualReported' | 'ActualCorrected' }>): ObjectiveState {
  const { indicatorId, period, value } = event.data;
  return withIndicator(state, indicatorId, (i) => ({ ...i, actuals: { ...i.actuals, [period]: value } }));
}

export const objectiveDecider = deciderOf<ObjectiveCommand, ObjectiveEvent, ObjectiveState>({
  initialState: initialObjectiveState,
  evolve: {
    ObjectiveDefined: (state, event) => {
      const { objectiveId, definedOn, accountable, years } = event.data;
      return { ...state, objectiveId, definedOn, accountable, years };
    },
    AccountabilityAssigned: (state, event) => ({ ...state, accountable: event.data.accountable }),
    IndicatorDefined: (state, event) => ({ ...state, indicators: { ...state.indicators, [event.data.indicatorId]: { targets: {}, actuals: {} } } }),
    TargetSet: (state, event) => {
      const { indicatorId, period, value } = event.data;
      return withIndicator(state, indicatorId, (i) => ({ ...i, targets: { ...i.targets, [period]: value } }));
    },
    ActualReported: withActual,
    ActualCorrected: withActual,
  },
  decide: {
    DefineObjective: defineObjective,
    AssignAccountability: assignAccountability,
    DefineIndicator: defineIndicator,
    SetTarget: setTarget,
    ReportActual: reportActual,
    CorrectActual: correctActual,
  },
});
