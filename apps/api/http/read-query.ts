import { Inject } from '@nestjs/common';
import type { IQuery } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';

/** A query answered from the read models (READ_DB): what those query handlers share. */
export abstract class ReadModelQueryHandler<Q extends IQuery> {
  constructor(@Inject(READ_DB) protected readonly db: DataSource) {}

  abstract execute(query: Q): Promise<unknown>;
}
