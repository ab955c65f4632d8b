import type { DataSource } from 'typeorm';
import { allProjections } from './projections';

export interface ProjectionLag {
  name: string;
  position: number;
  eventsBehind: number;
  secondsBehind: number;
  updatedAt: Date;
}

/** How far each projection is behind the log: events not yet applied, and the age of the oldest. */
export async function projectionLag(db: DataSource): Promise<ProjectionLag[]> {
  const rows: { name: string; global_position: string; behind: string; oldest: Date | null; updated_at: Date }[] = await db.query(
    `SELECT c.name, c.global_position, c.updated_at, b.behind, b.oldest
       FROM projection_checkpoints c,
            LATERAL (SELECT count(*) AS behind, min(e.recorded_at) AS oldest
                       FROM events e
                      WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)) b
      WHERE c.name NOT LIKE '%#%'
      ORDER BY c.name`,
  );
  const now = Date.now();
  return rows.map((r) => ({
    name: r.name,
    position: Number(r.global_position),
    eventsBehind: Number(r.behind),
    secondsBehind: r.oldest ? Math.max(0, (now - r.oldest.getTime()) / 1000) : 0,
    updatedAt: r.updated_at,
  }));
}

/** What each projection reads, by name: only those that read an event need to have applied it. */
let handlesByName: Map<string, ReadonlySet<string>> | undefined;
function handles(name: string): ReadonlySet<string> | undefined {
  handlesByName ??= new Map(allProjections().map((p) => [p.name, p.handles]));
  return handlesByName.get(name);
}

/**
 * Whether every named projection has dealt with the log up to this global position:
 * its checkpoint is past it, or nothing it reads lies between its checkpoint and it
 * (a projection moves its checkpoint over events it ignores lazily).
 * `missing` when no such event exists (a position never returned by a write).
 */
export async function projectedState(db: DataSource, position: number, names: readonly string[]): Promise<'done' | 'pending' | 'missing'> {
  const rows: { name: string | null; past: boolean | null; found: boolean }[] = await db.query(
    `SELECT c.name, (c.transaction_id, c.global_position) >= (e.transaction_id, e.global_position) AS past, true AS found
       FROM events e LEFT JOIN projection_checkpoints c ON c.name = ANY($2)
      WHERE e.global_position = $1`,
    [position, names],
  );
  if (rows.length === 0) return 'missing';
  const checkpointed = new Set(rows.filter((r) => r.name !== null).map((r) => r.name as string));
  if (names.some((n) => !checkpointed.has(n))) return 'pending';
  for (const row of rows) {
    if (row.past) continue;
    const types = handles(row.name as string);
    if (!types || types.has('*') || types.size === undefined) return 'pending';
    const [{ pending }]: { pending: boolean }[] = await db.query(
      `SELECT EXISTS (
         SELECT 1 FROM events x, projection_checkpoints c, events e
          WHERE c.name = $1 AND e.global_position = $2 AND x.event_type = ANY($3)
            AND (x.transaction_id, x.global_position) > (c.transaction_id, c.global_position)
            AND (x.transaction_id, x.global_position) <= (e.transaction_id, e.global_position)) AS pending`,
      [row.name, position, [...types]],
    );
    if (pending) return 'pending';
  }
  return 'done';
}

export async function hasProjected(db: DataSource, position: number, names: readonly string[]): Promise<boolean> {
  return (await projectedState(db, position, names)) === 'done';
}

/**
 * Read-your-writes: waits until the projections have applied `position`, up to
 * `timeoutMs`. Returns false on timeout, and at once for a position that no write
 * produced (nothing would ever satisfy it).
 */
export async function waitForProjection(
  db: DataSource,
  position: number,
  names: readonly string[],
  timeoutMs = 5000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await projectedState(db, position, names);
    if (state !== 'pending') return state === 'done';
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 15));
  }
}
