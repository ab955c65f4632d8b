import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { UpcasterRegistry } from './upcasters';

export interface EventStoreModuleOptions {
  databaseUrl: string;
  upcasters?: UpcasterRegistry;
  /** Pool size; several apps share one server, so keep it modest. */
  maxConnections?: number;
}

class EventStoreLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}
  async onModuleInit() {
    await this.store.migrate();
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
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: () =>
            new PostgresEventStore({
              connectionString: options.databaseUrl,
              upcasters: options.upcasters,
              poolConfig: { max: options.maxConnections ?? 20 },
            }),
        },
        { provide: PostgresEventStore, useExisting: EVENT_STORE },
        EventStoreLifecycle,
      ],
      exports: [EVENT_STORE, PostgresEventStore],
    };
  }
}
