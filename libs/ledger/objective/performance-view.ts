import type { FinancialYear } from '@ledger/kernel';
import type { PlanRow } from '@ledger/strategy';
import { indicatorStatus, type IndicatorStatus } from './indicator-status';
import type { Accountable } from './objective.events';
import type { ObjectiveRow } from './objective.projection';

export type IndicatorPerformance = {
  indicatorId: string;
  title: string;
  unit: string;
  direction: string;
  tolerance: number;
  dataSource: string;
  target: number | null;
  actual: number | null;
  status: IndicatorStatus;
  /** Every year of the plan, for the chart of actual against target. */
  series: { period: FinancialYear; target: number | null; actual: number | null }[];
};

export type ObjectivePerformance = {
  objectiveId: string;
  title: string;
  accountable: Accountable;
  criticalFocus: boolean;
  offTrack: boolean;
  indicators: IndicatorPerformance[];
};

export type OffTrackIndicator = {
  objectiveId: string;
  objective: string;
  indicatorId: string;
  indicator: string;
  unit: string;
  target: number;
  actual: number;
  tolerance: number;
  accountable: Accountable;
};

export type PerformanceView = {
  planId: string;
  title: string;
  period: FinancialYear;
  offTrack: OffTrackIndicator[];
  priorities: {
    priorityId: string;
    tier: string;
    title: string;
    status: string;
    objectives: ObjectivePerformance[];
  }[];
};

/**
 * The plan's performance in one year: objectives by priority, each indicator's actual against
 * its target, off-track objectives first, and the off-track indicators with who is accountable.
 * Pure: the same rows give the same view, whether read from the tables or folded as at a moment.
 */
export function performanceView(plan: PlanRow, objectives: readonly ObjectiveRow[], period: FinancialYear): PerformanceView {
  const mine = objectives.filter((o) => o.planId === plan.planId);
  const rated = mine.map((o): ObjectivePerformance & { priorityId: string } => {
    const indicators = o.indicators.map((i): IndicatorPerformance => {
      const target = i.targets[period] ?? null;
      const actual = i.actuals[period]?.value ?? null;
      return {
        indicatorId: i.indicatorId,
        title: i.title,
        unit: i.unit,
        direction: i.direction,
        tolerance: i.tolerance,
        dataSource: i.dataSource,
        target,
        actual,
        status: indicatorStatus(i, target, actual),
        series: o.years.map((y) => ({ period: y, target: i.targets[y] ?? null, actual: i.actuals[y]?.value ?? null })),
      };
    });
    return {
      priorityId: o.priorityId,
      objectiveId: o.objectiveId,
      title: o.title,
      accountable: o.accountable,
      criticalFocus: o.criticalFocus,
      offTrack: indicators.some((i) => i.status === 'off-track'),
      indicators,
    };
  });
  const byId = (a: { objectiveId: string }, b: { objectiveId: string }) => a.objectiveId.localeCompare(b.objectiveId);
  const offTrack = rated
    .flatMap((o) =>
      o.indicators
        .filter((i) => i.status === 'off-track')
        .map((i) => ({
          objectiveId: o.objectiveId,
          objective: o.title,
          indicatorId: i.indicatorId,
          indicator: i.title,
          unit: i.unit,
          target: i.target as number,
          actual: i.actual as number,
          tolerance: i.tolerance,
          accountable: o.accountable,
        })),
    )
    .sort((a, b) => a.objectiveId.localeCompare(b.objectiveId) || a.indicatorId.localeCompare(b.indicatorId));
  return {
    planId: plan.planId,
    title: plan.title,
    period,
    offTrack,
    priorities: plan.priorities.map((p) => ({
      priorityId: p.priorityId,
      tier: p.tier,
      title: p.title,
      status: p.status,
      objectives: rated
        .filter((o) => o.priorityId === p.priorityId)
        .sort((a, b) => Number(b.offTrack) - Number(a.offTrack) || byId(a, b))
        .map(({ priorityId: _p, ...o }) => o),
    })),
  };
}
