import { Global, Inject, Logger, Module, Optional, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { openReadModels } from './data-source';
import { Projector } from '@ledger/platform/projection';
import { allProjections } from './projections';

export const READ_DB = Symbol('READ_DB');
export const PROJECTOR = Symbol('PROJECTOR');

export interface ReadSideOptions {
  databaseUrl: string;
  /** Run the projector in this process (the embedded default does). */
  runProjector: boolean;
  /** How long a read-model query may wait for the server (unset: no limit). */
  queryTimeoutMs?: number;
}

class ReadSideLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Optional() @Inject(PROJECTOR) private readonly projector: Projector | null,
  ) {}
  onApplicationBootstrap() {
    this.projector?.start();
  }
  async onApplicationShutdown() {
    await this.projector?.stop();
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
          provide: PROJECTOR,
          inject: [READ_DB, EVENT_STORE],
          useFactory: (db: DataSource, store: EventStore) => {
            if (!options.runProjector) return null;
            const logger = new Logger('Projector');
            return new Projector(db, store, allProjections(), { databaseUrl: options.databaseUrl, log: (m) => logger.log(m), idleMs: 50 });
          },
        },
        ReadSideLifecycle,
      ],
      exports: [READ_DB, PROJECTOR],
    };
  }
}
