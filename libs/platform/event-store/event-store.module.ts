import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit, type Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from './event-store.port';
import { KurrentDBEventStore } from './kurrentdb/kurrentdb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { UpcasterRegistry } from './upcasters';

export type EventStoreEngine = 'postgres' | 'kurrentdb';

export interface EventStoreModuleOptions {
  databaseUrl: string;
  /** How old schema versions read today: the ledger's (ledgerUpcasters), passed in; the store knows no event type. */
  upcasters: UpcasterRegistry;
  /** Pool size; several apps share one server, so keep it modest. */
  maxConnections?: number;
  /** PostgreSQL: how long a query may wait for the server (see PostgresEventStoreOptions). */
  queryTimeoutMs?: number;
  /** Which event store: `postgres` (default) or `kurrentdb` (the apps pass EVENT_STORE_ENGINE). */
  engine?: EventStoreEngine;
  /** KurrentDB's connection string (the apps pass KURRENTDB_CONNECTION_STRING). */
  kurrentdbConnectionString?: string;
  /**
   * A store made by the caller, used as it is instead of one of `engine` (tests: the
   * KurrentDB adapter on an in-memory model of the server). The module still migrates
   * it at start and closes it at shutdown.
   */
  store?: EventStore & { migrate?: () => Promise<unknown> };
}

/** An event store with its schema step: what the module provides, and what tools open. */
export type MigratableEventStore = EventStore & { migrate(): Promise<string[]> };

/**
 * The event store of the selected engine (see resolveEventStoreEngine), not yet migrated:
 * for tools (the CLI) that open one outside Nest.
 */
export function createEventStore(
  options: Pick<EventStoreModuleOptions, 'databaseUrl' | 'upcasters' | 'maxConnections' | 'queryTimeoutMs' | 'engine' | 'kurrentdbConnectionString'>,
  env: EngineSettings = {},
): MigratableEventStore {
  const selected = resolveEventStoreEngine(options, env);
  if (selected.engine === 'kurrentdb') {
    return new KurrentDBEventStore({ connectionString: selected.connectionString, upcasters: options.upcasters });
  }
  return new PostgresEventStore({
    connectionString: options.databaseUrl,
    upcasters: options.upcasters,
    poolConfig: { max: options.maxConnections ?? 20 },
    queryTimeoutMs: options.queryTimeoutMs,
  });
}

/** The settings an app's configuration holds for the engine (its variables' names). */
export interface EngineSettings {
  EVENT_STORE_ENGINE?: string;
  KURRENTDB_CONNECTION_STRING?: string;
}

/**
 * The engine and its connection, from the options or else the settings given (the app's
 * validated EVENT_STORE_ENGINE, KURRENTDB_CONNECTION_STRING); PostgreSQL when neither says.
 * The platform reads no environment itself.
 */
export function resolveEventStoreEngine(
  options: Pick<EventStoreModuleOptions, 'engine' | 'kurrentdbConnectionString'>,
  env: EngineSettings = {},
): { engine: 'postgres' } | { engine: 'kurrentdb'; connectionString: string } {
  const engine = (options.engine ?? env.EVENT_STORE_ENGINE ?? 'postgres').trim().toLowerCase();
  if (engine === 'postgres' || engine === '') return { engine: 'postgres' };
  if (engine === 'kurrentdb') {
    const connectionString = options.kurrentdbConnectionString ?? env.KURRENTDB_CONNECTION_STRING;
    if (!connectionString) {
      throw new Error('EVENT_STORE_ENGINE=kurrentdb needs KURRENTDB_CONNECTION_STRING, e.g. kurrentdb://localhost:2113?tls=false');
    }
    return { engine: 'kurrentdb', connectionString };
  }
  throw new Error(`EVENT_STORE_ENGINE must be postgres or kurrentdb, not "${engine}"`);
}

class EventStoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore & { migrate?: () => Promise<unknown> }) {}
  async onModuleInit() {
    const applied = await this.store.migrate?.();
    // A restored log moves the log clock on (postgres/log-clock.ts): say so.
    for (const line of Array.isArray(applied) ? applied : []) {
      if (typeof line === 'string' && line.startsWith('event log clock')) new Logger('EventStore').warn(line);
    }
  }
  async onApplicationShutdown() {
    await this.store.close();
  }
}

/** Provides the event store (`@Inject(EVENT_STORE)`) and migrates its schema at start. */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    // A given store, or the selected engine's (made once, when Nest asks for it).
    const postgres = options.store ? options.store instanceof PostgresEventStore : resolveEventStoreEngine(options).engine === 'postgres';
    const providers: Provider[] = [
      { provide: EVENT_STORE, useFactory: () => options.store ?? createEventStore(options) },
      ...(postgres ? [{ provide: PostgresEventStore, useExisting: EVENT_STORE }] : []),
    ];
    return {
      module: EventStoreModule,
      providers: [...providers, EventStoreLifecycle],
      exports: postgres ? [EVENT_STORE, PostgresEventStore] : [EVENT_STORE],
    };
  }
}
