import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomBytes, randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import { streamIds } from '@ledger/kernel';
import { userDecider } from '@ledger/user';
import { EVENT_STORE, type Actor, type EventStore } from '@ledger/platform/event-store';
import { AppModule } from '../api/app.module';
import { generatePassword } from '../api/user/bootstrap-administrator';
import { ExecuteUserCommand } from '../api/user/user-command.handler';
import { PasswordDto } from '../api/user/user.request.dto';

/** The actor of a password set at the command line. */
export const OPERATOR_CLI = 'operator-cli';

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
      {
        actor: options.actor,
        metadata: { actor: options.actor, correlationId: randomUUID(), reason: options.reason },
      },
    ),
  );
  return { position: result.position };
}

/** Standard input, less its final line break. */
export async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * `ledger reset-password <username>`: the API's user command handler in an application
 * context of its own (no HTTP), as OPERATOR_CLI named after the account running it. A given
 * password must pass the same checks as POST /users/:username/password-changes.
 */
export async function resetPassword(
  databaseUrl: string,
  username: string,
  options: { password?: string; reason: string },
): Promise<{ password: string; position: number }> {
  const password = options.password ?? generatePassword();
  const problems = validateSync(plainToInstance(PasswordDto, { password, reason: options.reason }));
  if (problems.length > 0) {
    throw new PasswordResetRefused(problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; '));
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({
      database: { url: databaseUrl, embedded: false },
      runProjector: false,
      // No token is issued here: any key will do.
      auth: { jwtSecret: randomBytes(48).toString('base64url') },
    }),
    { logger: ['error', 'warn'] },
  );
  try {
    const operator = userInfo().username;
    // One id for the command line (the audit trail can filter on it); the name says who ran it where.
    const actor: Actor = { id: OPERATOR_CLI, role: 'system', name: `${operator} on ${hostname()} (ledger reset-password)` };
    const { position } = await setPassword(app, username, password, { actor, reason: options.reason });
    return { password, position };
  } finally {
    await app.close();
  }
}
