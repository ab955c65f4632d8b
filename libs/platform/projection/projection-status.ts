import type { DataSource } from 'typeorm';
import type { EventStore, LogPosition } from '@ledger/platform/event-store';
import type { Projection } from './projection';
import { comparePositions } from './projection-runner';

export interface ProjectionLag {
  name: string;
  position: number;
  /** Events not yet applied; a lower bound when eventsBehindAtLeast (see EventStore.countAfter). */
  eventsBehind: number;
  /** Present (true) only where the store stopped counting: "at least eventsBehind". */
  eventsBehindAtLeast?: true;
  secondsBehind: number;
  updatedAt: Date;
}

interface CheckpointRow {
  name: string;
  transaction_id: string;
  global_position: string;
  updated_at: Date;
}

const keyOf = (row: CheckpointRow): LogPosition => ({ transactionId: row.transaction_id, globalPosition: Number(row.global_position) });

/**
 * How far each projection is behind the log: events not yet applied, and the age of the
 * oldest. The checkpoints come from the read models, the counts from the event store.
 */
export async function projectionLag(db: DataSource, store: EventStore): Promise<ProjectionLag[]> {
  const rows: CheckpointRow[] = await db.query(
    `SELECT c.name, c.transaction_id::text AS transaction_id, c.global_position, c.updated_at
       FROM projection_checkpoints c
      WHERE c.name NOT LIKE '%#%'
      ORDER BY c.name`,
  );
  const behind = await store.countAfter(rows.map(keyOf));
  const now = Date.now();
  return rows.map((r, i) => ({
    name: r.name,
    position: Number(r.global_position),
    eventsBehind: behind[i].count,
    ...(behind[i].atLeast ? { eventsBehindAtLeast: true as const } : {}),
    secondsBehind: behind[i].oldestRecordedAt ? Math.max(0, (now - behind[i].oldestRecordedAt.getTime()) / 1000) : 0,
    updatedAt: r.updated_at,
  }));
}

/** A projection as read-your-writes sees it: its name and what it reads (only those that read an event need to have applied it). */
export type ProjectionReads = Pick<Projection, 'name' | 'handles'>;

const namesOf = (projections: readonly ProjectionReads[]) => projections.map((p) => p.name);

async function checkpointsOf(db: DataSource, names: readonly string[]): Promise<Map<string, LogPosition>> {
  const rows: CheckpointRow[] = await db.query(
    `SELECT name, transaction_id::text AS transaction_id, global_position, updated_at FROM projection_checkpoints WHERE name = ANY($1)`,
    [names],
  );
  return new Map(rows.map((r) => [r.name, keyOf(r)]));
}

/** Whether every named projection has dealt with the log up to the event at `key` (see projectedState). */
async function stateAt(
  store: EventStore,
  key: LogPosition,
  checkpoints: Map<string, LogPosition>,
  projections: readonly ProjectionReads[],
): Promise<'done' | 'pending'> {
  if (projections.some((p) => !checkpoints.has(p.name))) return 'pending';
  for (const projection of projections) {
    const checkpoint = checkpoints.get(projection.name)!;
    if (comparePositions(checkpoint, key) >= 0) continue;
    const types = projection.handles;
    if (!types || types.has('*') || types.size === undefined) return 'pending';
    if (await store.hasEventOfTypes([...types], checkpoint, key)) return 'pending';
  }
  return 'done';
}

/** A global position (what a write returns) → its full log position, or the full position as given. */
async function keyFor(store: EventStore, position: number | LogPosition): Promise<LogPosition | undefined> {
  return typeof position === 'number' ? store.positionAt(position) : position;
}

/**
 * Whether every named projection has dealt with the log up to this position (a global
 * position, as a write returns it, or a full log position): its checkpoint is past it, or
 * nothing it reads lies between its checkpoint and it (a projection moves its checkpoint
 * over events it ignores lazily). `missing` when no event is at that global position (one
 * never returned by a write).
 */
export async function projectedState(
  db: DataSource,
  store: EventStore,
  position: number | LogPosition,
  projections: readonly ProjectionReads[],
): Promise<'done' | 'pending' | 'missing'> {
  const [key, checkpoints] = await Promise.all([keyFor(store, position), checkpointsOf(db, namesOf(projections))]);
  if (!key) return 'missing';
  return stateAt(store, key, checkpoints, projections);
}

export async function hasProjected(
  db: DataSource,
  store: EventStore,
  position: number | LogPosition,
  projections: readonly ProjectionReads[],
): Promise<boolean> {
  return (await projectedState(db, store, position, projections)) === 'done';
}

/**
 * Read-your-writes: waits until the projections have applied `position`, up to
 * `timeoutMs`. Returns false on timeout, and at once for a position that no write
 * produced (nothing would ever satisfy it). The event's log position is looked up
 * once; each poll then reads only the checkpoints.
 */
export async function waitForProjection(
  db: DataSource,
  store: EventStore,
  position: number | LogPosition,
  projections: readonly ProjectionReads[],
  timeoutMs = 5000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const names = namesOf(projections);
  const [key, first] = await Promise.all([keyFor(store, position), checkpointsOf(db, names)]);
  if (!key) return false;
  let checkpoints = first;
  for (;;) {
    if ((await stateAt(store, key, checkpoints, projections)) === 'done') return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 15));
    checkpoints = await checkpointsOf(db, names);
  }
}
