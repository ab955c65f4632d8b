import { hostname, userInfo } from 'node:os';
import { Pool } from 'pg';
import { pgConnectionConfig } from '@ledger/platform/database';
import type { Actor, EventStore } from '@ledger/platform/event-store';
import { endSessionsOf, generatePassword, hashPassword, resetPassword as recordPasswordReset } from '@ledger/user';

/** The actor of a password set at the command line. */
export const OPERATOR_CLI = 'operator-cli';

/** Standard input, less its final line break. */
export async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * `ledger reset-password <username>`: the user slice's password reset on the event store
 * alone (no API, no HTTP), as OPERATOR_CLI named after the account running it; then the
 * user's sessions end. A given password must pass the policy POST /users/:username/password-changes applies.
 */
export async function resetPassword(
  store: EventStore,
  databaseUrl: string,
  username: string,
  options: { password?: string; reason: string },
): Promise<{ password: string; position: number }> {
  const password = options.password ?? generatePassword();
  // One id for the command line (the audit trail can filter on it); the name says who ran it where.
  const actor: Actor = { id: OPERATOR_CLI, role: 'system', name: `${userInfo().username} on ${hostname()} (ledger reset-password)` };
  const sessions = new Pool({ ...pgConnectionConfig(databaseUrl), max: 1 });
  try {
    const { position } = await recordPasswordReset(store, username, password, {
      actor,
      reason: options.reason,
      hash: hashPassword,
      endSessions: (user, why) =>
        // No sessions table yet (the API never started on this database): nobody is signed in.
        endSessionsOf(sessions, user, why).catch((error: { code?: string }) => (error.code === '42P01' ? 0 : Promise.reject(error))),
    });
    return { password, position };
  } finally {
    await sessions.end();
  }
}
