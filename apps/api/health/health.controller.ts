import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { DATABASE_INFO, type DatabaseInfo } from '../shared/database-info';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and readiness: the database, the event store and what holds its readers back' })
  async health(@Res({ passthrough: true }) res: Response) {
    try {
      const head = await this.store.head();
      return {
        status: 'ok',
        database: { status: 'up', embedded: this.database.embedded },
        eventStore: { status: 'up', lastPosition: head.lastPosition, hold: head.hold },
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
