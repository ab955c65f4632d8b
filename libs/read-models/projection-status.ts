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
 * Whether every named projection that reads the event at this global position has
 * applied it (one that ignores it may move its checkpoint past it lazily);
 * `missing` when no such event exists (a position never returned by a write).
 */
export async function projectedState(db: DataSource, position: number, names: readonly string[]): Promise<'done' | 'pending' | 'missing'> {
  const [event]: { event_type: string }[] = await db.query(`SELECT event_type FROM events WHERE global_position = $1`, [position]);
  if (!event) return 'missing';
  const readers = names.filter((n) => handles(n)?.has(event.event_type) ?? true);
  if (readers.length === 0) return 'done';
  const rows: { done: boolean | null }[] = await db.query(
    `SELECT bool_and((c.transaction_id, c.global_position) >= (e.transaction_id, e.global_position))
            AND count(*) >= cardinality($2::text[]) AS done
       FROM events e CROSS JOIN projection_checkpoints c
      WHERE e.global_position = $1 AND c.name = ANY($2)`,
    [position, readers],
  );
  return rows[0]?.done === true ? 'done' : 'pending';
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
