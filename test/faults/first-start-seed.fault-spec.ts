import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AccountsFile, DEMO_USERS } from '@ledger/seed';
import { createTestDatabase } from '../support/database';
import { API_MAIN, freePort, killHard, sleep, spawnTs, type NodeChild } from './support/processes';

/**
 * The product's own first start (apps/api/main.ts, a real process, seeding on), interrupted
 * the way a new user does it: Ctrl-C (SIGINT) a moment after it began to seed, and SIGKILL
 * at points through the seed; each time started again. The last start must leave the demo
 * exactly as an uninterrupted first start does, every account in the accounts file able to
 * sign in, and a start after that must record nothing.
 */

// A random key: start-up refuses placeholders and low-entropy ones.
const JWT_SECRET = randomBytes(48).toString('base64');

interface Store {
  total: number;
  /** Every stream's event types in order, less what a resumed seed adds by design: sign-ins and password resets. */
  streams: Map<string, string[]>;
  passwordResets: string[];
}

async function query<T>(databaseUrl: string, sql: string): Promise<T[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query(sql)).rows as T[];
  } catch (error) {
    // No events table yet (the migrations have not run): nothing stored.
    if ((error as { code?: string }).code === '42P01') return [];
    throw error;
  } finally {
    await db.end();
  }
}

const eventCount = async (databaseUrl: string) =>
  Number((await query<{ n: string }>(databaseUrl, 'SELECT count(*) AS n FROM events'))[0]?.n ?? 0);

async function readStore(databaseUrl: string): Promise<Store> {
  const rows = await query<{ stream_id: string; event_type: string }>(
    databaseUrl,
    'SELECT stream_id, event_type FROM events ORDER BY stream_id, stream_version',
  );
  const streams = new Map<string, string[]>();
  const passwordResets: string[] = [];
  for (const row of rows) {
    if (row.stream_id === 'sign-ins') continue;
    if (row.event_type === 'PasswordChanged') {
      passwordResets.push(row.stream_id);
      continue;
    }
    streams.set(row.stream_id, [...(streams.get(row.stream_id) ?? []), row.event_type]);
  }
  return { total: rows.length, streams, passwordResets };
}

async function health(baseUrl: string): Promise<{ status: number; body: { status?: string; seed?: string } } | null> {
  try {
    const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
    return { status: res.status, body: (await res.json()) as { status?: string; seed?: string } };
  } catch {
    return null;
  }
}

async function signIn(baseUrl: string, username: string, password: string): Promise<{ status: number; token?: string }> {
  const res = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { accessToken?: string };
  return { status: res.status, token: body.accessToken };
}

