import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where a store keeps its own files: the embedded cluster (`postgres/`), `secrets.json` and
 * the demo accounts. `LEDGER_DATA_DIR`, default `.data`: two stores started from one checkout
 * with different data dirs share nothing, keys included.
 */
export function ledgerStateDir(env: { LEDGER_DATA_DIR?: string }): string {
  return resolve(env.LEDGER_DATA_DIR || '.data');
}

/** The generated secrets of one data dir. */
export interface LedgerSecrets {
  /** HS256 key of the access tokens (when JWT_SECRET is not set). */
  jwtSecret: string;
  /** The embedded cluster's superuser (`ledger`): migrations and grants only. */
  databasePassword: string;
  /** The embedded cluster's runtime role (`ledger_app`): what the API connects as. */
  appDatabasePassword: string;
}

const generate = () => randomBytes(48).toString('base64url');

/**
 * Reads `<dir>/secrets.json`, adding any secret it lacks (older files hold only the JWT key);
 * mode 600. Returns which secrets were created just now.
 */
export function loadOrCreateSecrets(dir: string): { secrets: LedgerSecrets; file: string; created: (keyof LedgerSecrets)[] } {
  const file = resolve(dir, 'secrets.json');
  const stored: Partial<LedgerSecrets> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<LedgerSecrets>) : {};
  const created: (keyof LedgerSecrets)[] = [];
  const take = (key: keyof LedgerSecrets): string => {
    const value = stored[key];
    if (typeof value === 'string' && value.length >= 32) return value;
    created.push(key);
    return generate();
  };
  const secrets: LedgerSecrets = {
    jwtSecret: take('jwtSecret'),
    databasePassword: take('databasePassword'),
    appDatabasePassword: take('appDatabasePassword'),
  };
  if (created.length > 0) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return { secrets, file, created };
}
