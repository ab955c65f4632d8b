import { assertCalendarDate, assertNotBefore, type CalendarDate, deciderOf, fail, optionalCalendarDate, optionalId, requireId, requireIdList, requireReason, requireText, requireOwnerId } from '@ledger/kernel';
import type { AchieveMilestone, ChangeMilestoneDependencies, DeliveryPlanCommand, PlanMilestone, RescheduleMilestone } from './delivery-plan.commands';
import type { DeliveryPlanEvent } from './delivery-plan.events';

export type MilestoneState = {
  readonly predecessorIds: readonly string[];
  readonly forecastDate: CalendarDate;
  readonly achievedOn: CalendarDate | null;
};

/** All milestones of one programme, so dependency cycles across proposals can be refused. */
export type DeliveryPlanState = {
  readonly programmeId: string | null;
  readonly milestones: Readonly<Record<string, MilestoneState>>;
};

export const initialDeliveryPlanState = (): DeliveryPlanState => ({
  programmeId: null,
  milestones: {},
});

function updateMilestone(state: DeliveryPlanState, milestoneId: string, change: Partial<MilestoneState>): DeliveryPlanState {
  const milestone = findMilestone(state, milestoneId);
  if (milestone === undefined) return state;
  return {
    ...state,
    milestones: { ...state.milestones, [milestoneId]: { ...milestone, ...change } },
  };
}

function findMilestone(state: DeliveryPlanState, milestoneId: string): MilestoneState | undefined {
  return Object.hasOwn(state.milestones, milestoneId) ? state.milestones[milestoneId] : undefined;
}

function requireMilestone(state: DeliveryPlanState, milestoneId: string): { programmeId: string; milestone: MilestoneState } {
  const milestone = findMilestone(state, milestoneId);
  if (state.programmeId === null || milestone === undefined) fail('MILESTONE_NOT_FOUND', `Milestone ${milestoneId} is not in the delivery plan`);
  return { programmeId: state.programmeId, milestone };
}

/** A milestone still to achieve: once achieved it is not rescheduled or re-linked. */
function requireOpenMilestone(state: DeliveryPlanState, milestoneId: string): { programmeId: string; milestone: MilestoneState } {
  const found = requireMilestone(state, milestoneId);
  if (found.milestone.achievedOn !== null) fail('MILESTONE_ALREADY_ACHIEVED', `Milestone ${milestoneId} was achieved on ${found.milestone.achievedOn}`);
  return found;
}

/** True when `to` is reachable from `from` by following predecessor links. */
function dependsOn(state: DeliveryPlanState, from: string, to: string): boolean {
  const seen = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    if (current === to) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    pending.push(...(findMilestone(state, current)?.predecessorIds ?? []));
  }
  return false;
}

function requireValidPredecessors(state: DeliveryPlanState, milestoneId: string, predecessorIds: string[]): void {
  predecessorIds.forEach((id, i) => {
    if (id === milestoneId) fail('MILESTONE_DEPENDS_ON_ITSELF', `Milestone ${milestoneId} cannot depend on itself`, `predecessorIds[${i}]`);
    if (findMilestone(state, id) === undefined) fail('MILESTONE_PREDECESSOR_UNKNOWN', `Milestone ${id} is not in the delivery plan`, `predecessorIds[${i}]`);
    if (dependsOn(state, id, milestoneId)) fail('MILESTONE_DEPENDENCY_CYCLE', `Milestone ${id} already depends on ${milestoneId}`, `predecessorIds[${i}]`);
  });
}

export function planMilestone(command: PlanMilestone, state: DeliveryPlanState): DeliveryPlanEvent[] {
  const { data } = command;
  const programmeId = requireOwnerId(data.programmeId, state.programmeId, 'programmeId', 'delivery plan');
  const milestoneId = requireId(data.milestoneId, 'milestoneId');
  const proposalId = optionalId(data.proposalId, 'proposalId');
  const title = requireText(data.title, 'title');
  const baselineDate = assertCalendarDate(data.baselineDate, 'baselineDate');
  const predecessorIds = requireIdList(data.predecessorIds ?? [], 'predecessorIds');
  if (findMilestone(state, milestoneId) !== undefined) fail('MILESTONE_ALREADY_PLANNED', `Milestone ${milestoneId} is already planned`, 'milestoneId');
  requireValidPredecessors(state, milestoneId, predecessorIds);
  return [
    {
      type: 'MilestonePlanned',
      data: { programmeId, milestoneId, proposalId, title, baselineDate, predecessorIds, plannedOn: optionalCalendarDate(data.plannedOn, 'plannedOn') },
    },
  ];
}

