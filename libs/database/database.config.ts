import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres';

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * The database every app uses: `DATABASE_URL` when it is set, otherwise the
 * embedded PostgreSQL, with its files under `LEDGER_DATA_DIR` (default `.data/postgres`).
 */
export async function openDatabase(
  env: NodeJS.ProcessEnv = process.env,
  log: (message: string) => void = () => undefined,
): Promise<RunningDatabase & { dataDir?: string }> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a TCP port, got "${env.EMBEDDED_PG_PORT}"`);
  }
  const dataDir = embeddedDataDir(env, log);
  const running = await startEmbeddedPostgres({ dataDir, port, database: 'ledger', log });
  return { ...running, dataDir };
}

/**
 * As root, the server runs as the `postgres` user, which must be able to reach the
 * data directory. A project under a private home directory cannot offer that, so
 * the data then goes under /var/lib/programme-ledger instead (and the log says so).
 */
export function embeddedDataDir(env: NodeJS.ProcessEnv, log: (m: string) => void): string {
  if (env.LEDGER_DATA_DIR) return resolve(env.LEDGER_DATA_DIR);
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
