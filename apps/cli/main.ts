import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
import 'reflect-metadata';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { openDatabase, type RunningDatabase } from '@ledger/platform/database';
import { createEventStore } from '@ledger/platform/event-store';
import { projectionLag, rebuildProjection } from '@ledger/platform/projection';
import { registerCommitteeCommands } from './committee-commands';
import { accountsTable } from '@ledger/seed';
import { readPasswordFromStdin, resetPassword } from './reset-password';
import { defaultApiUrl, seedAdministrator, seedThroughApi } from './seed';

/** Operator commands. Each finds the database the same way the apps do (DATABASE_URL or the embedded one). */
const program = new Command('ledger').description('Programme Ledger operator commands');

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database: RunningDatabase = await openDatabase(process.env, (m) => /ERROR|FATAL|Creating|Using/.test(m) && console.error(m));
  try {
    return await work(database.url);
  } finally {
    // Leave a server that `npm start` is using running.
    if (!database.reused) await database.stop();
  }
}

/** The event store EVENT_STORE_ENGINE selects (PostgreSQL at `url` by default), migrated. */
async function openEventStore(url: string) {
  const store = createEventStore({ databaseUrl: url, upcasters: ledgerUpcasters() });
  await store.migrate();
  return store;
}

async function openStores(url: string) {
  const store = await openEventStore(url);
  const db = await openReadModels(url);
  return { store, db, close: async () => { await db.destroy(); await store.close(); } };
}

program
  .command('migrate')
  .description('Apply the event store and read model migrations')
  .action(() =>
    withDatabase(async (url) => {
      const { close } = await openStores(url);
      await close();
      console.log('Migrations applied.');
    }),
  );

program
  .command('seed')
  .description('Record the Met Modernisation Programme demo through a running API (into a store holding only its first administrator, unless --force)')
  .option('--url <url>', 'the API to seed through (LEDGER_API_URL, or http://127.0.0.1:$PORT)', defaultApiUrl())
  .option('--force', 'seed even if the store already holds events')
  .action(async (options: { url: string; force?: boolean }) => {
    const result = await seedThroughApi(options.url, {
      force: options.force === true,
      administrator: seedAdministrator(),
      log: (m) => console.log(m),
    });
    if (!result.seeded) {
      console.log(`The store already holds events (position ${result.lastPosition}); nothing seeded (use --force).`);
      return;
    }
    console.log(`Seeded: ${result.requests} commands recorded, log now at position ${result.lastPosition}.`);
    console.log(accountsTable(result.users));
  });

program
  .command('rebuild')
  .argument('<projection>', `one of: ${allProjections().map((p) => p.name).join(', ')}`)
  .description('Rebuild a projection from the log into shadow tables, then swap it in; the old one serves meanwhile')
  .action((name: string) =>
    withDatabase(async (url) => {
      const projection = allProjections().find((p) => p.name === name);
      if (!projection) throw new Error(`Unknown projection "${name}". Known: ${allProjections().map((p) => p.name).join(', ')}`);
      const { store, db, close } = await openStores(url);
      const bar = new SingleBar({ format: `${name} [{bar}] {percentage}% | {value}/{total} events | {rate} events/s` }, Presets.shades_classic);
      const started = Date.now();
      let barStarted = false;
      try {
        const result = await rebuildProjection(db, store, projection, {
          onProgress: ({ applied, total }) => {
            if (!barStarted) {
              bar.start(Math.max(total, 1), 0, { rate: 0 });
              barStarted = true;
            }
            bar.update(Math.min(applied, total), { rate: Math.round(applied / Math.max((Date.now() - started) / 1000, 0.001)) });
          },
        });
        if (barStarted) bar.stop();
        console.log(`Rebuilt ${name}: ${result.applied} events in ${((Date.now() - started) / 1000).toFixed(1)} s; swapped in at position ${result.position.globalPosition}.`);
      } finally {
        await close();
      }
    }),
  );

program
  .command('projections')
  .description('Each projection: its position and how far behind the log it is')
  .action(() =>
    withDatabase(async (url) => {
      const { db, store, close } = await openStores(url);
      console.table(await projectionLag(db, store));
      await close();
    }),
  );

program
  .command('reset-password')
  .argument('<username>', 'an administrator')
  .description("Set a new password for an administrator (PasswordChanged, their sessions end): for an operator locked out. Prints a generated one once, or reads it from stdin")
  .option('--password-stdin', 'read the new password from standard input instead of generating one')
  .option('--reason <text>', 'why, for the audit trail', 'Reset at the command line by an operator')
  .action((username: string, options: { passwordStdin?: boolean; reason: string }) =>
    withDatabase(async (url) => {
      const password = options.passwordStdin ? await readPasswordFromStdin() : undefined;
      const store = await openEventStore(url);
      const result = await resetPassword(store, url, username, { password, reason: options.reason }).finally(() => store.close());
      console.log(`Recorded PasswordChanged for ${username} at position ${result.position}; their sessions have ended.`);
      if (!password) console.log(`New password (shown once): ${result.password}`);
    }),
  );

registerCommitteeCommands(program, { withDatabase, openStores, openEventStore });

program.parseAsync(process.argv).catch((error: Error) => {
  console.error(`Error: ${error.message}`);
  process.exit(1);
});