export function rescheduleMilestone(command: RescheduleMilestone, state: DeliveryPlanState): DeliveryPlanEvent[] {
  const { data } = command;
  const milestoneId = requireId(data.milestoneId, 'milestoneId');
  const forecastDate = assertCalendarDate(data.forecastDate, 'forecastDate');
  const reason = requireReason(data.reason);
  const { programmeId, milestone } = requireOpenMilestone(state, milestoneId);
  if (forecastDate === milestone.forecastDate) fail('MILESTONE_FORECAST_UNCHANGED', `Milestone ${milestoneId} is already forecast for ${forecastDate}`, 'forecastDate');
  return [
    {
      type: 'MilestoneRescheduled',
      data: {
        programmeId,
        milestoneId,
        forecastDate,
        previousForecastDate: milestone.forecastDate,
        reason,
        rescheduledOn: optionalCalendarDate(data.rescheduledOn, 'rescheduledOn'),
      },
    },
  ];
}

export function achieveMilestone(command: AchieveMilestone, state: DeliveryPlanState): DeliveryPlanEvent[] {
  const { data } = command;
  const milestoneId = requireId(data.milestoneId, 'milestoneId');
  const achievedOn = assertCalendarDate(data.achievedOn, 'achievedOn');
  const { programmeId, milestone } = requireOpenMilestone(state, milestoneId);
  for (const predecessorId of milestone.predecessorIds) {
    const predecessorAchievedOn = findMilestone(state, predecessorId)?.achievedOn ?? null;
    if (predecessorAchievedOn === null) fail('MILESTONE_PREDECESSOR_NOT_ACHIEVED', `Milestone ${predecessorId} must be achieved first`, 'achievedOn');
    assertNotBefore(
      achievedOn,
      predecessorAchievedOn,
      'achievedOn',
      `the day ${predecessorId} was achieved`,
    );
  }
  return [{ type: 'MilestoneAchieved', data: { programmeId, milestoneId, achievedOn } }];
}

export function changeMilestoneDependencies(command: ChangeMilestoneDependencies, state: DeliveryPlanState): DeliveryPlanEvent[] {
  const { data } = command;
  const milestoneId = requireId(data.milestoneId, 'milestoneId');
  const predecessorIds = requireIdList(data.predecessorIds, 'predecessorIds');
  const { programmeId, milestone } = requireOpenMilestone(state, milestoneId);
  const previous = milestone.predecessorIds;
  if (
    previous.length === predecessorIds.length &&
    previous.every((id) => predecessorIds.includes(id))
  ) {
    fail('MILESTONE_DEPENDENCIES_UNCHANGED', `Milestone ${milestoneId} already has these predecessors`, 'predecessorIds');
  }
  requireValidPredecessors(state, milestoneId, predecessorIds);
  return [
    {
      type: 'MilestoneDependenciesChanged',
      data: { programmeId, milestoneId, predecessorIds, previousPredecessorIds: [...previous] },
    },
  ];
}

export const deliveryPlanDecider = deciderOf<DeliveryPlanCommand, DeliveryPlanEvent, DeliveryPlanState>({
  initialState: initialDeliveryPlanState,
  evolve: {
    MilestonePlanned: (state, event) => ({
      programmeId: event.data.programmeId,
      milestones: {
        ...state.milestones,
        [event.data.milestoneId]: {
          predecessorIds: event.data.predecessorIds,
          forecastDate: event.data.baselineDate,
          achievedOn: null,
        },
      },
    }),
    MilestoneRescheduled: (state, event) => updateMilestone(state, event.data.milestoneId, {
      forecastDate: event.data.forecastDate,
    }),
    MilestoneAchieved: (state, event) => updateMilestone(state, event.data.milestoneId, { achievedOn: event.data.achievedOn }),
    MilestoneDependenciesChanged: (state, event) => updateMilestone(state, event.data.milestoneId, {
      predecessorIds: event.data.predecessorIds,
    }),
  },
  decide: {
    PlanMilestone: planMilestone,
    RescheduleMilestone: rescheduleMilestone,
    AchieveMilestone: achieveMilestone,
    ChangeMilestoneDependencies: changeMilestoneDependencies,
  },
});
