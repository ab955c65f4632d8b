/** The users as administrators list them. */
import { type Schema, str, time, bool, nullable, arr, obj } from '@ledger/platform/http-schema';

export const UserListSchema: Schema = obj({
  items: arr(
    obj(
      {
        userId: str,
        username: str,
        name: str,
        role: {
          type: 'string',
          enum: ['programme-office', 'lead', 'oversight-committee', 'administrator'],
        },
        personId: nullable(str),
        active: bool,
        registeredAt: time,
        deactivatedAt: nullable(time),
        lastSignedInAt: nullable(time),
      },
      ['personId', 'deactivatedAt', 'lastSignedInAt'],
    ),
  ),
});
