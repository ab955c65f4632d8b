import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { Actor } from '@ledger/platform/event-store';
import { AppModule } from '../api/app.module';
import { generatePassword } from '../api/user/bootstrap-administrator';
import { PasswordResetRefused, setPassword } from '../api/user/set-password';
import { PasswordDto } from '../api/user/user.request.dto';

/** The actor of a password set at the command line. */
export const OPERATOR_CLI = 'operator-cli';

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
