import type { FinancialYear } from '@ledger/kernel';
import type { PlanRow } from '@ledger/strategy';
import { indicatorStatus, type IndicatorStatus } from './indicator-status';
import type { Accountable } from './objective.events';
import type { ObjectiveRow } from './objective.projection';

/** A proposal as the plan sees it: which objectives it says it serves (ProposalAimsAmended). */
export type ServingProposal = { proposalId: string; title: string; status: string; objectiveIds?: string[] };

/** A proposal serving an objective. */
export type ServedBy = { proposalId: string; title: string };

/** Proposals not taken forward or deferred serve nothing (as for outcome coverage). */
const LAPSED = ['not-taken-forward', 'deferred'];

/** The live proposals that say they serve the objective, by id. */
export function proposalsServing(objectiveId: string, proposals: readonly ServingProposal[]): ServedBy[] {
  return proposals
    .filter((p) => !LAPSED.includes(p.status) && (p.objectiveIds ?? []).includes(objectiveId))
    .map((p) => ({ proposalId: p.proposalId, title: p.title }))
    .sort((a, b) => a.proposalId.localeCompare(b.proposalId));
}

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
  /** The live proposals that say they serve it. */
  servedBy: ServedBy[];
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
  /** Which proposals serve the objective that is off track. */
  servedBy: ServedBy[];
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
export function performanceView(plan: PlanRow, objectives: readonly ObjectiveRow[], period: FinancialYear, proposals: readonly ServingProposal[] = []): PerformanceView {
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
      servedBy: proposalsServing(o.objectiveId, proposals),
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
          servedBy: o.servedBy,
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
