import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** An account a first start (or a reset) created, with the password it signs in with. */
export interface Account {
  username: string;
  password: string;
  role: string;
  name?: string;
}

/** Where the product keeps its own files: `LEDGER_DATA_DIR`, `.data` by default. */
export function ledgerDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.LEDGER_DATA_DIR ?? '.data');
}

/** The accounts file: every generated password, one line per account (the last line of a username wins). */
export function accountsFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(ledgerDataDir(env), 'demo-users.txt');
}

const HEADER = [
  '# Accounts created by the first start of Programme Ledger (and password resets since).',
  '# When a username appears more than once, its last line holds the current password.',
  `# ${'username'.padEnd(26)}${'role'.padEnd(20)}${'password'.padEnd(28)}name`,
];
const LINE = /^(\S+)\s+(\S+)\s+(\S+)(?:\s+(.*?))?\s*$/;

function line(a: Account): string {
  return `${a.username.padEnd(27)} ${a.role.padEnd(19)} ${a.password.padEnd(27)} ${a.name ?? ''}`.trimEnd();
}

/** Fsyncs a directory, so a file just created in it is still there after a power cut. */
function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The accounts file, appended to and fsynced as each account comes to exist: a first start
 * killed half-way loses no password it has already recorded. Mode 600.
 */
export class AccountsFile {
  constructor(readonly path: string) {}

  /** The accounts recorded so far, by username (the latest line of each); none if there is no file. */
  read(): Map<string, Account> {
    const accounts = new Map<string, Account>();
    if (!existsSync(this.path)) return accounts;
    for (const text of readFileSync(this.path, 'utf8').split('\n')) {
      const match = LINE.exec(text);
      if (!match || text.startsWith('#')) continue;
      const [, username, role, password, name] = match;
      accounts.set(username, { username, role, password, ...(name ? { name } : {}) });
    }
    return accounts;
  }

  /** Appends the account and waits until it is on disk. */
  record(account: Account): void {
    const dir = dirname(this.path);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const created = !existsSync(this.path);
    const fd = openSync(this.path, 'a', 0o600);
    try {
      writeSync(fd, `${created ? `${HEADER.join('\n')}\n` : ''}${line(account)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // A file that existed before with a looser mode is tightened too.
    chmodSync(this.path, 0o600);
    if (created) fsyncDirectory(dir);
  }
}

/** The accounts a first start created, as a table to print and keep (the passwords are shown once). */
export function accountsTable(accounts: Account[]): string {
  const width = Math.max(...accounts.map((a) => a.username.length), 8);
  const roleWidth = Math.max(...accounts.map((a) => a.role.length), 4);
  return [
    `${'username'.padEnd(width)}  ${'role'.padEnd(roleWidth)}  password                  name`,
    ...accounts.map((a) => `${a.username.padEnd(width)}  ${a.role.padEnd(roleWidth)}  ${a.password.padEnd(24)}  ${a.name ?? ''}`),
  ].join('\n');
}
