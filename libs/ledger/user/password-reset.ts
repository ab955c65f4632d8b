import { randomUUID } from 'node:crypto';
import { streamIds } from '@ledger/kernel';
import { handleCommand, type Actor, type EventStore } from '@ledger/platform/event-store';
import { passwordProblem } from './password-policy';
import { userDecider } from './user.decider';

/** A password reset refused before anything was recorded: the message says why. */
export class PasswordResetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasswordResetRefused';
  }
}

/** What a query needs of a pg Pool or Client. */
interface Queryable {
  query(text: string, values: unknown[]): Promise<{ rowCount: number | null }>;
}

/**
 * Ends every live sign-in session of a user (the API's `auth_sessions` rows): their role,
 * activity or password changed, so their tokens must be refused from the next request on.
 */
export async function endSessionsOf(db: Queryable, username: string, reason: string): Promise<number> {
  const result = await db.query(
    `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE username = $1 AND revoked_at IS NULL`,
    [username, reason],
  );
  return result.rowCount ?? 0;
}

export interface PasswordResetOptions {
  /** Who sets it: the first start recovering its administrator, an operator at the command line. */
  actor: Actor;
  reason: string;
  /** The stored form of the password (the API hashes in its worker pool; a command line on its own thread). */
  hash: (password: string) => Promise<string>;
  /** Ends the user's sessions once PasswordChanged is recorded. */
  endSessions: (username: string, reason: string) => Promise<unknown>;
  /** Any user's password, not only an active administrator's (everyone else has an administrator to ask). */
  anyRole?: boolean;
}

/**
 * Sets a user's password without a signed-in caller, through the one command path
 * (handleCommand with the user decider): the policy, then PasswordChanged in the user's
 * stream, then their sessions end. Refuses an unknown or deactivated user and, unless
 * `anyRole`, anyone but an administrator, appending nothing.
 */
export async function resetPassword(
  store: EventStore,
  username: string,
  password: string,
  options: PasswordResetOptions,
): Promise<{ position: number }> {
  const problem = passwordProblem(password, [username]);
  if (problem) throw new PasswordResetRefused(problem);
  const passwordHash = await options.hash(password);
  const result = await handleCommand(
    store,
    streamIds.user(username),
    userDecider,
    (state) => {
      if (state.role === null) throw new PasswordResetRefused(`There is no user "${username}".`);
      if (!state.active) throw new PasswordResetRefused(`User "${username}" is deactivated.`);
      if (state.role !== 'administrator' && !options.anyRole) {
        throw new PasswordResetRefused(
          `User "${username}" is a ${state.role}, not an administrator: an administrator resets it (POST /users/${username}/password-changes).`,
        );
      }
      return userDecider.decide({ type: 'ChangePassword', data: { passwordHash } }, state);
    },
    { metadata: { actor: options.actor, correlationId: randomUUID(), reason: options.reason } },
  );
  await options.endSessions(username, 'password-changed');
  return { position: result.lastPosition };
}
