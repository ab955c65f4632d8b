import { resolve } from 'node:path';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres';

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * The database every app uses: `DATABASE_URL` when it is set, otherwise the
 * embedded PostgreSQL, with its files under `LEDGER_DATA_DIR` (default `.data/postgres`).
 */
export async function openDatabase(
  env: NodeJS.ProcessEnv = process.env,
  log: (message: string) => void = () => undefined,
): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const port = Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a TCP port, got "${env.EMBEDDED_PG_PORT}"`);
  }
  return startEmbeddedPostgres({
    dataDir: env.LEDGER_DATA_DIR ?? resolve(process.cwd(), '.data/postgres'),
    port,
    database: 'ledger',
    log,
  });
}
