import { rowProjectionOf } from '@ledger/platform/projection';
import { STRATEGY_EVENT_TYPES, type PlanDefined, type PriorityTier, type StrategyEvent } from './strategy.events';

export type PlanChange = {
  at: string;
  on: string;
  change: 'defined' | 'priority-defined' | 'priority-reworded' | 'priority-retired';
  priorityId: string | null;
  title: string;
  reason: string | null;
};

export type PlanPriorityRow = {
  priorityId: string;
  tier: PriorityTier;
  title: string;
  status: 'in-force' | 'retired';
  mergedInto: string | null;
  /** Every wording it has had, first to last. */
  titles: string[];
};

export type PlanRow = PlanDefined['data'] & { priorities: PlanPriorityRow[]; history: PlanChange[] };

/** A plan: its period, mission, vision, values, critical success factors, priorities, and how they changed. */
export const planProjection = rowProjectionOf<StrategyEvent, PlanRow>({
  name: 'plans', table: 'plan_view', handles: STRATEGY_EVENT_TYPES, key: 'planId',
  evolve(row, event, stored) {
    const at = stored.recordedAt.toISOString();
    if (event.type === 'PlanDefined') {
      return {
        ...event.data,
        priorities: [],
        history: [{ at, on: event.data.adoptedOn, change: 'defined', priorityId: null, title: event.data.title, reason: stored.metadata.reason ?? null }],
      };
    }
    if (!row) return row;
    const update = (id: string, amend: (priority: PlanPriorityRow) => PlanPriorityRow) =>
      row.priorities.map((priority) => (priority.priorityId === id ? amend(priority) : priority));
    switch (event.type) {
      case 'PriorityDefined': {
        const data = event.data;
        return {
          ...row,
          priorities: [...row.priorities, { priorityId: data.priorityId, tier: data.tier, title: data.title, status: 'in-force', mergedInto: null, titles: [data.title] }],
          history: [...row.history, { at, on: data.definedOn, change: 'priority-defined', priorityId: data.priorityId, title: data.title, reason: stored.metadata.reason ?? null }],
        };
      }
      case 'PriorityReworded': {
        const data = event.data;
        return {
          ...row,
          priorities: update(data.priorityId, (priority) => ({ ...priority, title: data.title, titles: [...priority.titles, data.title] })),
          history: [...row.history, { at, on: data.rewordedOn, change: 'priority-reworded', priorityId: data.priorityId, title: data.title, reason: data.reason }],
        };
      }
      case 'PriorityRetired': {
        const data = event.data;
        const title = row.priorities.find((priority) => priority.priorityId === data.priorityId)?.title ?? data.priorityId;
        return {
          ...row,
          priorities: update(data.priorityId, (priority) => ({ ...priority, status: 'retired', mergedInto: data.mergedInto })),
          history: [...row.history, { at, on: data.retiredOn, change: 'priority-retired', priorityId: data.priorityId, title, reason: data.reason }],
        };
      }
      default:
        return row;
    }
  },
});
