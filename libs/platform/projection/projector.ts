import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { EventStore, StoredEvent } from '@ledger/platform/event-store';
import type { Projection } from './projection';
import { CheckpointMovedError, lockKey, ProjectionRunner, type ProjectionStatus } from './projection-runner';

export interface ProjectorOptions {
  databaseUrl: string;
  batchSize?: number;
  idleMs?: number;
  /** How often a waiting projector tries to take over. */
  takeoverMs?: number;
  log?: (message: string) => void;
}

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
    this.runners = projections.map(
      (p) => new ProjectionRunner(db, store, p, { batchSize: options.batchSize ?? 1000 }),
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
        for (const runner of this.runners) {
          if (!this.held.has(runner.projection.name) || this.stopped) continue;
          const after = runner.readPosition;
          const key = `${after.transactionId}/${after.globalPosition}`;
          let batch = batches.get(key);
          if (batch === undefined) {
            batch = this.store.readAll({ after, limit: this.options.batchSize ?? 1000 });
            batch.catch(() => undefined); // awaited below; a failure is handled there
            batches.set(key, batch);
          }
          try {
            if ((await runner.applyRead(await batch)) > 0) progressed = true;
            runner.status.lastError = undefined;
          } catch (error) {
            runner.status.lastError = (error as Error).message;
            if (error instanceof CheckpointMovedError) await runner.loadCheckpoint();
            else throw error;
          }
        }
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
      const client = new Client({ connectionString: this.options.databaseUrl, application_name: 'ledger-projector-lock' });
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
