import type { DataSource } from 'typeorm';

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

/** True once every named projection has applied the event at this global position. */
export async function hasProjected(db: DataSource, position: number, names: readonly string[]): Promise<boolean> {
  const rows: { done: boolean | null; found: string }[] = await db.query(
    `SELECT count(e.*) AS found,
            bool_and((c.transaction_id, c.global_position) >= (e.transaction_id, e.global_position)) AS done
       FROM events e CROSS JOIN projection_checkpoints c
      WHERE e.global_position = $1 AND c.name = ANY($2)`,
    [position, names],
  );
  const found = Number(rows[0]?.found ?? 0);
  // A position that does not exist (yet) is not projected; one every projection passed is.
  return found > 0 && found >= names.length && rows[0].done === true;
}

/**
 * Read-your-writes: waits until the projections have applied `position`, up to
 * `timeoutMs`. Returns false on timeout (the caller then serves what it has and says so).
 */
export async function waitForProjection(
  db: DataSource,
  position: number,
  names: readonly string[],
  timeoutMs = 5000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await hasProjected(db, position, names)) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 15));
  }
}
