import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { LOG_START, type EventStore, type LogPosition, type StoredEvent } from '@ledger/platform/event-store';
import type { Projection, TableNames } from './projection';

export interface ProjectionStatus {
  name: string;
  active: boolean;
  position: LogPosition;
  lastAppliedAt?: Date;
  lastRecordedAt?: Date;
  lastError?: string;
}

export interface RunnerOptions {
  batchSize?: number;
  idleMs?: number;
  /** Checkpoint name and table names, when rebuilding into shadow tables. */
  checkpointName?: string;
  tables?: TableNames;
  /** How long a runner may leave its checkpoint behind over events it ignores (default 1 s). */
  idleCheckpointMs?: number;
  log?: (message: string) => void;
}

/** A 64-bit advisory lock key per projection name. */
export function lockKey(name: string): string {
  return BigInt.asIntN(64, BigInt('0x' + createHash('sha256').update(`projection:${name}`).digest('hex').slice(0, 16))).toString();
}

export async function readCheckpoint(db: DataSource, name: string): Promise<LogPosition> {
  const rows: { transaction_id: string; global_position: string }[] = await db.query(
    `SELECT transaction_id::text, global_position FROM projection_checkpoints WHERE name = $1`,
    [name],
  );
  return rows[0] ? { transactionId: rows[0].transaction_id, globalPosition: Number(rows[0].global_position) } : LOG_START;
}

/**
 * Applies events from the global log to one projection, batch by batch, writing
 * the rows and the checkpoint in ONE transaction. The checkpoint update is
 * conditional on the position it started from, so even two runners that both
 * believe they are active can never apply a batch twice.
 */
