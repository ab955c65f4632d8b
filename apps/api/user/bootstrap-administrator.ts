import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { generatePassword } from '@ledger/user';
import { ConcurrencyError, EVENT_STORE, type Actor, type EventStore } from '@ledger/platform/event-store';
import { ExecuteUserCommand } from './user-command.handler';

export const BOOTSTRAP_ADMINISTRATOR = 'administrator';

/** Who registers the first administrator: nobody can be signed in yet. */
export const FIRST_START_ACTOR: Actor = {
  id: 'first-start',
  role: 'system',
  name: 'Programme Ledger first start',
};


/**
 * On an empty store, registers the first administrator directly through the command
 * handler (there is no one to sign in as yet); returns their credentials, or null if the
 * store already holds events — or if another API replica starting at the same moment
 * registered them first (its log has the password). Everything else, demo users included,
 * goes through the API.
 */
export async function createBootstrapAdministrator(
  app: INestApplicationContext,
  options: { password?: string; idempotencyKey?: string } = {},
): Promise<{ username: string; password: string } | null> {
  const store = app.get<EventStore>(EVENT_STORE);
  if ((await store.head()).lastPosition !== 0) return null;
  const password = options.password ?? generatePassword();
  try {
    await app.get(CommandBus).execute(
      new ExecuteUserCommand(
        BOOTSTRAP_ADMINISTRATOR,
        {
          type: 'RegisterUser',
          data: {
            username: BOOTSTRAP_ADMINISTRATOR,
            name: 'Administrator (first start)',
            role: 'administrator',
            personId: null,
            password,
          },
        },
        {
          actor: FIRST_START_ACTOR,
          personId: null,
          expectedVersion: 0,
          // The first start's seed keys this registration: the store then says a seed was begun.
          idempotencyKey: options.idempotencyKey,
          correlationId: randomUUID(),
        },
        'The first administrator, created on an empty store',
      ),
    );
  } catch (error) {
    // Expected version 0 refused: the account exists, so this start is not the first after all.
    if (error instanceof ConcurrencyError) return null;
    throw error;
  }
  return { username: BOOTSTRAP_ADMINISTRATOR, password };
}
