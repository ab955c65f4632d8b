import { AccountsFile, accountsFilePath, lastPositionOf, runSeed, type Credentials, type DemoUserCredentials } from '@ledger/seed';

/** The API the CLI seeds through: LEDGER_API_URL, or the API's own default on this machine. */
export function defaultApiUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.LEDGER_API_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`;
}

/**
 * The administrator to seed as: LEDGER_ADMIN_USERNAME and LEDGER_ADMIN_PASSWORD, or else the
 * first administrator the first start kept in the accounts file on this machine.
 */
export function seedAdministrator(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const { LEDGER_ADMIN_USERNAME: username, LEDGER_ADMIN_PASSWORD: password } = env;
  if (username && password) return { username, password };
  const kept = new AccountsFile(accountsFilePath(env)).read().get('administrator');
  return kept ? { username: kept.username, password: kept.password } : undefined;
}

/**
 * Records the demo through a running API, as any client would (validation, rules, sign-in,
 * audit trail and all). Only into a store that holds nothing but what a first start records
 * (its administrator), unless `force`: a seed mixed into real data would mislead.
 */
export async function seedThroughApi(
  baseUrl: string,
  options: { force?: boolean; administrator?: Credentials; log?: (m: string) => void },
): Promise<{ seeded: boolean; lastPosition: number; requests: number; users: DemoUserCredentials[] }> {
  const lastPosition = await lastPositionOf(baseUrl);
  if (!options.force && lastPosition > 1) return { seeded: false, lastPosition, requests: 0, users: [] };
  if (!options.administrator) {
    throw new Error('Give an administrator to seed as: LEDGER_ADMIN_USERNAME and LEDGER_ADMIN_PASSWORD (none is kept in the accounts file here).');
  }
  const result = await runSeed(baseUrl, { administrator: options.administrator, log: options.log });
  return { seeded: true, ...result };
}
