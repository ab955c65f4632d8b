import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';

/**
 * Child processes of the fault tests: the apps run straight from their TypeScript
 * sources through the require hook of the crash test (test/read-models/support/register.js),
 * so the fault suite needs no build and always exercises the current sources.
 */

export const ROOT = join(__dirname, '../../..');
export const REGISTER = join(ROOT, 'test/read-models/support/register.js');
export const API_MAIN = join(ROOT, 'apps/api/main.ts');
export const PROJECTOR_MAIN = join(ROOT, 'apps/projector/main.ts');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface NodeChild {
  process: ChildProcess;
  /** Everything it printed (the last few hundred chunks). */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node -r register.js <entry>` with `env` on top of this process's environment. */
export function spawnTs(entry: string, env: Record<string, string>): NodeChild {
  const child = spawn(process.execPath, ['-r', REGISTER, entry], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 600) output.splice(0, 300);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { process: child, output, exited };
}

/** SIGKILL, and wait until the process is gone. */
export async function killHard(child: NodeChild): Promise<void> {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
  await child.exited;
}

/** Polls `url` until it answers 200 (or the child exits, or the time is up). */
export async function waitForHttp(url: string, child: NodeChild, timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`${url}: the process exited before it answered:\n${child.output.join('').slice(-4000)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${child.output.join('').slice(-4000)}`);
    await sleep(50);
  }
}

/** The API (apps/api/main.ts) as a process of its own on `databaseUrl`, on loopback. */
export function startApi(databaseUrl: string, port: number, jwtSecret: string, extra: Record<string, string> = {}): NodeChild {
  return spawnTs(API_MAIN, {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: jwtSecret,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_ON_FIRST_START: 'false',
    BOOTSTRAP_ADMIN_PASSWORD: 'fault-test-administrator-password',
    ...extra,
  });
}

/** A projector process (apps/projector/main.ts) with its health endpoint on `port`. */
export function startProjector(databaseUrl: string, port: number): NodeChild {
  return spawnTs(PROJECTOR_MAIN, { DATABASE_URL: databaseUrl, PROJECTOR_PORT: String(port), HOST: '127.0.0.1' });
}