export class ProjectionRunner {
  /** How far this runner has read (events it ignores move it without a write). */
  private position: LogPosition = LOG_START;
  /** The checkpoint as last written: conditional updates compare against it. */
  private stored: LogPosition = LOG_START;
  private storedAt = 0;
  readonly status: ProjectionStatus;
  private readonly checkpointName: string;

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    readonly projection: Projection,
    private readonly options: RunnerOptions = {},
  ) {
    this.checkpointName = options.checkpointName ?? projection.name;
    this.status = { name: this.checkpointName, active: false, position: LOG_START };
  }

  async loadCheckpoint(): Promise<LogPosition> {
    await this.db.query(`INSERT INTO projection_checkpoints (name) VALUES ($1) ON CONFLICT DO NOTHING`, [this.checkpointName]);
    this.position = await readCheckpoint(this.db, this.checkpointName);
    this.stored = this.position;
    this.storedAt = Date.now();
    this.status.position = this.position;
    return this.position;
  }

  /** How far this runner has read: the next batch starts after it. */
  get readPosition(): LogPosition {
    return this.position;
  }

  /** Applies at most one batch, never past `until`; returns how many events it applied (0 = caught up). */
  async step(until?: LogPosition): Promise<number> {
    return this.applyRead(await this.read(this.position, until));
  }

  /**
   * Applies `events`, the batch after readPosition as read by someone else (the projector
   * reads once for all runners at the same position). The events are shared: not changed here.
   */
  async applyRead(events: readonly StoredEvent[]): Promise<number> {
    if (events.length === 0) {
      if (Date.now() - this.storedAt >= (this.options.idleCheckpointMs ?? 1000)) await this.flush();
      return 0;
    }
    await this.applyBatch(events);
    return events.length;
  }

  /**
   * Steps until the log holds nothing newer (or the signal aborts). The next
   * batch is read while the current one is applied: a catch-up or rebuild is
   * then bounded by the slower of the two, not their sum.
   */
  async catchUp(
    signal?: AbortSignal,
    onProgress?: (position: LogPosition, count: number) => void,
    until?: LogPosition,
  ): Promise<number> {
    let total = 0;
    let next = this.read(this.position, until);
    for (;;) {
      const events = await next;
      if (events.length === 0 || signal?.aborted) {
        await this.flush();
        return total;
      }
      const last = events[events.length - 1];
      next = this.read({ transactionId: last.transactionId, globalPosition: last.globalPosition }, until);
      // If applying fails, the read ahead is abandoned: keep its rejection from going unhandled.
      next.catch(() => undefined);
      await this.applyBatch(events);
      total += events.length;
      onProgress?.(this.position, total);
    }
  }

  private async read(after: LogPosition, until?: LogPosition): Promise<StoredEvent[]> {
    const events = await this.store.readAll({ after, limit: this.options.batchSize ?? 1000 });
    return until ? events.filter((e) => comparePositions(e, until) <= 0) : events;
  }

  private async checkpointIs(tx: EntityManager, expected: LogPosition): Promise<boolean> {
    const rows: { ok: boolean }[] = await tx.query(
      `SELECT transaction_id = $2::xid8 AND global_position = $3 AS ok FROM projection_checkpoints WHERE name = $1`,
      [this.checkpointName, expected.transactionId, expected.globalPosition],
    );
    return rows[0]?.ok === true;
  }

  private async applyBatch(events: readonly StoredEvent[]): Promise<void> {
    const from = this.stored;
    const last = events[events.length - 1];
    const to: LogPosition = { transactionId: last.transactionId, globalPosition: last.globalPosition };
    const relevant = events.filter((e) => this.projection.handles.has(e.type));
    const tables = this.options.tables ?? {};
    // A batch this projection ignores writes nothing, and its checkpoint at most once a
    // second: re-reading ignored events after a crash is harmless, a commit per batch is not.
    if (relevant.length === 0 && Date.now() - this.storedAt < (this.options.idleCheckpointMs ?? 1000)) {
      this.advance(to, last.recordedAt);
      return;
    }
    await this.db.transaction(async (tx) => {
      // Cheap early check (no lock, so a rebuild's swap keeps its lock order): if the
      // checkpoint moved under us, stop before writing rows rather than fail on them.
      if (!(await this.checkpointIs(tx, from))) throw new CheckpointMovedError(this.checkpointName);
      if (relevant.length > 0) await this.projection.apply(tx, relevant, tables, { store: this.store });
      const [{ moved }]: { moved: number }[] = await tx.query(
        `WITH updated AS (
           UPDATE projection_checkpoints
              SET transaction_id = $2::xid8, global_position = $3, updated_at = now(), last_recorded_at = $6
            WHERE name = $1 AND transaction_id = $4::xid8 AND global_position = $5
            RETURNING name)
         SELECT count(*)::int AS moved FROM updated`,
        [this.checkpointName, to.transactionId, to.globalPosition, from.transactionId, from.globalPosition, last.recordedAt],
      );
      if (moved !== 1) {
        throw new CheckpointMovedError(this.checkpointName);
      }
    });
    this.stored = to;
    this.storedAt = Date.now();
    this.advance(to, last.recordedAt);
  }

  /** Writes the checkpoint up to what this runner has read, if it lags (events it ignored). */
  async flush(): Promise<void> {
    if (comparePositions(this.position, this.stored) === 0) {
      this.storedAt = Date.now();
      return;
    }
    const from = this.stored;
    const to = this.position;
    await this.db.transaction(async (tx) => {
      if (!(await this.checkpointIs(tx, from))) throw new CheckpointMovedError(this.checkpointName);
      await tx.query(
        `UPDATE projection_checkpoints SET transaction_id = $2::xid8, global_position = $3, updated_at = now()
          WHERE name = $1 AND transaction_id = $4::xid8 AND global_position = $5`,
        [this.checkpointName, to.transactionId, to.globalPosition, from.transactionId, from.globalPosition],
      );
    });
    this.stored = to;
    this.storedAt = Date.now();
  }

  private advance(to: LogPosition, recordedAt: Date): void {
    this.position = to;
    this.status.position = to;
    this.status.lastAppliedAt = new Date();
    this.status.lastRecordedAt = recordedAt;
  }
}

/** Orders two log positions as readers see them: by transaction id, then position. */
export function comparePositions(a: LogPosition, b: LogPosition): number {
  const ta = BigInt(a.transactionId);
  const tb = BigInt(b.transactionId);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.globalPosition - b.globalPosition;
}

/** Another runner advanced the checkpoint: this one's batch was rolled back, not applied twice. */
export class CheckpointMovedError extends Error {
  constructor(name: string) {
    super(`The checkpoint of ${name} was moved by another runner; the batch was rolled back`);
  }
}
