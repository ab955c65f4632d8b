import { Query, QueryHandler } from '@nestjs/cqrs';
import { listUsers, type UserRow } from '@ledger/user';
import { ReadModelQueryHandler } from '../http/read-query';

export class ListUsersQuery extends Query<{ items: UserRow[] }> {}

/** Every user, by username; never a password hash (the view holds none). */
@QueryHandler(ListUsersQuery)
export class ListUsersHandler extends ReadModelQueryHandler<ListUsersQuery> {

  async execute(): Promise<{ items: UserRow[] }> {
    return { items: await listUsers(this.db) };
  }
}
