import type { DataSource } from 'typeorm';
import type { FinancialYear } from '@ledger/kernel';
import type { EventStore, StoredEvent } from '@ledger/platform/event-store';
import { foldRows } from '@ledger/platform/projection';
import { fundingProjection, fundingYears, type FundingRow, type FundingYear } from '@ledger/funding';
import { objectiveProjection, performanceView, type ObjectiveRow, type PerformanceView, type ServingProposal } from '@ledger/objective';
import { proposalProjection, type ProposalRow } from '@ledger/proposal';
import { eventsInEffectOn, programmeEventsUntil } from '@ledger/programme-views';
import { planProjection, type PlanRow } from '@ledger/strategy';

/** A plan, its objectives and the programme's proposals (which objectives each serves): from the tables now, or folded from the events. */
export type PlanRows = { plan: PlanRow; objectives: ObjectiveRow[]; proposals: ServingProposal[] };

/** What the plan reads of a proposal. */
const servingOf = (p: ProposalRow): ServingProposal => ({ proposalId: p.proposalId, title: p.title, status: p.status, objectiveIds: p.objectiveIds ?? [] });

export async function loadPlanRows(db: DataSource, planId: string): Promise<PlanRows | null> {
  const [plan] = (await db.query(`SELECT doc FROM plan_view WHERE id = $1`, [planId])) as { doc: PlanRow }[];
  if (!plan) return null;
  const objectives = (await db.query(`SELECT doc FROM objective_view WHERE plan_id = $1 ORDER BY id`, [planId])) as { doc: ObjectiveRow }[];
  const proposals = (await db.query(`SELECT doc FROM proposal_view WHERE programme_id = $1 ORDER BY id`, [plan.doc.programmeId])) as { doc: ProposalRow }[];
  return { plan: plan.doc, objectives: objectives.map((r) => r.doc), proposals: proposals.map((r) => servingOf(r.doc)) };
}

/** The plan's stream, its objectives' (each objective's first event names the plan) and its programme's proposals'. */
export async function planEventsUntil(store: EventStore, planId: string, until?: Date): Promise<StoredEvent[]> {
  const streams = new Set(await store.streamIdsByFirstEvent('planId', planId));
  streams.add(`plan-${planId}`);
  const [defined] = await store.readStream(`plan-${planId}`, { toVersion: 1 });
  const programmeId = (defined?.data as { programmeId?: string } | undefined)?.programmeId;
  if (programmeId) for (const id of await store.streamIdsByFirstEvent('programmeId', programmeId)) if (id.startsWith('proposal-')) streams.add(id);
  return store.readStreams([...streams], { until });
}

/** The same `evolve` the projector runs, folded in memory: the rows as they stood. */
export function foldPlanRows(events: readonly StoredEvent[], planId: string): PlanRows | null {
  const plan = foldRows(planProjection, events).get(planId);
  if (!plan) return null;
  const objectives = [...foldRows(objectiveProjection, events).values()]
    .filter((o) => o.planId === planId)
    .sort((a, b) => a.objectiveId.localeCompare(b.objectiveId));
  const proposals = [...foldRows(proposalProjection, events).values()]
    .filter((p) => p.programmeId === plan.programmeId)
    .sort((a, b) => a.proposalId.localeCompare(b.proposalId))
    .map(servingOf);
  return { plan, objectives, proposals };
}

export async function planRowsAsAt(db: DataSource, store: EventStore, planId: string, at?: Date): Promise<PlanRows | null> {
  return at === undefined ? loadPlanRows(db, planId) : foldPlanRows(await planEventsUntil(store, planId, at), planId);
}

/**
 * Business time: the plan as the record (up to `recordedBy`, default all of it) tells it on a
 * calendar day, by the days its events name (adopted, defined, reported …; see eventsInEffectOn).
 * `recorded` says whether anything of the plan was recorded at all (else the plan is unknown).
 */
export async function planRowsOn(store: EventStore, planId: string, day: string, recordedBy?: Date): Promise<{ rows: PlanRows | null; recorded: boolean; firstDay: string | null }> {
  const recorded = await planEventsUntil(store, planId, recordedBy);
  const { events, firstDay } = eventsInEffectOn(recorded, day);
  return { rows: foldPlanRows(events, planId), recorded: recorded.some((e) => e.streamId === `plan-${planId}`), firstDay };
}

/** The year a performance view shows by default: the plan's first. */
export function performanceOf(rows: PlanRows, period?: FinancialYear): PerformanceView {
  return performanceView(rows.plan, rows.objectives, period ?? rows.plan.firstYear, rows.proposals);
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

/**
 * Business time: the funding lines in effect on a calendar day. Lines name no day of their own:
 * each goes with the line before it, the first from the programme's first dated fact (the same
 * rule the programme and the committee pack use).
 */
export async function fundingOn(db: DataSource, store: EventStore, programmeId: string, day: string, recordedBy?: Date): Promise<FundingView> {
  const { events } = eventsInEffectOn(await programmeEventsUntil(db, store, programmeId, recordedBy), day);
  return fundingViewOf(foldRows(fundingProjection, events).get(programmeId) ?? null, programmeId);
}
