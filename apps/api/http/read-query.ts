import { Inject } from '@nestjs/common';
import type { IQuery } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { QUERY_DB, READ_DB } from '@ledger/catalogue';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';

/** A query answered from the read models (READ_DB): what those query handlers share. */
export abstract class ReadModelQueryHandler<Q extends IQuery> {
  constructor(@Inject(READ_DB) protected readonly db: DataSource) {}

  abstract execute(query: Q): Promise<unknown>;
}

/** A query answered from the query database (QUERY_DB): what those query handlers share. */
export abstract class QueryDbHandler<Q extends IQuery> {
  constructor(@Inject(QUERY_DB) protected readonly db: DataSource) {}

  abstract execute(query: Q): Promise<unknown>;
}

/** A query answered from the query database and the log together (views as at a moment, with versions). */
export abstract class LedgerQueryHandler<Q extends IQuery> {
  constructor(
    @Inject(QUERY_DB) protected readonly db: DataSource,
    @Inject(EVENT_STORE) protected readonly store: EventStore,
  ) {}

  abstract execute(query: Q): Promise<unknown>;
}
