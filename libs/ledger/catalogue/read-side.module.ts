import { Global, Inject, Logger, Module, Optional, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { createReadModelDataSource, dropUncleanConnections, openReadModels } from './data-source';
import { Projector } from '@ledger/platform/projection';
import { allProjections } from './projections';

export const READ_DB = Symbol('READ_DB');
export const PROJECTOR = Symbol('PROJECTOR');
/**
 * Where queries read the read models: READ_DB itself, or with a read URL (DATABASE_READ_URL) a
 * hot standby, except inside `answerFromPrimary` (read-your-writes past its bound on the standby).
 */
export const QUERY_DB = Symbol('QUERY_DB');

const fromPrimary = new AsyncLocalStorage<true>();

/** Runs `fn` (and what it starts) with QUERY_DB on the primary's read models. */
export function answerFromPrimary<T>(fn: () => T): T {
  return fromPrimary.run(true, fn);
}

/** QUERY_DB: the standby's source, turned to the primary's inside answerFromPrimary. */
function primaryWhenAsked(standby: DataSource, primary: DataSource): DataSource {
  return new Proxy(standby, {
    get(target, property) {
      const source = fromPrimary.getStore() ? primary : target;
      const value = Reflect.get(source, property, source) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(source) : value;
    },
  });
}

export interface ReadSideOptions {
  databaseUrl: string;
  /** Run the projector in this process (the embedded default does). */
  runProjector: boolean;
  /** How long a read-model query may wait for the server (unset: no limit). */
  queryTimeoutMs?: number;
  /** Queries read from here (a hot standby; `target_session_attrs=prefer-standby` welcome); unset: databaseUrl. */
  readUrl?: string;
}

class ReadSideLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Optional() @Inject(PROJECTOR) private readonly projector: Projector | null,
    @Inject(QUERY_DB) private readonly queryDb: DataSource,
  ) {}
  onApplicationBootstrap() {
    this.projector?.start();
  }
  async onApplicationShutdown() {
    await this.projector?.stop();
    if (this.queryDb !== this.db && this.queryDb.isInitialized) await this.queryDb.destroy();
    if (this.db.isInitialized) await this.db.destroy();
  }
}

/** The read models (TypeORM) and, where configured, the projector that fills them. */
@Global()
@Module({})
export class ReadSideModule {
  static forRoot(options: ReadSideOptions): DynamicModule {
    return {
      module: ReadSideModule,
      providers: [
        {
          provide: READ_DB,
          inject: [EVENT_STORE],
          // The read side's migrations index the events table: the store's schema comes first.
          useFactory: async (store: EventStore & { migrate?: () => Promise<unknown> }) => {
            const applied = await store.migrate?.();
            // A restored log moves the event log clock on (event-store/postgres/log-clock.ts): say so.
            for (const line of Array.isArray(applied) ? applied : []) {
              if (typeof line === 'string' && line.startsWith('event log clock')) new Logger('EventStore').warn(line);
            }
            return openReadModels(options.databaseUrl, { queryTimeoutMs: options.queryTimeoutMs });
          },
        },
        {
          provide: QUERY_DB,
          inject: [READ_DB],
          useFactory: async (primary: DataSource) => {
            if (!options.readUrl) return primary;
            // No migrations here: a standby is read-only and replays the primary's schema.
            const standby = createReadModelDataSource(options.readUrl, { queryTimeoutMs: options.queryTimeoutMs });
            await standby.initialize();
            dropUncleanConnections(standby);
            const [{ r }] = (await standby.query('SELECT pg_is_in_recovery() AS r')) as { r: boolean }[];
            new Logger('ReadSide').log(`Queries read from ${r ? 'a hot standby' : 'a primary'} (DATABASE_READ_URL)`);
            return primaryWhenAsked(standby, primary);
          },
        },
        {
          provide: PROJECTOR,
          inject: [READ_DB, EVENT_STORE],
          useFactory: (db: DataSource, store: EventStore) => {
            if (!options.runProjector) return null;
            const logger = new Logger('Projector');
            // Two projections at a time: the API's readers share this pool with its projector.
            return new Projector(db, store, allProjections(), { databaseUrl: options.databaseUrl, log: (m) => logger.log(m), idleMs: 50, concurrency: 2 });
          },
        },
        ReadSideLifecycle,
      ],
      exports: [READ_DB, QUERY_DB, PROJECTOR],
    };
  }
}
