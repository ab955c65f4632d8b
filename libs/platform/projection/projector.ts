import type { Client } from 'pg';
import { newPgClient } from '@ledger/platform/database';
import type { DataSource } from 'typeorm';
import type { EventStore, LogPosition, RawStoredEvent, StoredEvent } from '@ledger/platform/event-store';
import type { Projection } from './projection';
import { CheckpointMovedError, lockKey, ProjectionRunner, type ProjectionStatus } from './projection-runner';

export interface ProjectorOptions {
  databaseUrl: string;
  /** Most events one read (and one transaction a projection) takes; default DEFAULT_BATCH. */
  batchSize?: number;
  idleMs?: number;
  /** How often a waiting projector tries to take over. */
  takeoverMs?: number;
  log?: (message: string) => void;
  /**
   * How many projections apply a batch at once (default 4), each holding a connection of the
   * read models' pool meanwhile: leave the rest of the pool to the readers sharing it.
   */
  concurrency?: number;
}

/**
 * The limit only bites when a projector is behind (a catch-up, a new read-model database):
 * caught up, a read returns what is new. A row projection writes a row once a batch however
 * many events touch it, so behind, a larger batch is proportionally fewer rewrites (1,000 made
 * a benefit's row be rewritten ~20 times a year of quarterly reporting at 2,000 benefits).
 */
export const DEFAULT_BATCH = 10_000;

/**
 * Runs every projection whose advisory lock this process holds. Several
 * projectors may run: one is active per projection, the others wait, and take
 * over within `takeoverMs` when the active one dies (its session, and so its
 * lock, ends with it).
 */
export class Projector {
  private readonly runners: ProjectionRunner[];
  private lockClient?: Client;
  private readonly held = new Set<string>();
  private stopped = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
    projections: readonly Projection[],
    private readonly options: ProjectorOptions,
  ) {
    // The audit chain and tree both re-read each batch as stored: one read serves both.
    const shared = sharingRawReads(store);
    this.runners = projections.map(
      (p) => new ProjectionRunner(db, shared, p, { batchSize: options.batchSize ?? DEFAULT_BATCH }),
    );
  }

  statuses(): ProjectionStatus[] {
    return this.runners.map((r) => ({ ...r.status }));
  }

  start(): void {
    this.stopped = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.releaseLocks();
  }

  private async run(): Promise<void> {
    let lastTakeover = 0;
    while (!this.stopped) {
      try {
        if (Date.now() - lastTakeover >= (this.options.takeoverMs ?? 1000) || !this.lockClient) {
          await this.acquireLocks();
          lastTakeover = Date.now();
        }
        let progressed = false;
        // One read of the log per position this round: runners at the same position (all of
        // them, once caught up) share the batch instead of each reading and parsing it.
        const batches = new Map<string, Promise<StoredEvent[]>>();
        const batchAfter = (after: LogPosition): Promise<StoredEvent[]> => {
          const key = `${after.transactionId}/${after.globalPosition}`;
          let batch = batches.get(key);
          if (batch === undefined) {
            batch = this.store.readAll({ after, limit: this.options.batchSize ?? DEFAULT_BATCH });
            batches.set(key, batch);
          }
          return batch;
        };
        const active = this.runners.filter((runner) => this.held.has(runner.projection.name));
        // The runners apply side by side, each in its own transaction on its own tables: the
        // database writes one projection's rows while this process computes another's (hashes,
        // sentences) — in turn, the slowest projection's round trips paced all the others.
        const results = await settledInTurn(
          active,
          this.options.concurrency ?? 4,
          async (runner) => {
            if (this.stopped) return;
            try {
              if ((await runner.applyReadBatch(await batchAfter(runner.readPosition))) > 0) progressed = true;
              runner.status.lastError = undefined;
            } catch (error) {
              runner.status.lastError = (error as Error).message;
              if (error instanceof CheckpointMovedError) await runner.loadCheckpoint();
              else throw error;
            }
          },
        );
        const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
        if (failed) throw failed.reason;
        if (!progressed) await this.sleep(this.options.idleMs ?? 100);
      } catch (error) {
        this.options.log?.(`projector: ${(error as Error).message}; retrying`);
        await this.releaseLocks();
        await this.sleep(1000);
      }
    }
  }

  private async acquireLocks(): Promise<void> {
    if (!this.lockClient) {
      const client = newPgClient(this.options.databaseUrl, { application_name: 'ledger-projector-lock' });
      client.on('error', () => {
        // The session is gone and its locks with it: stop applying until re-acquired.
        this.held.clear();
        for (const r of this.runners) r.status.active = false;
        if (this.lockClient === client) this.lockClient = undefined;
      });
      await client.connect();
      this.lockClient = client;
    }
    for (const runner of this.runners) {
      const name = runner.projection.name;
      if (this.held.has(name)) continue;
      const { rows } = await this.lockClient.query('SELECT pg_try_advisory_lock($1::bigint) AS ok', [lockKey(name)]);
      if (rows[0].ok) {
        await runner.loadCheckpoint();
        this.held.add(name);
        runner.status.active = true;
        this.options.log?.(`projector: now active for ${name}`);
      }
    }
  }

  private async releaseLocks(): Promise<void> {
    this.held.clear();
    for (const r of this.runners) r.status.active = false;
    const client = this.lockClient;
    this.lockClient = undefined;
    await client?.end().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

/**
 * The store, with `readRawAt` remembering its last few answers: projections applying the same
 * batch side by side (the audit chain, the Merkle tree) then read the batch as stored once.
 * Safe to share: a stored event never changes.
 */
export function sharingRawReads(store: EventStore, keep = 2): EventStore {
  const recent = new Map<string, Promise<RawStoredEvent[]>>();
  const readRawAt = (positions: readonly LogPosition[]): Promise<RawStoredEvent[]> => {
    const key = positions.map((p) => `${p.transactionId}/${p.globalPosition}`).join(',');
    let read = recent.get(key);
    if (read === undefined) {
      read = store.readRawAt(positions);
      recent.set(key, read);
      // A failed read is not remembered: the next caller tries again.
      read.catch(() => recent.delete(key));
      while (recent.size > keep) recent.delete(recent.keys().next().value!);
    }
    return read;
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'readRawAt') return readRawAt;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Runs `work` over `items`, at most `limit` at a time, and settles them all (failures included). */
async function settledInTurn<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<PromiseSettledResult<void>[]> {
  const results: PromiseSettledResult<void>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        await work(items[index]);
        results[index] = { status: 'fulfilled', value: undefined };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
