import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { canonicalJson } from '@ledger/audit';

const VERIFIER = resolve(__dirname, '../../tools/verify-pack/verify-pack.mjs');

/** Runs tools/verify-pack as a clerk would: a child process, its output and exit status. */
export function runVerifier(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [VERIFIER, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

/** A pack changed and its digest recomputed, so only the check the change targets can fail. */
export function redigest<P extends { digest?: string }>(pack: P): P {
  const { digest: _d, ...rest } = pack;
  return { ...rest, digest: createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex') } as P;
}
