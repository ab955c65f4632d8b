import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { existsSync, renameSync } from 'node:fs';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { AccountsFile, accountsTable, FIRST_START_SEED_KEY, runSeed, seedStateOf, type Account, type Credentials } from '@ledger/seed';
import { generatePassword, resetPassword } from '@ledger/user';
import { PasswordHasher } from './auth/password-hasher';
import { SessionStore } from './auth/session.store';
import { BOOTSTRAP_ADMINISTRATOR, createBootstrapAdministrator, FIRST_START_ACTOR } from './user/bootstrap-administrator';

/** What the accounts file says instead of a password the operator gave in BOOTSTRAP_ADMIN_PASSWORD. */
const FROM_ENVIRONMENT = '(BOOTSTRAP_ADMIN_PASSWORD)';

export interface FirstStartOptions {
  accounts: AccountsFile;
  logger: LoggerService;
  /** SEED_ON_FIRST_START: record the demo (or finish recording it). */
  seed: boolean;
  bootstrapPassword?: string;
}

/** Writes the account to the file (fsynced) and prints it, before anything else happens. */
function keep(account: Account, options: FirstStartOptions): void {
  let where = `also in ${options.accounts.path}`;
  try {
    options.accounts.record(account);
  } catch (error) {
    // A read-only disk (a locked-down container) must not stop the start: the log has it.
    where = `NOT written to ${options.accounts.path} (${(error as Error).message}): keep it from this log`;
  }
  options.logger.log(`Account ready: ${account.username} (${account.role}), password ${account.password} — ${where}.`);
}

/**
 * Before the API serves: on an empty store the first administrator (kept at once), and
 * whether a seed is to run — a new one, or one an earlier start began and never finished
 * (then the administrator's password comes from the accounts file, or is set anew when it
 * never reached it). Returns the administrator the seed runs as, or null for no seed.
 */
export async function prepareFirstStart(app: INestApplicationContext, options: FirstStartOptions): Promise<Credentials | null> {
  const store = app.get<EventStore>(EVENT_STORE);
  if ((await store.head()).lastPosition === 0) {
    // A new store: passwords left from an earlier one would only mislead.
    if (existsSync(options.accounts.path)) {
      renameSync(options.accounts.path, options.accounts.path.replace(/\.txt$/, `.before-${Date.now()}.txt`));
    }
    const administrator = await createBootstrapAdministrator(app, {
      password: options.bootstrapPassword,
      idempotencyKey: options.seed ? FIRST_START_SEED_KEY : undefined,
    });
    // null: another replica starting at the same moment registered it (its log has the password).
    if (!administrator) return null;
    if (!options.bootstrapPassword) {
      keep({ ...administrator, role: 'administrator', name: 'Administrator (first start)' }, options);
    }
    return options.seed ? administrator : null;
  }
  if (!options.seed || (await seedStateOf((id) => store.hasEventId(id), BOOTSTRAP_ADMINISTRATOR)) !== 'in-progress') return null;

  const kept = options.accounts.read().get(BOOTSTRAP_ADMINISTRATOR)?.password;
  const known = kept === FROM_ENVIRONMENT || kept === undefined ? options.bootstrapPassword : kept;
  if (known !== undefined) return { username: BOOTSTRAP_ADMINISTRATOR, password: known };
  // Registered, but its password never reached the file: a new one, recorded as an event.
  const password = generatePassword();
  const sessions = app.get(SessionStore);
  await resetPassword(store, BOOTSTRAP_ADMINISTRATOR, password, {
    actor: FIRST_START_ACTOR,
    reason: 'The first start resumed its seed without the administrator\'s password: a new one',
    hash: (clear) => app.get(PasswordHasher).hash(clear),
    endSessions: (username, why) => sessions.revokeAllOf(username, why),
  });
  keep({ username: BOOTSTRAP_ADMINISTRATOR, password, role: 'administrator', name: 'Administrator (first start)' }, options);
  return { username: BOOTSTRAP_ADMINISTRATOR, password };
}

/**
 * Records the demo through the API at `baseUrl` as `administrator`, skipping what is
 * already stored, keeping every demo user's password as soon as it exists.
 */
export async function runFirstStartSeed(
  app: INestApplicationContext,
  baseUrl: string,
  administrator: Credentials,
  options: FirstStartOptions,
): Promise<void> {
  const store = app.get<EventStore>(EVENT_STORE);
  const recorded = (id: string) => store.hasEventId(id);
  const resuming = (await seedStateOf(recorded, administrator.username)) === 'in-progress' && (await store.head()).lastPosition > 1;
  options.logger.log(
    resuming
      ? 'Resuming the Met Modernisation Programme demo seed an earlier start began…'
      : 'Empty event store: seeding the Met Modernisation Programme demo…',
  );
  const passwords = Object.fromEntries([...options.accounts.read().values()].map((a) => [a.username, a.password]));
  const seeded = await runSeed(baseUrl, {
    administrator,
    passwords,
    recorded,
    onAccount: (account) => keep(account, options),
  });
  options.logger.log(`Seeded: ${seeded.requests} commands in the demo, event log at position ${seeded.lastPosition}.`);
  const table = accountsTable([...options.accounts.read().values()]);
  options.logger.log(`The accounts (in ${options.accounts.path}, mode 600):\n\n${table}\n`);
}
