import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface Secrets {
  jwtSecret: string;
}

/**
 * The embedded default's secrets: generated on first start, kept in a git-ignored file
 * only its owner may read (mode 600), and reused on every later start so that tokens
 * survive a restart. A deployment sets JWT_SECRET instead.
 */
export function loadOrCreateSecrets(file: string): { secrets: Secrets; created: boolean } {
  if (existsSync(file)) {
    const secrets = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
    if (typeof secrets.jwtSecret === 'string' && secrets.jwtSecret.length >= 32) {
      chmodSync(file, 0o600);
      return { secrets: { jwtSecret: secrets.jwtSecret }, created: false };
    }
  }
  const secrets: Secrets = { jwtSecret: randomBytes(48).toString('base64url') };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { secrets, created: true };
}

/**
 * The token GET /metrics asks for when METRICS_TOKEN is unset: generated on first start and
 * kept in a file of its own (mode 600) beside the other secrets, so a scraper configured once
 * keeps working across restarts.
 */
export function loadOrCreateMetricsToken(file: string): { token: string; created: boolean } {
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim();
    if (token.length >= 32) {
      chmodSync(file, 0o600);
      return { token, created: false };
    }
  }
  const token = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token, created: true };
}
