import { benefitWithVariance, PENCE_UNIT, type BenefitRow } from '@ledger/benefit';
import type { DecisionRow } from '@ledger/decision-log';
import type { MilestoneRow } from '@ledger/delivery-plan';
import { indicatorStatus, proposalsServing, type ObjectiveRow } from '@ledger/objective';
import type { ProgrammeRow } from '@ledger/programme';
import type { ProposalRow } from '@ledger/proposal';
import type { RiskRow } from '@ledger/risk';

/** Every row of one programme, from the tables (now) or folded from events (as at). */
export interface ProgrammeRows {
  programme: ProgrammeRow;
  proposals: ProposalRow[];
  benefits: BenefitRow[];
  milestones: MilestoneRow[];
  risks: RiskRow[];
  decisions: DecisionRow[];
  /** The objectives of the programme's plans (absent: none read). */
  objectives?: ObjectiveRow[];
}

/**
 * Which plan objectives live proposals serve, and each objective's off-track indicators, each
 * rated in its latest year with an actual: "which proposals serve the objectives that are off track".
 */
export function objectiveCoverageOf(objectives: readonly ObjectiveRow[], proposals: readonly ProposalRow[], benefits: readonly BenefitRow[] = []) {
  const serving = proposals.map((p) => ({ proposalId: p.proposalId, title: p.title, status: p.status, objectiveIds: p.objectiveIds ?? [] }));
  return [...objectives]
    .sort((a, b) => (a.objectiveId < b.objectiveId ? -1 : a.objectiveId > b.objectiveId ? 1 : 0))
    .map((o) => {
      const offTrackIndicators = o.indicators.flatMap((i) => {
        const period = [...o.years].reverse().find((y) => i.actuals[y] !== undefined);
        if (period === undefined) return [];
        const target = i.targets[period] ?? null;
        const actual = i.actuals[period].value;
        return indicatorStatus(i, target, actual) === 'off-track' ? [{ indicatorId: i.indicatorId, title: i.title, period, target: target as number, actual }] : [];
      });
      const supporting = proposalsServing(o.objectiveId, serving);
      const contributing = benefits
        .filter((b) => (b.objectiveIds ?? []).includes(o.objectiveId))
        .map((b) => ({ benefitId: b.benefitId, description: b.description }))
        .sort((a, b) => (a.benefitId < b.benefitId ? -1 : a.benefitId > b.benefitId ? 1 : 0));
      return { objectiveId: o.objectiveId, title: o.title, planId: o.planId, priorityId: o.priorityId, accountableName: o.accountable.name, proposals: supporting, benefits: contributing, covered: supporting.length > 0, offTrackIndicators };
    });
}

const DAY_MS = 86_400_000;
const byId = <T>(key: (item: T) => string) => (left: T, right: T) => (key(left) < key(right) ? -1 : key(left) > key(right) ? 1 : 0);
/** Strings ascending, for sorting [key, value] entries by key. */
const byKey = ([left]: [string, unknown], [right]: [string, unknown]) => (left < right ? -1 : 1);

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The critical path: from the milestone due last, walk back through the
 * predecessor that finishes latest (the one driving its date).
 */
export function criticalPath(milestones: MilestoneRow[]): string[] {
  const key = (milestone: MilestoneRow) => milestone.actualDate ?? milestone.forecastDate;
  // Latest date first; on a tie, the lower id.
  const latestFirst = (left: MilestoneRow, right: MilestoneRow) =>
    key(right) > key(left) ? 1 : key(right) < key(left) ? -1 : left.milestoneId < right.milestoneId ? -1 : 1;
  const byMilestone = new Map(milestones.map((milestone) => [milestone.milestoneId, milestone]));
  const open = milestones.filter((milestone) => milestone.actualDate === null);
  const pool = open.length > 0 ? open : milestones;
  if (pool.length === 0) return [];
  let current = [...pool].sort(latestFirst)[0];
  const path = [current.milestoneId];
  const seen = new Set(path);
  for (;;) {
    const predecessors = current.predecessorIds
      .map((id) => byMilestone.get(id))
      .filter((milestone): milestone is MilestoneRow => !!milestone && !seen.has(milestone.milestoneId));
    if (predecessors.length === 0) break;
    current = predecessors.sort(latestFirst)[0];
    path.unshift(current.milestoneId);
    seen.add(current.milestoneId);
  }
  return path;
}

