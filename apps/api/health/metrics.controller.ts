import { Controller, Get, Inject, Optional, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { createMetrics, metricsTokenMatches, type Projector } from '@ledger/platform/projection';
import { PROJECTOR, READ_DB } from '@ledger/catalogue';
import { Public } from '../auth/access.decorators';

/** The bearer token Prometheus sends to GET /metrics (METRICS_TOKEN); none: /metrics answers nobody. */
export const METRICS_TOKEN = Symbol('METRICS_TOKEN');

/**
 * Prometheus metrics: projection lag, event-log hold, process metrics (which name the
 * Node.js version, so never shown anonymously). Public to the sign-in guard: the scraper
 * holds no user account, it sends `Authorization: Bearer <METRICS_TOKEN>` instead.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly registry: Registry;
  private readonly token: string | null;

  constructor(
    @Inject(READ_DB) db: DataSource,
    @Inject(EVENT_STORE) store: EventStore,
    @Optional() @Inject(PROJECTOR) projector: Projector | null,
    @Optional() @Inject(METRICS_TOKEN) token: string | null,
  ) {
    this.registry = createMetrics(db, store, projector);
    this.token = token || null;
  }

  @Get()
  metrics(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string> {
    if (!metricsTokenMatches(request.header('authorization'), this.token)) {
      throw new UnauthorizedException({
        code: 'METRICS_TOKEN_REQUIRED',
        message: this.token
          ? 'Send Authorization: Bearer <METRICS_TOKEN> to read the metrics.'
          : 'Metrics are off: set METRICS_TOKEN and send it as Authorization: Bearer <METRICS_TOKEN>.',
      });
    }
    // Set here, not by @Header: a refusal is the filter's JSON.
    response.type('text/plain; version=0.0.4');
    return this.registry.metrics();
  }
}
