import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, type Actor, type EventStore } from '@ledger/platform/event-store';
import { userDecider } from '@ledger/user';
import { ExecuteUserCommand } from './user-command.handler';

/** A password an operator cannot use: the message says what is expected. */
export class PasswordResetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasswordResetRefused';
  }
}

/**
 * Sets a user's password through the user command handler (hashed there, recorded as
 * PasswordChanged in the user's stream, their sessions ended), on behalf of `actor`: the
 * first start recovering its administrator, or an operator at the command line. Only an
 * active administrator's, unless `anyRole`: everyone else has an administrator to ask.
 */
export async function setPassword(
  app: INestApplicationContext,
  username: string,
  password: string,
  options: { actor: Actor; reason: string; anyRole?: boolean },
): Promise<{ position: number }> {
  const store = app.get<EventStore>(EVENT_STORE);
  const { state } = await store.load(streamIds.user(username), userDecider);
  if (state.role === null) throw new PasswordResetRefused(`There is no user "${username}".`);
  if (!state.active) throw new PasswordResetRefused(`User "${username}" is deactivated.`);
  if (state.role !== 'administrator' && !options.anyRole) {
    throw new PasswordResetRefused(
      `User "${username}" is a ${state.role}, not an administrator: an administrator resets it (POST /users/${username}/password-changes).`,
    );
  }
  const result = await app.get(CommandBus).execute(
    new ExecuteUserCommand(
      username,
      { type: 'ChangePassword', data: { password } },
      { actor: options.actor, personId: null, correlationId: randomUUID() },
      options.reason,
    ),
  );
  return { position: result.position };
}

