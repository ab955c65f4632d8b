import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { projectionLag, type Projector } from '@ledger/platform/projection';
import { PROJECTOR, READ_DB } from '@ledger/catalogue';
import { Public } from '../auth/access.decorators';
import { DATABASE_INFO, type DatabaseInfo } from '../http/database-info';
import { SeedProgress } from './seed-progress';

const PART = { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up', 'down'] } } };
/** GET /health's body, up (200) or down (503). */
const HEALTH_SCHEMA = {
  type: 'object',
  required: ['status', 'database', 'eventStore'],
  properties: {
    status: {
      type: 'string',
      enum: ['ok', 'seeding', 'error'],
      description: '"seeding" (with 503) while the first start records the demo: sign-in may not work yet.',
    },
    seed: {
      type: 'string',
      enum: ['in-progress', 'complete', 'none'],
      description: "The first start's demo seed: still being recorded (503), recorded, or none begun in this store.",
    },
    database: { ...PART, properties: { ...PART.properties, embedded: { type: 'boolean' }, message: { type: 'string' } } },
    eventStore: {
      ...PART,
      properties: {
        ...PART.properties,
        lastPosition: { type: 'integer' },
        hold: { type: 'object', description: 'Committed events readers cannot see yet, and the open transaction holding them back.' },
      },
    },
    projections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'position', 'eventsBehind', 'secondsBehind'],
        properties: {
          name: { type: 'string' },
          position: { type: 'integer' },
          eventsBehind: { type: 'integer' },
          eventsBehindAtLeast: { type: 'boolean', description: 'Present (true) where the event store stopped counting (KurrentDB): at least eventsBehind.' },
          secondsBehind: { type: 'number' },
          updatedAt: { type: 'string', format: 'date-time' },
          activeHere: { type: 'boolean', description: 'This process runs the projection (one process does, the others wait).' },
        },
      },
    },
  },
};

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  private readonly seed: SeedProgress;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
    @Inject(READ_DB) private readonly db: DataSource,
    @Optional() @Inject(PROJECTOR) private readonly projector: Projector | null,
  ) {
    this.seed = new SeedProgress(store);
  }

  @Get()
  @ApiOperation({ summary: 'Liveness and readiness: the database, the event store and what holds its readers back' })
  @ApiOkResponse({ description: 'Everything is up (and the demo seed, if any, complete).', schema: HEALTH_SCHEMA })
  @ApiServiceUnavailableResponse({
    description:
      'The database is down (status "error"), or the first start is still recording the demo (status "seeding", seed "in-progress", Retry-After): not ready for traffic yet. Same shape.',
    schema: HEALTH_SCHEMA,
  })
  async health(@Res({ passthrough: true }) res: Response) {
    try {
      const [head, lags] = await Promise.all([this.store.head(), projectionLag(this.db, this.store)]);
      const seed = await this.seed.state(head.lastPosition);
      const active = new Map((this.projector?.statuses() ?? []).map((s) => [s.name, s.active]));
      if (seed === 'in-progress') {
        // Out of a load balancer's rotation until the accounts and the demo exist.
        res.status(503).setHeader('Retry-After', '5');
      }
      return {
        status: seed === 'in-progress' ? 'seeding' : 'ok',
        seed,
        database: { status: 'up', embedded: this.database.embedded },
        eventStore: { status: 'up', lastPosition: head.lastPosition, hold: head.hold },
        projections: lags.map((l) => ({ ...l, activeHere: active.get(l.name) ?? false })),
      };
    } catch (error) {
      res.status(503);
      return {
        status: 'error',
        database: { status: 'down', embedded: this.database.embedded, message: (error as Error).message },
        eventStore: { status: 'down' },
      };
    }
  }
}
