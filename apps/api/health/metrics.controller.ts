import { Controller, Get, Header, Inject, Optional } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { createMetrics, type Projector } from '@ledger/read-models';
import { PROJECTOR, READ_DB } from '@ledger/read-models';
import { Public } from '../auth/access.decorators';

/** Prometheus metrics: projection lag, event-log hold, process metrics. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly registry: Registry;

  constructor(
    @Inject(READ_DB) db: DataSource,
    @Inject(EVENT_STORE) store: EventStore,
    @Optional() @Inject(PROJECTOR) projector: Projector | null,
  ) {
    this.registry = createMetrics(db, store, projector);
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
