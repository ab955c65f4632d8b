import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { isId, streamIds } from '@ledger/kernel';
import { userDecider, type UserRole, type UserRow } from '@ledger/user';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { READ_DB } from '@ledger/catalogue';

/** A user as the store says they are now. */
export interface CurrentUser {
  id: string;
  username: string;
  name: string;
  role: UserRole;
  personId: string | null;
  active: boolean;
}

/**
 * Who a user is now, for the access guard: the users read model first (one indexed read),
 * the user's stream when the model has no row or disagrees with what the token expects
 * (a projection a few milliseconds behind a registration or a role change). The stream is
 * the authority, so a lagging model can refuse for a moment but never grant a stale role.
 */
@Injectable()
export class UserDirectory {
  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async current(username: string, expect: { role: UserRole }): Promise<CurrentUser | null> {
    if (!isId(username)) return null;
    const rows: { doc: UserRow }[] = await this.db.query(`SELECT doc FROM user_view WHERE id = $1`, [username]);
    const row = rows[0]?.doc;
    if (row && row.active && row.role === expect.role) {
      return { id: row.userId, username: row.username, name: row.name, role: row.role, personId: row.personId, active: row.active };
    }
    const { state } = await this.store.load(streamIds.user(username), userDecider);
    if (state.username === null || state.userId === null || state.role === null) return null;
    return {
      id: state.userId,
      username: state.username,
      name: state.name ?? state.username,
      role: state.role,
      personId: state.personId,
      active: state.active,
    };
  }
}
