import { assertCalendarDate, assertFinancialYear, assertNotBefore, type CalendarDate, deciderOf, fail, type FinancialYear, optionalId, optionalText, requireId, requireOneOf, requireReason, requireText, requireTextList } from '@ledger/kernel';
import type { DefinePlan, DefinePriority, RetirePriority, RewordPriority, StrategyCommand } from './strategy.commands';
import { PLAN_KINDS, PRIORITY_TIERS, type PriorityTier, type StrategyEvent } from './strategy.events';

export type PriorityState = { readonly tier: PriorityTier; readonly title: string; readonly retired: boolean };

export type PlanState = {
  /** null until the plan is defined. */
  readonly planId: string | null;
  readonly programmeId: string | null;
  readonly firstYear: FinancialYear | null;
  readonly lastYear: FinancialYear | null;
  readonly adoptedOn: CalendarDate | null;
  readonly priorities: Readonly<Record<string, PriorityState>>;
};

export const initialPlanState = (): PlanState => ({
  planId: null,
  programmeId: null,
  firstYear: null,
  lastYear: null,
  adoptedOn: null,
  priorities: {},
});

/** The financial years from `first` to `last`, both included: '2005/06'..'2007/08' → three. */
export function planYears(first: FinancialYear, last: FinancialYear): FinancialYear[] {
  const years: FinancialYear[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
    years.push(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  }
  return years;
}

function requireDefined(state: PlanState): { planId: string; adoptedOn: CalendarDate } {
  if (state.planId === null || state.adoptedOn === null) fail('PLAN_NOT_FOUND', 'The plan has not been defined');
  return { planId: state.planId, adoptedOn: state.adoptedOn };
}

/** A priority of the plan that is still in force. */
function requireActivePriority(state: PlanState, priorityId: string, field = 'priorityId'): PriorityState {
  const priority = state.priorities[priorityId];
  if (!priority) fail('PRIORITY_NOT_FOUND', `Priority ${priorityId} is not a priority of plan ${state.planId}`, field);
  if (priority.retired) fail('PRIORITY_RETIRED', `Priority ${priorityId} has been retired`, field);
  return priority;
}

export function definePlan(command: DefinePlan, state: PlanState): StrategyEvent[] {
  const { data } = command;
  if (state.planId !== null) fail('PLAN_ALREADY_DEFINED', `Plan ${state.planId} is already defined`);
  const firstYear = assertFinancialYear(data.firstYear, 'firstYear');
  const lastYear = assertFinancialYear(data.lastYear, 'lastYear');
  if (lastYear < firstYear) fail('INVALID_PERIOD', `lastYear ${lastYear} is before firstYear ${firstYear}`, 'lastYear');
  return [
    {
      type: 'PlanDefined',
      data: {
        planId: requireId(data.planId, 'planId'),
        programmeId: requireId(data.programmeId, 'programmeId'),
        kind: requireOneOf(data.kind, PLAN_KINDS, 'kind'),
        title: requireText(data.title, 'title'),
        firstYear,
        lastYear,
        mission: optionalText(data.mission, 'mission'),
        vision: optionalText(data.vision, 'vision'),
        values: requireTextList(data.values ?? [], 'values'),
        criticalSuccessFactors: requireTextList(data.criticalSuccessFactors ?? [], 'criticalSuccessFactors'),
        adoptedOn: assertCalendarDate(data.adoptedOn, 'adoptedOn'),
      },
    },
  ];
}

export function definePriority(command: DefinePriority, state: PlanState): StrategyEvent[] {
  const { data } = command;
  const priorityId = requireId(data.priorityId, 'priorityId');
  const tier = requireOneOf(data.tier, PRIORITY_TIERS, 'tier');
  const title = requireText(data.title, 'title');
  const definedOn = assertCalendarDate(data.definedOn, 'definedOn');
  const { planId, adoptedOn } = requireDefined(state);
  if (state.priorities[priorityId]) fail('PRIORITY_ALREADY_DEFINED', `Priority ${priorityId} is already defined`, 'priorityId');
  assertNotBefore(definedOn, adoptedOn, 'definedOn', 'the day the plan was adopted');
  return [{ type: 'PriorityDefined', data: { planId, priorityId, tier, title, definedOn } }];
}

export function rewordPriority(command: RewordPriority, state: PlanState): StrategyEvent[] {
  const { data } = command;
  const priorityId = requireId(data.priorityId, 'priorityId');
  const title = requireText(data.title, 'title');
  const reason = requireReason(data.reason);
  const rewordedOn = assertCalendarDate(data.rewordedOn, 'rewordedOn');
  const { planId, adoptedOn } = requireDefined(state);
  const priority = requireActivePriority(state, priorityId);
  if (priority.title === title) fail('PRIORITY_WORDING_UNCHANGED', 'The new wording is the same as the current one', 'title');
  assertNotBefore(rewordedOn, adoptedOn, 'rewordedOn', 'the day the plan was adopted');
  return [{ type: 'PriorityReworded', data: { planId, priorityId, title, previousTitle: priority.title, reason, rewordedOn } }];
}

export function retirePriority(command: RetirePriority, state: PlanState): StrategyEvent[] {
  const { data } = command;
  const priorityId = requireId(data.priorityId, 'priorityId');
  const mergedInto = optionalId(data.mergedInto, 'mergedInto');
  const reason = requireReason(data.reason);
  const retiredOn = assertCalendarDate(data.retiredOn, 'retiredOn');
  const { planId, adoptedOn } = requireDefined(state);
  requireActivePriority(state, priorityId);
  if (mergedInto !== null) {
    if (mergedInto === priorityId) fail('PRIORITY_MERGE_TARGET_INVALID', 'A priority cannot be merged into itself', 'mergedInto');
    const target = state.priorities[mergedInto];
    if (!target || target.retired) fail('PRIORITY_MERGE_TARGET_INVALID', `Priority ${mergedInto} is not a priority of this plan still in force`, 'mergedInto');
  }
  assertNotBefore(retiredOn, adoptedOn, 'retiredOn', 'the day the plan was adopted');
  return [{ type: 'PriorityRetired', data: { planId, priorityId, mergedInto, reason, retiredOn } }];
}

export const strategyDecider = deciderOf<StrategyCommand, StrategyEvent, PlanState>({
  initialState: initialPlanState,
  evolve: {
    PlanDefined: (state, event) => {
      const { planId, programmeId, firstYear, lastYear, adoptedOn } = event.data;
      return { ...state, planId, programmeId, firstYear, lastYear, adoptedOn };
    },
    PriorityDefined: (state, event) => {
      const { priorityId, tier, title } = event.data;
      return { ...state, priorities: { ...state.priorities, [priorityId]: { tier, title, retired: false } } };
    },
    PriorityReworded: (state, event) => {
      const p = state.priorities[event.data.priorityId];
      return p ? { ...state, priorities: { ...state.priorities, [event.data.priorityId]: { ...p, title: event.data.title } } } : state;
    },
    PriorityRetired: (state, event) => {
      const p = state.priorities[event.data.priorityId];
      return p ? { ...state, priorities: { ...state.priorities, [event.data.priorityId]: { ...p, retired: true } } } : state;
    },
  },
  decide: {
    DefinePlan: definePlan,
    DefinePriority: definePriority,
    RewordPriority: rewordPriority,
    RetirePriority: retirePriority,
  },
});

/**
 * What an objective needs to know of its plan, handed to the objective's command as an
 * explicit dependency: the plan's years and whether the priority is in force.
 */
export type PlanFacts = {
  planId: string | null;
  programmeId: string | null;
  years: FinancialYear[];
  priorities: Readonly<Record<string, { retired: boolean }>>;
};

export function planFacts(state: PlanState): PlanFacts {
  return {
    planId: state.planId,
    programmeId: state.programmeId,
    years: state.firstYear && state.lastYear ? planYears(state.firstYear, state.lastYear) : [],
    priorities: Object.fromEntries(Object.entries(state.priorities).map(([id, p]) => [id, { retired: p.retired }])),
  };
}