async function proposalCount(baseUrl: string, token: string): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const res = await fetch(`${baseUrl}/proposals?limit=200${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`GET /proposals -> ${res.status} ${await res.text()}`);
    const page = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

describe('the first start, interrupted during its seed and started again', () => {
  const children: NodeChild[] = [];
  const dataDirs: string[] = [];
  afterAll(async () => {
    await Promise.all(children.map(killHard));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  /** `npm start`'s entry on its own database, data dir and port, seeding on first start. */
  async function product() {
    const databaseUrl = await createTestDatabase('first_start');
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-first-start-'));
    dataDirs.push(dataDir);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const start = () => {
      // Every start signs the demo users in again from 127.0.0.1, and the test then signs all of
      // them in once more: more than one address's sign-in allowance a minute, which is not what
      // this test is about.
      const child = spawnTs(API_MAIN, { DATABASE_URL: databaseUrl, JWT_SECRET, PORT: String(port), HOST: '127.0.0.1', LEDGER_DATA_DIR: dataDir, SIGN_IN_RATE_LIMIT: '1000' });
      children.push(child);
      return child;
    };
    return { databaseUrl, dataDir, baseUrl, start, accounts: new AccountsFile(join(dataDir, 'demo-users.txt')) };
  }

  /** Until /health says 200 (seeded), the process having printed that it listens. */
  async function untilReady(baseUrl: string, child: NodeChild, seen?: Set<string>): Promise<void> {
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (child.process.exitCode !== null || child.process.signalCode !== null) {
        throw new Error(`The API exited:\n${child.output.join('').slice(-4000)}`);
      }
      const answer = await health(baseUrl);
      if (answer) seen?.add(`${answer.status} ${answer.body.status} ${answer.body.seed}`);
      if (answer?.status === 200 && /listening on http/.test(child.output.join(''))) return;
      if (Date.now() > deadline) throw new Error(`Not ready in time:\n${child.output.join('').slice(-4000)}`);
      await sleep(100);
    }
  }

  let reference: Store;
  let referenceProposals: number;

  it('an uninterrupted first start: /health answers 503 "seeding" until the demo is recorded, then 200', async () => {
    const p = await product();
    const child = p.start();
    const seen = new Set<string>();
    await untilReady(p.baseUrl, child, seen);
    expect([...seen]).toContain('503 seeding in-progress');
    expect([...seen].at(-1)).toBe('200 ok complete');
    reference = await readStore(p.databaseUrl);
    const office = p.accounts.read().get('mmp-programme-office')!;
    referenceProposals = await proposalCount(p.baseUrl, (await signIn(p.baseUrl, office.username, office.password)).token!);
    expect(referenceProposals).toBeGreaterThan(10);
    expect(reference.passwordResets).toEqual([]);
    await killHard(child);
  }, 200_000);

  it('killed five times during the seed (SIGINT and SIGKILL), it finishes the demo exactly once on the next start', async () => {
    const p = await product();
    const referenceTotal = [...reference.streams.values()].reduce((n, types) => n + types.length, 0);
    // The user's case first: Ctrl-C as soon as the seed began; then through the demo users and the requests.
    // `after`: events in the store; `more`: events this start recorded itself (so no start is killed before it did anything).
    const kills: { after?: number; more?: number; signal: 'SIGINT' | 'SIGKILL' }[] = [
      { after: 3, signal: 'SIGINT' },
      { more: 2, signal: 'SIGKILL' },
      { after: Math.round(referenceTotal * 0.3), signal: 'SIGKILL' },
      { after: Math.round(referenceTotal * 0.6), signal: 'SIGINT' },
      { after: Math.round(referenceTotal * 0.9), signal: 'SIGKILL' },
    ];
    const cut: string[] = [];
    let cutFromFile: string[] = [];
    for (const [i, kill] of kills.entries()) {
      const target = Math.max(kill.after ?? 0, (await eventCount(p.databaseUrl)) + (kill.more ?? 1));
      const child = p.start();
      while ((await eventCount(p.databaseUrl)) < target) {
        if (child.process.exitCode !== null) throw new Error(`Exited before ${target} events:\n${child.output.join('').slice(-4000)}`);
        await sleep(10);
      }
      // While the seed is unfinished, /health says so.
      const answer = await health(p.baseUrl);
      if (answer) expect(answer).toMatchObject({ status: 503, body: { status: 'seeding', seed: 'in-progress' } });
      child.process.kill(kill.signal);
      await child.exited;
      cut.push(`${kill.signal} at ${await eventCount(p.databaseUrl)} events`);
      if (i === 1) {
        // A password lost between its event and the file (a crash there): the next start must set a new one.
        const lost = /^(administrator|mmp-programme-office)\s/;
        const lines = readFileSync(p.accounts.path, 'utf8').split('\n');
        cutFromFile = lines.filter((l) => lost.test(l)).map((l) => `user-${l.split(/\s/)[0]}`);
        writeFileSync(p.accounts.path, lines.filter((l) => !lost.test(l)).join('\n'), { mode: 0o600 });
      }
    }

    const child = p.start();
    await untilReady(p.baseUrl, child);
    const resumed = await readStore(p.databaseUrl);
    const accounts = p.accounts.read();

    // The whole demo exactly once: every stream with the same events in the same order as the reference.
    expect(Object.fromEntries(resumed.streams)).toEqual(Object.fromEntries(reference.streams));
    // The accounts file is complete, mode 600, and every password in it signs in.
    expect(statSync(p.accounts.path).mode & 0o777).toBe(0o600);
    expect([...accounts.keys()].sort()).toEqual(['administrator', ...DEMO_USERS.map((u) => u.id)].sort());
    const signIns = await Promise.all([...accounts.values()].map(async (a) => [a.username, (await signIn(p.baseUrl, a.username, a.password)).status]));
    expect(signIns.filter(([, status]) => status !== 200)).toEqual([]);
    // The passwords cut from the file were set anew, as events (the administrator's at least).
    expect(cutFromFile).toContain('user-administrator');
    expect(resumed.passwordResets).toEqual(expect.arrayContaining(cutFromFile));
    const office = accounts.get('mmp-programme-office')!;
    expect(await proposalCount(p.baseUrl, (await signIn(p.baseUrl, office.username, office.password)).token!)).toBe(referenceProposals);

    // A start after completion records nothing at all.
    await killHard(child);
    const before = await eventCount(p.databaseUrl);
    const again = p.start();
    await untilReady(p.baseUrl, again);
    expect(await eventCount(p.databaseUrl)).toBe(before);
    expect(again.output.join('')).not.toMatch(/seeding|Resuming/);
    console.log(
      [
        `first start interrupted: ${cut.join(', ')}; the next start finished it.`,
        `  events: reference ${reference.total} (demo ${referenceTotal}), resumed ${resumed.total} ` +
          `(demo ${[...resumed.streams.values()].reduce((n, t) => n + t.length, 0)}, the rest sign-ins and ${resumed.passwordResets.length} password resets); ` +
          `streams ${resumed.streams.size}/${reference.streams.size}; proposals ${referenceProposals}; accounts ${accounts.size}`,
      ].join('\n'),
    );
  }, 420_000);
});
