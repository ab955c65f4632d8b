import type { SignInEvent } from './sign-in.events';
import { USER_EVENT_TYPES, type UserEvent, type UserRole } from './user.events';
import { rowProjectionOf } from '@ledger/platform/projection';

/** A user as administrators list them: never the password hash. */
export type UserRow = {
  userId: string;
  username: string;
  name: string;
  role: UserRole;
  personId: string | null;
  active: boolean;
  registeredAt: string;
  deactivatedAt: string | null;
  lastSignedInAt: string | null;
};

/** users: who may sign in, with which role, and when they last did. */
export const userProjection = rowProjectionOf<UserEvent | SignInEvent, UserRow>({
  name: 'users', table: 'user_view', handles: [...USER_EVENT_TYPES, 'UserSignedIn'], key: 'username',
  evolve(row, event, stored) {
    const at = stored.recordedAt.toISOString();
    if (event.type === 'UserRegistered') {
      const { userId, username, name, role, personId } = event.data;
      return { userId, username, name, role, personId, active: true, registeredAt: at, deactivatedAt: null, lastSignedInAt: null };
    }
    if (!row) return row;
    switch (event.type) {
      case 'UserRoleChanged':
        return { ...row, role: event.data.role, personId: event.data.personId };
      case 'UserDeactivated':
        return { ...row, active: false, deactivatedAt: at };
      case 'UserSignedIn':
        return { ...row, lastSignedInAt: at };
      default:
        return row;
    }
  },
});
