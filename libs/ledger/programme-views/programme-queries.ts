import type { DataSource } from 'typeorm';
import type { EventStore, StoredEvent } from '@ledger/platform/event-store';
import { foldRows, type ReadModelDb } from '@ledger/platform/projection';
import { ROW_PROJECTIONS } from '@ledger/catalogue';
import { benefitsOfProgramme } from '@ledger/benefit';
import { decisionsOfProgramme } from '@ledger/decision-log';
import { milestonesOfProgramme } from '@ledger/delivery-plan';
import { programmeRow } from '@ledger/programme';
import { proposalsOfProgramme } from '@ledger/proposal';
import { risksOfProgramme } from '@ledger/risk';
import type { ObjectiveRow } from '@ledger/objective';
import { eventsInEffectOn } from './business-dates';
import { buildProgrammeSnapshot, type ProgrammeRows, type ProgrammeSnapshot } from './programme-snapshot';

/** The programme's rows as the projections hold them now. */
export async function loadProgrammeRows(db: ReadModelDb, programmeId: string): Promise<ProgrammeRows | null> {
  const programme = await programmeRow(db, programmeId);
  if (!programme) return null;
  const [proposals, benefits, milestones, risks, decisions] = await Promise.all([
    proposalsOfProgramme(db, programmeId),
    benefitsOfProgramme(db, programmeId),
    milestonesOfProgramme(db, programmeId),
    risksOfProgramme(db, programmeId),
    decisionsOfProgramme(db, programmeId),
  ]);
  const objectives = (await db.query(`SELECT doc FROM objective_view WHERE programme_id = $1 ORDER BY id`, [programmeId])) as { doc: ObjectiveRow }[];
  return { programme, proposals, benefits, milestones, risks, decisions, objectives: objectives.map((r) => r.doc) };
}

/** Every stream that belongs to a programme, found from the log itself. */
export async function programmeStreamIds(store: EventStore, programmeId: string): Promise<string[]> {
  const streams = new Set(await store.streamIdsByFirstEvent('programmeId', programmeId));
  for (const id of [...streams]) {
    if (id.startsWith('proposal-')) streams.add(`business-case-${id.slice('proposal-'.length)}`);
  }
  streams.add(`programme-${programmeId}`);
  streams.add(`delivery-plan-${programmeId}`);
  streams.add(`decision-log-${programmeId}`);
  return [...streams];
}

/** Folds events through every row projection in memory: the rows as they stood then. */
export function foldProgrammeRows(events: StoredEvent[], programmeId: string): ProgrammeRows | null {
  const programme = foldRows(ROW_PROJECTIONS.programmes, events).get(programmeId);
  if (!programme) return null;
  const mine = <R extends { programmeId: string }>(rows: Map<string, R>) => [...rows.values()].filter((r) => r.programmeId === programmeId);
  return {
    programme,
    proposals: mine(foldRows(ROW_PROJECTIONS.proposals, events)),
    benefits: mine(foldRows(ROW_PROJECTIONS.benefits, events)),
    milestones: mine(foldRows(ROW_PROJECTIONS.milestones, events)),
    risks: mine(foldRows(ROW_PROJECTIONS.risks, events)),
    decisions: mine(foldRows(ROW_PROJECTIONS.decisions, events)),
    objectives: mine(foldRows(ROW_PROJECTIONS.objectives, events)),
  };
}

export async function programmeEventsUntil(db: DataSource, store: EventStore, programmeId: string, until?: Date): Promise<StoredEvent[]> {
  return store.readStreams(await programmeStreamIds(store, programmeId), { until });
}

/** The programme now, from the read models. */
export async function programmeNow(db: DataSource, programmeId: string): Promise<ProgrammeSnapshot | null> {
  const rows = await loadProgrammeRows(db, programmeId);
  return rows && buildProgrammeSnapshot(rows);
}

/** The programme as it stood at a moment, built from the events recorded up to then. */
export async function programmeAsAt(db: DataSource, store: EventStore, programmeId: string, at: Date) {
  const events = await programmeEventsUntil(db, store, programmeId, at);
  const rows = foldProgrammeRows(events, programmeId);
  return { events, snapshot: rows && buildProgrammeSnapshot(rows) };
}

/**
 * The programme as the record tells it on a calendar day (business time; see
 * eventsInEffectOn), from what was recorded up to `recordedBy` (default: all of it).
 */
export async function programmeOn(db: DataSource, store: EventStore, programmeId: string, day: string, recordedBy?: Date) {
  const recorded = await programmeEventsUntil(db, store, programmeId, recordedBy);
  const { events, firstDay } = eventsInEffectOn(recorded, day);
  const rows = foldProgrammeRows(events, programmeId);
  return { events, firstDay, recordedEvents: recorded.length, snapshot: rows && buildProgrammeSnapshot(rows) };
}
