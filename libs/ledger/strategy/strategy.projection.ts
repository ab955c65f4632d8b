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
    const update = (id: string, f: (p: PlanPriorityRow) => PlanPriorityRow) =>
      row.priorities.map((p) => (p.priorityId === id ? f(p) : p));
    switch (event.type) {
      case 'PriorityDefined': {
        const d = event.data;
        return {
          ...row,
          priorities: [...row.priorities, { priorityId: d.priorityId, tier: d.tier, title: d.title, status: 'in-force', mergedInto: null, titles: [d.title] }],
          history: [...row.history, { at, on: d.definedOn, change: 'priority-defined', priorityId: d.priorityId, title: d.title, reason: stored.metadata.reason ?? null }],
        };
      }
      case 'PriorityReworded': {
        const d = event.data;
        return {
          ...row,
          priorities: update(d.priorityId, (p) => ({ ...p, title: d.title, titles: [...p.titles, d.title] })),
          history: [...row.history, { at, on: d.rewordedOn, change: 'priority-reworded', priorityId: d.priorityId, title: d.title, reason: d.reason }],
        };
      }
      case 'PriorityRetired': {
        const d = event.data;
        const title = row.priorities.find((p) => p.priorityId === d.priorityId)?.title ?? d.priorityId;
        return {
          ...row,
          priorities: update(d.priorityId, (p) => ({ ...p, status: 'retired', mergedInto: d.mergedInto })),
          history: [...row.history, { at, on: d.retiredOn, change: 'priority-retired', priorityId: d.priorityId, title, reason: d.reason }],
        };
      }
      default:
        return row;
    }
  },
});
