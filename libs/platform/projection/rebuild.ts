import type { DataSource } from 'typeorm';
import { LOG_START, type EventStore, type LogPosition } from '@ledger/platform/event-store';
import type { Projection, TableNames } from './projection';
import { ProjectionRunner, readCheckpoint } from './projection-runner';
import { DEFAULT_BATCH } from './projector';

export interface RebuildProgress {
  applied: number;
  position: LogPosition;
  /** Events in the log when the rebuild began; a lower bound when totalAtLeast. */
  total: number;
  /** True where the store stopped counting (KurrentDB: see EventStore.countAfter). */
  totalAtLeast: boolean;
}

const shadowOf = (table: string) => `${table}__shadow`;

/**
 * How many events the log holds in all (for a progress bar's total): exact on PostgreSQL;
 * an adapter that must read the log to count stops at a million and says so.
 */
async function countEvents(store: EventStore): Promise<{ total: number; totalAtLeast: boolean }> {
  const [all] = await store.countAfter([LOG_START], { atMost: 1_000_000 });
  return { total: all.count, totalAtLeast: all.atLeast };
}

/**
 * Rebuilds one projection from the whole log into shadow tables while the live
 * ones keep serving, then swaps them in. The swap locks the live tables (so the
 * active runner pauses), brings the shadow exactly to the live checkpoint, and
 * renames — readers never see a half-built table and no event is lost or doubled.
 */
export async function rebuildProjection(
  db: DataSource,
  store: EventStore,
  projection: Projection,
  options: { batchSize?: number; onProgress?: (p: RebuildProgress) => void; swap?: boolean } = {},
): Promise<{ applied: number; position: LogPosition }> {
  const checkpointName = `${projection.name}#rebuild`;
  const tables: TableNames = Object.fromEntries(projection.tables.map((t) => [t, shadowOf(t)]));
  for (const table of projection.tables) {
    await db.query(`DROP TABLE IF EXISTS "${shadowOf(table)}"`);
    await db.query(`CREATE TABLE "${shadowOf(table)}" (LIKE "${table}" INCLUDING ALL)`);
  }
  await db.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [checkpointName]);
  const runner = new ProjectionRunner(db, store, projection, { checkpointName, tables, batchSize: options.batchSize ?? DEFAULT_BATCH });
  await runner.loadCheckpoint();
  const { total, totalAtLeast } = await countEvents(store);
  let applied = await runner.catchUp(undefined, (position, count) =>
    options.onProgress?.({ applied: count, position, total, totalAtLeast }),
  );
  if (options.swap === false) return { applied, position: runner.status.position };

  await db.query(`INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT DO NOTHING`, [projection.name]);
  await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL lock_timeout = '30s'`);
    await tx.query(`LOCK TABLE ${projection.tables.map((t) => `"${t}"`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    await tx.query(`SELECT 1 FROM projection_checkpoints WHERE name = $1 FOR UPDATE`, [projection.name]);
    const live = await readCheckpoint(db, projection.name);
    // The shadow may be behind the live tables (or ahead of them): meet exactly at the live checkpoint.
    applied += await runner.catchUp(undefined, undefined, live);
    const shadowAt = runner.status.position;
    for (const table of projection.tables) {
      await tx.query(`ALTER TABLE "${table}" RENAME TO "${table}__old"`);
      await tx.query(`ALTER TABLE "${shadowOf(table)}" RENAME TO "${table}"`);
      await tx.query(`DROP TABLE "${table}__old"`);
    }
    await tx.query(
      `UPDATE projection_checkpoints SET transaction_id = $2::xid8, global_position = $3, updated_at = now() WHERE name = $1`,
      [projection.name, shadowAt.transactionId, shadowAt.globalPosition],
    );
    await tx.query(`DELETE FROM projection_checkpoints WHERE name = $1`, [checkpointName]);
  });
  return { applied, position: runner.status.position };
}
