import { financialYearOf, type FinancialYear } from '@ledger/kernel';
import type { StoredEvent } from '@ledger/platform/event-store';
import { foldRows } from '@ledger/platform/projection';
import { fundingProjection, fundingYears, type FundingYear } from '@ledger/funding';
import { objectiveProjection, performanceView, type ServingProposal } from '@ledger/objective';
import type { ProposalRow } from '@ledger/proposal';
import { planProjection, type PlanRow } from '@ledger/strategy';

/** One indicator of a plan's objective, rated for the pack's year. */
export interface PackIndicatorRow {
  priorityId: string;
  priority: string;
  objectiveId: string;
  objective: string;
  criticalFocus: boolean;
  /** The Management Board member accountable for delivery (001 §9). */
  accountable: string;
  indicatorId: string;
  indicator: string;
  unit: string;
  direction: string;
  target: number | null;
  actual: number | null;
  tolerance: number;
  status: string;
  /** The live proposals that say they serve the objective. */
  servedBy: string[];
}

/** A plan's performance in the meeting's financial year (or the plan year nearest it). */
export interface PackPerformance {
  planId: string;
  title: string;
  period: FinancialYear;
  /** Off-track indicators first, then by priority in the plan's order, objective and indicator. */
  indicators: PackIndicatorRow[];
}

export interface PackFundingLine {
  lineId: string;
  year: FinancialYear;
  kind: string;
  source: string | null;
  label: string;
  amountPence: number;
  proposalId: string | null;
  /** Where the figure comes from: the reason recorded with the line (the seed cites report and paragraph), and any revision's. */
  citation: string | null;
}

export interface PackFunding {
  years: FundingYear[];
  lines: PackFundingLine[];
}

/** The plan year a meeting reads: the meeting's own, else the plan year nearest it. */
export function periodForMeeting(plan: Pick<PlanRow, 'firstYear' | 'lastYear'>, meetingDate: string): FinancialYear {
  const year = financialYearOf(meetingDate);
  if (year < plan.firstYear) return plan.firstYear;
  if (year > plan.lastYear) return plan.lastYear;
  return year;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Each plan of the programme, as the events up to the meeting fold it, rated for the meeting's
 * year: objectives by priority with their indicators' actual against target, off track first,
 * who is accountable and which proposals serve them. Plans oldest first.
 */
export function packPerformance(events: readonly StoredEvent[], programmeId: string, meetingDate: string, proposals: readonly ProposalRow[]): PackPerformance[] {
  const plans = [...foldRows(planProjection, events).values()].filter((p) => p.programmeId === programmeId);
  if (plans.length === 0) return [];
  const objectives = [...foldRows(objectiveProjection, events).values()];
  const serving: ServingProposal[] = proposals.map((p) => ({ proposalId: p.proposalId, title: p.title, status: p.status, objectiveIds: p.objectiveIds ?? [] }));
  return plans
    .sort((a, b) => cmp(a.firstYear, b.firstYear) || cmp(a.planId, b.planId))
    .map((plan) => {
      const period = periodForMeeting(plan, meetingDate);
      const view = performanceView(plan, objectives, period, serving);
      const rows = view.priorities.flatMap((p, priorityIndex) =>
        p.objectives.flatMap((o) =>
          o.indicators.map((i) => ({
            priorityIndex,
            row: {
              priorityId: p.priorityId,
              priority: p.title,
              objectiveId: o.objectiveId,
              objective: o.title,
              criticalFocus: o.criticalFocus,
              accountable: o.accountable.name,
              indicatorId: i.indicatorId,
              indicator: i.title,
              unit: i.unit,
              direction: i.direction,
              target: i.target,
              actual: i.actual,
              tolerance: i.tolerance,
              status: i.status,
              servedBy: o.servedBy.map((s) => s.title),
            },
          })),
        ),
      );
      const offTrackFirst = (x: { row: PackIndicatorRow }) => (x.row.status === 'off-track' ? 0 : 1);
      rows.sort((a, b) => offTrackFirst(a) - offTrackFirst(b) || a.priorityIndex - b.priorityIndex || cmp(a.row.objectiveId, b.row.objectiveId) || cmp(a.row.indicatorId, b.row.indicatorId));
      return { planId: plan.planId, title: plan.title, period, indicators: rows.map((r) => r.row) };
    });
}

/** The programme's funding lines and the gap by year, as the events up to the meeting fold them; null when it has none. */
export function packFunding(events: readonly StoredEvent[], programmeId: string): PackFunding | null {
  const row = foldRows(fundingProjection, events).get(programmeId);
  if (!row || row.lines.length === 0) return null;
  const cited = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'FundingLineRecorded' && e.streamId === `funding-${programmeId}` && e.metadata.reason) cited.set((e.data as { lineId: string }).lineId, e.metadata.reason);
  }
  const lines = row.lines
    .map((line) => {
      const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`;
      const revised = line.revisions.map((r) => `revised from ${pounds(r.previousAmountPence)} to ${pounds(r.amountPence)}: ${r.reason}`);
      const citation = [cited.get(line.lineId), ...revised].filter((c): c is string => !!c).join('; ') || null;
      return { lineId: line.lineId, year: line.year, kind: line.kind, source: line.source, label: line.label, amountPence: line.amountPence, proposalId: line.proposalId, citation };
    })
    .sort((a, b) => cmp(a.year, b.year) || cmp(a.kind, b.kind) || cmp(a.lineId, b.lineId));
  return { years: fundingYears(row.lines), lines };
}
