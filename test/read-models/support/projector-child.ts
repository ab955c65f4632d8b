import { allProjections, ledgerUpcasters, openReadModels } from '@ledger/catalogue';
/**
 * A projector in a process of its own, for the crash test: the real Projector
 * (advisory-lock leader election, batch + checkpoint in one transaction) over
 * every projection, until it is killed.
 *
 * Run with: node -r ./test/read-models/support/register.js test/read-models/support/projector-child.ts
 * Env: DATABASE_URL (required), BATCH_SIZE (default 100).
 * Prints "ready" once the projector has started. A line on stdin makes it call
 * process.exit(99) at once, from inside, wherever it is (mid-transaction, say);
 * stdin closing (the parent is gone) ends it too.
 */
import 'reflect-metadata';
import { PostgresEventStore } from '@ledger/platform/event-store';
import { Projector } from '@ledger/platform/projection';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const store = new PostgresEventStore({ upcasters: ledgerUpcasters(), connectionString: url, poolConfig: { max: 4 } });
  const db = await openReadModels(url, { poolSize: 4 });
  const projector = new Projector(db, store, allProjections(), {
    databaseUrl: url,
    batchSize: Number(process.env.BATCH_SIZE ?? 100),
    idleMs: 20,
    takeoverMs: 100,
    log: (message) => process.stderr.write(`${message}\n`),
  });
  projector.start();
  process.stdin.on('data', () => process.exit(99));
  process.stdin.on('end', () => process.exit(98));
  process.stdout.write('ready\n');
}

main().catch((error) => {
  process.stderr.write(`projector-child: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
