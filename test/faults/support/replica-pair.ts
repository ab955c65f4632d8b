import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { ROOT, sleep } from './processes';

const run = promisify(execFile);
const SCRIPT = join(ROOT, 'scripts/pg-replica-pair.sh');

/**
 * Why the replication tests cannot run here (no Debian PostgreSQL with pg_basebackup), or
 * null. `npm test` runs `pg-replica-pair.sh ensure` first, which installs it as root.
 */
export function replicationMissingMessage(): string | null {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [];
  if (versions.some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/pg_basebackup`))) return null;
  return 'Replication fault tests skipped: Debian\'s PostgreSQL (pg_basebackup) is not installed. Run "bash scripts/pg-replica-pair.sh ensure" as root (it runs "apt-get install -y postgresql-15").';
}

/** describe, or describe.skip with the reason where the servers cannot be made; under CI=true a skip is a failure. */
export function describeWithReplication(name: string, fn: () => void): void {
  const missing = replicationMissingMessage();
  if (!missing) return describe(name, fn);
  console.warn(missing);
  if (process.env.CI === 'true') {
    it('has Debian\'s PostgreSQL to run the replication tests in CI', () => {
      throw new Error(missing);
    });
  }
  describe.skip(name, fn);
}

/**
 * A primary and a synchronous streaming hot standby of Debian's PostgreSQL, made by
 * scripts/pg-replica-pair.sh (which installs postgresql-15 when it is missing). Call
 * `destroy()` in afterAll: it stops both servers and removes their files, whatever happened.
 */
export class ReplicaPair {
  private constructor(
    readonly dir: string,
    readonly primaryPort: number,
    readonly standbyPort: number,
  ) {}

  static async create(env: Record<string, string> = {}): Promise<ReplicaPair> {
    const { stdout } = await run('bash', [SCRIPT, 'up'], { env: { ...process.env, ...env }, timeout: 330_000 });
    const vars = Object.fromEntries(
      stdout
        .split('\n')
        .map((l) => /^([A-Z_]+)=(.*)$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], m[2]]),
    );
    return new ReplicaPair(vars.DIR, Number(vars.PRIMARY_PORT), Number(vars.STANDBY_PORT));
  }

  /** One node's URL (trust auth on loopback, user ledger). */
  url(port: number, database = 'ledger'): string {
    return `postgres://ledger@127.0.0.1:${port}/${database}`;
  }

  get primaryUrl(): string {
    return this.url(this.primaryPort);
  }

  get standbyUrl(): string {
    return this.url(this.standbyPort);
  }

  /** Both nodes in one URL, as the apps take it: writes go to whichever is primary. */
  multiHostUrl(target: 'read-write' | 'prefer-standby' = 'read-write'): string {
    return `postgres://ledger@127.0.0.1:${this.primaryPort},127.0.0.1:${this.standbyPort}/ledger?target_session_attrs=${target}`;
  }

  /** The application database, on the primary (the standby replays it). */
  async createDatabase(name = 'ledger'): Promise<void> {
    const client = new Client({ connectionString: this.url(this.primaryPort, 'postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
  }

  /**
   * The primary's machine lost: SIGKILL to its postmaster and every backend at once (a
   * postmaster killed alone leaves its backends serving their sessions for a while).
   */
  killPrimary(): number[] {
    const postmaster = Number(readFileSync(join(this.dir, 'primary/postmaster.pid'), 'utf8').split('\n')[0]);
    const pids = [postmaster, ...childrenOf(postmaster)];
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    return pids;
  }

  /** pg_ctl promote on the standby; resolves once it accepts writes. */
  async promote(): Promise<void> {
    await run('bash', [SCRIPT, 'promote', this.dir], { timeout: 90_000 });
    for (const deadline = Date.now() + 30_000; ; await sleep(50)) {
      if ((await inRecovery(this.standbyUrl)) === false) return;
      if (Date.now() > deadline) throw new Error('the promoted standby still reports pg_is_in_recovery() after 30 s');
    }
  }

  async destroy(): Promise<void> {
    await run('bash', [SCRIPT, 'down', this.dir], { timeout: 90_000 }).catch((error: Error) => console.error(`pg-replica-pair down: ${error.message}`));
  }
}

export async function inRecovery(url: string): Promise<boolean | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return (await client.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r')).rows[0].r;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return out;
}
