import type { DataSource } from 'typeorm';
import type { FinancialYear } from '@ledger/kernel';
import type { EventStore, StoredEvent } from '@ledger/platform/event-store';
import { foldRows } from '@ledger/platform/projection';
import { fundingProjection, fundingYears, type FundingRow, type FundingYear } from '@ledger/funding';
import { objectiveProjection, performanceView, type ObjectiveRow, type PerformanceView } from '@ledger/objective';
import { planProjection, type PlanRow } from '@ledger/strategy';

/** A plan and its objectives: from the tables now, or folded from the events up to a moment. */
export type PlanRows = { plan: PlanRow; objectives: ObjectiveRow[] };

export async function loadPlanRows(db: DataSource, planId: string): Promise<PlanRows | null> {
  const [plan] = (await db.query(`SELECT doc FROM plan_view WHERE id = $1`, [planId])) as { doc: PlanRow }[];
  if (!plan) return null;
  const objectives = (await db.query(`SELECT doc FROM objective_view WHERE plan_id = $1 ORDER BY id`, [planId])) as { doc: ObjectiveRow }[];
  return { plan: plan.doc, objectives: objectives.map((r) => r.doc) };
}

/** The plan's stream and its objectives' (each objective's first event names the plan). */
export async function planEventsUntil(store: EventStore, planId: string, until?: Date): Promise<StoredEvent[]> {
  const streams = new Set(await store.streamIdsByFirstEvent('planId', planId));
  streams.add(`plan-${planId}`);
  return store.readStreams([...streams], { until });
}

/** The same `evolve` the projector runs, folded in memory: the rows as they stood. */
export function foldPlanRows(events: readonly StoredEvent[], planId: string): PlanRows | null {
  const plan = foldRows(planProjection, events).get(planId);
  if (!plan) return null;
  const objectives = [...foldRows(objectiveProjection, events).values()]
    .filter((o) => o.planId === planId)
    .sort((a, b) => a.objectiveId.localeCompare(b.objectiveId));
  return { plan, objectives };
}

export async function planRowsAsAt(db: DataSource, store: EventStore, planId: string, at?: Date): Promise<PlanRows | null> {
  return at === undefined ? loadPlanRows(db, planId) : foldPlanRows(await planEventsUntil(store, planId, at), planId);
}

/** The year a performance view shows by default: the plan's first. */
export function performanceOf(rows: PlanRows, period?: FinancialYear): PerformanceView {
  return performanceView(rows.plan, rows.objectives, period ?? rows.plan.firstYear);
}

export type FundingView = FundingRow & { years: FundingYear[] };

export function fundingViewOf(row: FundingRow | null, programmeId: string): FundingView {
  const base = row ?? { programmeId, lines: [] };
  return { ...base, years: fundingYears(base.lines) };
}

export async function fundingAsAt(db: DataSource, store: EventStore, programmeId: string, at?: Date): Promise<FundingView> {
  if (at === undefined) {
    const [row] = (await db.query(`SELECT doc FROM funding_view WHERE id = $1`, [programmeId])) as { doc: FundingRow }[];
    return fundingViewOf(row?.doc ?? null, programmeId);
  }
  const events = await store.readStreams([`funding-${programmeId}`], { until: at });
  return fundingViewOf(foldRows(fundingProjection, events).get(programmeId) ?? null, programmeId);
}