/** The programme as the committee reads it: the same function for "now" and "as at". */
export function buildProgrammeSnapshot(rows: ProgrammeRows) {
  const proposals = [...rows.proposals].sort(byId((proposal) => proposal.proposalId));
  const benefits = [...rows.benefits].sort(byId((benefit) => benefit.benefitId)).map(benefitWithVariance);
  const milestones = [...rows.milestones].sort(byId((milestone) => milestone.milestoneId)).map((milestone) => ({
    ...milestone,
    slippageDays: daysBetween(milestone.baselineDate, milestone.actualDate ?? milestone.forecastDate),
  }));
  const risks = [...rows.risks].sort((left, right) => right.score - left.score || (left.riskId < right.riskId ? -1 : 1));
  const decisions = [...rows.decisions]
    .sort((left, right) =>
      left.decisionDate === right.decisionDate ? (left.decisionId < right.decisionId ? -1 : 1) : left.decisionDate < right.decisionDate ? -1 : 1,
    )
    .map((decision, _, all) => ({
      ...decision,
      supersededBy: all.find((later) => later.supersedesDecisionId === decision.decisionId)?.decisionId ?? null,
    }));

  const proposalsByStatus: Record<string, number> = {};
  for (const proposal of proposals) proposalsByStatus[proposal.status] = (proposalsByStatus[proposal.status] ?? 0) + 1;

  const live = proposals.filter((proposal) => !['not-taken-forward', 'deferred'].includes(proposal.status));
  const outcomeCoverage = rows.programme.outcomes.map((outcome) => {
    const supporting = live
      .filter((proposal) => proposal.outcomeIds.includes(outcome.outcomeId))
      .map((proposal) => ({ proposalId: proposal.proposalId, title: proposal.title }));
    return { outcomeId: outcome.outcomeId, title: outcome.title, proposals: supporting, covered: supporting.length > 0 };
  });

  // Investment: each proposal's latest approved business case, else its latest submitted one.
  const investment = new Map<string, { approvedPence: number; pendingPence: number }>();
  for (const proposal of proposals) {
    const approved = [...proposal.businessCases].reverse().find((businessCase) => businessCase.status === 'approved');
    const latest = proposal.businessCases[proposal.businessCases.length - 1];
    const chosen = approved ?? latest;
    if (!chosen) continue;
    for (const line of chosen.investment) {
      const entry = investment.get(line.financialYear) ?? { approvedPence: 0, pendingPence: 0 };
      if (approved) entry.approvedPence += line.amountPence;
      else entry.pendingPence += line.amountPence;
      investment.set(line.financialYear, entry);
    }
  }

  const totals = (list: typeof benefits) => ({
    count: list.length,
    targetPence: list.reduce((total, benefit) => total + benefit.target, 0),
    plannedPence: list.reduce((total, benefit) => total + benefit.plannedTotal, 0),
    forecastPence: list.reduce((total, benefit) => total + benefit.forecastTotal, 0),
    realisedPence: list.reduce((total, benefit) => total + benefit.realisedToDate, 0),
  });
  const cash = benefits.filter((benefit) => benefit.unit === PENCE_UNIT && !benefit.isDisbenefit);
  const benefitPeriods = new Map<string, { planned: number; forecast: number; realised: number }>();
  for (const benefit of cash.filter((cashBenefit) => cashBenefit.cashReleasing)) {
    // In-year amounts: a running total contributes what it rose by in the period.
    const step = (values: (number | null)[], index: number) =>
      benefit.scheduleKind === 'running-total' ? (values[index] ?? 0) - (index > 0 ? (values[index - 1] ?? 0) : 0) : (values[index] ?? 0);
    const column = <K extends 'baseline' | 'forecast' | 'realised'>(field: K) => benefit.periods.map((period) => period[field]);
    for (const [index, period] of benefit.periods.entries()) {
      const sums = benefitPeriods.get(period.period) ?? { planned: 0, forecast: 0, realised: 0 };
      sums.planned += step(column('baseline'), index);
      sums.forecast += step(column('forecast'), index);
      sums.realised += period.realised === null ? 0 : step(column('realised'), index);
      benefitPeriods.set(period.period, sums);
    }
  }

  const ratings = ['green', 'amber-green', 'amber', 'amber-red', 'red'];
  const spread = (kind: 'self' | 'independent') =>
    Object.fromEntries(
      [...ratings, 'unrated'].map((rating) => [rating, live.filter((proposal) => (proposal.deliveryConfidence[kind]?.rating ?? 'unrated') === rating).length]),
    );

  return {
    programme: rows.programme,
    proposalsByStatus,
    outcomeCoverage,
    uncoveredOutcomes: outcomeCoverage.filter((outcome) => !outcome.covered).map((outcome) => outcome.outcomeId),
    objectiveCoverage: objectiveCoverageOf(rows.objectives ?? [], proposals, rows.benefits),
    investmentByFinancialYear: [...investment.entries()].sort(byKey).map(([financialYear, amounts]) => ({ financialYear, ...amounts })),
    benefitsSummary: {
      cashReleasing: totals(cash.filter((benefit) => benefit.cashReleasing)),
      nonCashReleasing: totals(cash.filter((benefit) => !benefit.cashReleasing)),
      otherMeasures: benefits.filter((benefit) => benefit.unit !== PENCE_UNIT).length,
      disbenefits: benefits.filter((benefit) => benefit.isDisbenefit).length,
      cashReleasingByPeriod: [...benefitPeriods.entries()].sort(byKey).map(([period, sums]) => ({ period, ...sums })),
    },
    deliveryConfidence: { self: spread('self'), independent: spread('independent') },
    milestonesSummary: {
      total: milestones.length,
      achieved: milestones.filter((milestone) => milestone.actualDate !== null).length,
      slipped: milestones.filter((milestone) => milestone.slippageDays > 0).length,
      criticalPath: criticalPath(rows.milestones),
    },
    topRisks: risks
      .filter((risk) => risk.status === 'open')
      .slice(0, 5)
      .map((risk) => ({ riskId: risk.riskId, title: risk.title, score: risk.score, residualScore: risk.residualScore, ownerName: risk.ownerName })),
    proposals,
    benefits,
    milestones,
    risks,
    decisions,
  };
}

export type ProgrammeSnapshot = ReturnType<typeof buildProgrammeSnapshot>;
