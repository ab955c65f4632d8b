/** The users as administrators list them. */
import { type Schema, str, time, bool, nullable, arr, obj, id, enumOf } from '@ledger/platform/http-schema';
import { USER_ROLES } from './user.events';

export const UserListSchema: Schema = obj({
  items: arr(
    obj(
      {
        userId: str,
        username: str,
        name: str,
        role: enumOf(USER_ROLES),
        personId: nullable(id),
        active: bool,
        registeredAt: time,
        deactivatedAt: nullable(time),
        lastSignedInAt: nullable(time),
      },
      ['personId', 'deactivatedAt', 'lastSignedInAt'],
    ),
  ),
});
