import { benefitWithVariance, PENCE_UNIT, type BenefitRow } from '@ledger/benefit';
import type { DecisionRow } from '@ledger/decision-log';
import type { MilestoneRow } from '@ledger/delivery-plan';
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
}

const DAY_MS = 86_400_000;
const byId = <T>(key: (t: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The critical path: from the milestone due last, walk back through the
 * predecessor that finishes latest (the one driving its date).
 */
export function criticalPath(milestones: MilestoneRow[]): string[] {
  const key = (m: MilestoneRow) => m.actualDate ?? m.forecastDate;
  const byMilestone = new Map(milestones.map((m) => [m.milestoneId, m]));
  const open = milestones.filter((m) => m.actualDate === null);
  const pool = open.length > 0 ? open : milestones;
  if (pool.length === 0) return [];
  let current = [...pool].sort((a, b) => (key(b) > key(a) ? 1 : key(b) < key(a) ? -1 : a.milestoneId < b.milestoneId ? -1 : 1))[0];
  const path = [current.milestoneId];
  const seen = new Set(path);
  for (;;) {
    const preds = current.predecessorIds.map((id) => byMilestone.get(id)).filter((m): m is MilestoneRow => !!m && !seen.has(m.milestoneId));
    if (preds.length === 0) break;
    current = preds.sort((a, b) => (key(b) > key(a) ? 1 : key(b) < key(a) ? -1 : a.milestoneId < b.milestoneId ? -1 : 1))[0];
    path.unshift(current.milestoneId);
    seen.add(current.milestoneId);
  }
  return path;
}

/** The programme as the committee reads it: the same function for "now" and "as at". */
export function buildProgrammeSnapshot(rows: ProgrammeRows) {
  const proposals = [...rows.proposals].sort(byId((p) => p.proposalId));
  const benefits = [...rows.benefits].sort(byId((b) => b.benefitId)).map(benefitWithVariance);
  const milestones = [...rows.milestones].sort(byId((m) => m.milestoneId)).map((m) => ({
    ...m,
    slippageDays: daysBetween(m.baselineDate, m.actualDate ?? m.forecastDate),
  }));
  const risks = [...rows.risks].sort((a, b) => b.score - a.score || (a.riskId < b.riskId ? -1 : 1));
  const decisions = [...rows.decisions]
    .sort((a, b) => (a.decisionDate === b.decisionDate ? (a.decisionId < b.decisionId ? -1 : 1) : a.decisionDate < b.decisionDate ? -1 : 1))
    .map((d, _, all) => ({ ...d, supersededBy: all.find((x) => x.supersedesDecisionId === d.decisionId)?.decisionId ?? null }));

  const proposalsByStatus: Record<string, number> = {};
  for (const p of proposals) proposalsByStatus[p.status] = (proposalsByStatus[p.status] ?? 0) + 1;

  const live = proposals.filter((p) => !['not-taken-forward', 'deferred'].includes(p.status));
  const outcomeCoverage = rows.programme.outcomes.map((o) => {
    const supporting = live.filter((p) => p.outcomeIds.includes(o.outcomeId)).map((p) => ({ proposalId: p.proposalId, title: p.title }));
    return { outcomeId: o.outcomeId, title: o.title, proposals: supporting, covered: supporting.length > 0 };
  });

  // Investment: each proposal's latest approved business case, else its latest submitted one.
  const investment = new Map<string, { approvedPence: number; pendingPence: number }>();
  for (const p of proposals) {
    const approved = [...p.businessCases].reverse().find((bc) => bc.status === 'approved');
    const latest = p.businessCases[p.businessCases.length - 1];
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
    targetPence: list.reduce((t, b) => t + b.target, 0),
    plannedPence: list.reduce((t, b) => t + b.plannedTotal, 0),
    forecastPence: list.reduce((t, b) => t + b.forecastTotal, 0),
    realisedPence: list.reduce((t, b) => t + b.realisedToDate, 0),
  });
  const cash = benefits.filter((b) => b.unit === PENCE_UNIT && !b.isDisbenefit);
  const benefitPeriods = new Map<string, { planned: number; forecast: number; realised: number }>();
  for (const b of cash.filter((x) => x.cashReleasing)) {
    // In-year amounts: a running total contributes what it rose by in the period.
    const step = (values: (number | null)[], i: number) =>
      b.scheduleKind === 'running-total' ? (values[i] ?? 0) - (i > 0 ? (values[i - 1] ?? 0) : 0) : (values[i] ?? 0);
    const col = <K extends 'baseline' | 'forecast' | 'realised'>(k: K) => b.periods.map((p) => p[k]);
    for (const [i, p] of b.periods.entries()) {
      const e = benefitPeriods.get(p.period) ?? { planned: 0, forecast: 0, realised: 0 };
      e.planned += step(col('baseline'), i);
      e.forecast += step(col('forecast'), i);
      e.realised += p.realised === null ? 0 : step(col('realised'), i);
      benefitPeriods.set(p.period, e);
    }
  }

  const ratings = ['green', 'amber-green', 'amber', 'amber-red', 'red'];
  const spread = (kind: 'self' | 'independent') =>
    Object.fromEntries([...ratings, 'unrated'].map((r) => [r, live.filter((p) => (p.deliveryConfidence[kind]?.rating ?? 'unrated') === r).length]));

  return {
    programme: rows.programme,
    proposalsByStatus,
    outcomeCoverage,
    uncoveredOutcomes: outcomeCoverage.filter((o) => !o.covered).map((o) => o.outcomeId),
    investmentByFinancialYear: [...investment.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([financialYear, v]) => ({ financialYear, ...v })),
    benefitsSummary: {
      cashReleasing: totals(cash.filter((b) => b.cashReleasing)),
      nonCashReleasing: totals(cash.filter((b) => !b.cashReleasing)),
      otherMeasures: benefits.filter((b) => b.unit !== PENCE_UNIT).length,
      disbenefits: benefits.filter((b) => b.isDisbenefit).length,
      cashReleasingByPeriod: [...benefitPeriods.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, v]) => ({ period, ...v })),
    },
    deliveryConfidence: { self: spread('self'), independent: spread('independent') },
    milestonesSummary: {
      total: milestones.length,
      achieved: milestones.filter((m) => m.actualDate !== null).length,
      slipped: milestones.filter((m) => m.slippageDays > 0).length,
      criticalPath: criticalPath(rows.milestones),
    },
    topRisks: risks.filter((r) => r.status === 'open').slice(0, 5).map((r) => ({ riskId: r.riskId, title: r.title, score: r.score, residualScore: r.residualScore, ownerName: r.ownerName })),
    proposals,
    benefits,
    milestones,
    risks,
    decisions,
  };
}

export type ProgrammeSnapshot = ReturnType<typeof buildProgrammeSnapshot>;
