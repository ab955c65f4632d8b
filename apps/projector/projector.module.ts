import { ledgerUpcasters, PROJECTOR, READ_DB, ReadSideModule } from '@ledger/catalogue';
import { Controller, Get, Inject, Module, Optional, Req, Res, UnauthorizedException, type DynamicModule } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, EventStoreModule, type EventStore, type EventStoreModuleOptions } from '@ledger/platform/event-store';
import { LoggerModule } from 'nestjs-pino';
import pino, { type Logger } from 'pino';
import type { Options as HttpLogOptions } from 'pino-http';
import { createMetrics, metricsTokenMatches, projectionLag, type Projector } from '@ledger/platform/projection';

/** The bearer token of the projector's GET /metrics (METRICS_TOKEN, as the API's). */
const PROJECTOR_METRICS_TOKEN = Symbol('PROJECTOR_METRICS_TOKEN');

/** The projector's only HTTP: health (is it active, how far behind) and Prometheus metrics. */
@Controller()
class ProjectorHealthController {
  private readonly registry: Registry;

  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTOR) private readonly projector: Projector,
    @Optional() @Inject(PROJECTOR_METRICS_TOKEN) private readonly metricsToken: string | null,
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
  metrics(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    // As the API's: the metrics name the runtime's versions, so only the scraper reads them.
    if (!metricsTokenMatches(request.header('authorization'), this.metricsToken)) {
      throw new UnauthorizedException({
        code: 'METRICS_TOKEN_REQUIRED',
        message: 'Send Authorization: Bearer <METRICS_TOKEN> to read the metrics (none set: metrics are off).',
      });
    }
    response.type('text/plain; version=0.0.4');
    return this.registry.metrics();
  }
}

@Module({})
export class ProjectorAppModule {
  static forRoot(
    databaseUrl: string,
    options: {
      metricsToken?: string;
      /** The process's pino logger (main.ts); silent unless given. */
      logger?: Logger;
      /** The validated configuration as @nestjs/config's module (main.ts). */
      config?: DynamicModule;
      engine?: Pick<EventStoreModuleOptions, 'engine' | 'kurrentdbConnectionString'>;
    } = {},
  ): DynamicModule {
    return {
      module: ProjectorAppModule,
      imports: [
        ...(options.config ? [options.config] : []),
        // Health checks and scrapes are not worth a line each; Nest's and the projections' messages are.
        LoggerModule.forRoot({ pinoHttp: { logger: options.logger ?? pino({ level: 'silent' }), autoLogging: false } satisfies HttpLogOptions }),
        EventStoreModule.forRoot({ databaseUrl, maxConnections: 5, upcasters: ledgerUpcasters(), ...options.engine }),
        ReadSideModule.forRoot({ databaseUrl, runProjector: true }),
      ],
      controllers: [ProjectorHealthController],
      providers: [{ provide: PROJECTOR_METRICS_TOKEN, useValue: options.metricsToken ?? null }],
    };
  }
}
