import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { READ_DB } from '@ledger/catalogue';
import { listUsers, type UserRow } from '@ledger/user';

export class ListUsersQuery extends Query<{ items: UserRow[] }> {}

/** Every user, by username; never a password hash (the view holds none). */
@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(@Inject(READ_DB) private readonly db: DataSource) {}

  async execute(): Promise<{ items: UserRow[] }> {
    return { items: await listUsers(this.db) };
  }
}
