import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres';
import { withCredentials } from './runtime-role';
import { ledgerStateDir, loadOrCreateSecrets, type LedgerSecrets } from './state-dir';

/** The role the API runs as on the embedded cluster (see provisionRuntimeRole). */
export const EMBEDDED_RUNTIME_ROLE = 'ledger_app';

export interface OpenedDatabase extends RunningDatabase {
  /** Where the embedded cluster's files are. */
  dataDir?: string;
  /** The embedded default's secrets (from `$LEDGER_DATA_DIR/secrets.json`). */
  secrets?: LedgerSecrets;
  /**
   * The restricted role the API connects as, when there is one: the embedded default's
   * `ledger_app`, or DATABASE_APP_URL. `url` is then the owner's, for migrations and grants.
   */
  appUrl?: string;
}

export const DEFAULT_EMBEDDED_PORT = 54329;

/** What finding the database depends on: the apps pass their validated configuration. */
export interface DatabaseSettings {
  DATABASE_URL?: string;
  DATABASE_APP_URL?: string;
  EMBEDDED_PG_PORT?: number | string;
  LEDGER_DATA_DIR?: string;
}

/**
 * The database every app uses: `DATABASE_URL` when it is set, otherwise the embedded
 * PostgreSQL, with its files in `$LEDGER_DATA_DIR/postgres` (default `.data/postgres`) and
 * its superuser's password random per data dir (in `$LEDGER_DATA_DIR/secrets.json`).
 */
export async function openDatabase(
  env: DatabaseSettings,
  log: (message: string) => void = () => undefined,
): Promise<OpenedDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, appUrl: env.DATABASE_APP_URL || undefined, embedded: false, stop: async () => undefined };
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a TCP port, got "${env.EMBEDDED_PG_PORT}"`);
  }
  const dataDir = embeddedDataDir(env, log);
  const { secrets, file, created } = loadOrCreateSecrets(ledgerStateDir(env));
  if (created.length > 0) log(`Generated ${created.join(', ')} in ${file} (mode 600)`);
  const running = await startEmbeddedPostgres({ dataDir, port, database: 'ledger', password: secrets.databasePassword, log });
  return { ...running, dataDir, secrets, appUrl: withCredentials(running.url, EMBEDDED_RUNTIME_ROLE, secrets.appDatabasePassword) };
}

/**
 * As root, the server runs as the `postgres` user, which must be able to reach the
 * data directory. A project under a private home directory cannot offer that, so
 * the data then goes under /var/lib/programme-ledger instead (and the log says so).
 */
export function embeddedDataDir(env: Pick<DatabaseSettings, 'LEDGER_DATA_DIR'>, log: (m: string) => void): string {
  if (env.LEDGER_DATA_DIR) {
    const dir = resolve(env.LEDGER_DATA_DIR);
    // LEDGER_DATA_DIR once named the cluster itself: such a directory stays where it is.
    return existsSync(resolve(dir, 'PG_VERSION')) ? dir : resolve(dir, 'postgres');
  }
  const preferred = resolve(process.cwd(), '.data/postgres');
  if (process.getuid?.() !== 0 || othersCanTraverse(dirname(preferred))) return preferred;
  const fallback = `/var/lib/programme-ledger/${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}/postgres`;
  log(`Creating the embedded cluster in ${fallback}: the postgres user cannot reach ${preferred}`);
  return fallback;
}

function othersCanTraverse(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    try {
      if ((statSync(d).mode & 0o001) === 0) return false;
    } catch {
      // Not created yet: the directories above decide.
    }
    if (dirname(d) === d) return true;
  }
}
