import { readDocs, type ReadModelDb } from '@ledger/platform/projection';
import type { UserRow } from './user.projection';

/** Every user, by username; never a password hash (the view holds none). */
export function listUsers(db: ReadModelDb): Promise<UserRow[]> {
  return readDocs<UserRow>(db, `SELECT doc FROM user_view ORDER BY id`);
}
