import { ledgerUpcasters, PROJECTOR, READ_DB, ReadSideModule } from '@ledger/catalogue';
import { Controller, Get, Header, Inject, Module, Res, type DynamicModule } from '@nestjs/common';
import type { Response } from 'express';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, EventStoreModule, type EventStore } from '@ledger/platform/event-store';
import { createMetrics, projectionLag, type Projector } from '@ledger/platform/projection';

/** The projector's only HTTP: health (is it active, how far behind) and Prometheus metrics. */
@Controller()
class ProjectorHealthController {
  private readonly registry: Registry;

  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR) private readonly projector: Projector,
  ) {
    this.registry = createMetrics(db, store, projector);
  }

  @Get('health')
  async health(@Res({ passthrough: true }) res: Response) {
    try {
      const [head, lags] = await Promise.all([this.store.head(), projectionLag(this.db, this.store)]);
      const statuses = new Map(this.projector.statuses().map((s) => [s.name, s]));
      return {
        status: 'ok',
        eventStore: { lastPosition: head.lastPosition, hold: head.hold },
        projections: lags.map((l) => ({ ...l, activeHere: statuses.get(l.name)?.active ?? false, lastError: statuses.get(l.name)?.lastError ?? null })),
      };
    } catch (error) {
      res.status(503);
      return { status: 'error', message: (error as Error).message };
    }
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics() {
    return this.registry.metrics();
  }
}

@Module({})
export class ProjectorAppModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: ProjectorAppModule,
      imports: [EventStoreModule.forRoot({ databaseUrl, maxConnections: 5, upcasters: ledgerUpcasters() }), ReadSideModule.forRoot({ databaseUrl, runProjector: true })],
      controllers: [ProjectorHealthController],
    };
  }
}
