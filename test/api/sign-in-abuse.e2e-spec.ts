import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { as, createTestApp, lastPosition, type TestApp } from '../support/app';

// Sign-in that an anonymous caller cannot stall (issue 13, part 1). Loopback only.
const PASSWORD = 'correct horse battery staple';
const admin = () => as('administrator', 'admin-1', 'Ada Admin');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A listening app, called with fetch so that requests really run side by side. */
async function listening(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
}

async function postLogin(base: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { code?: string; accessToken?: string } };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

describe('sign-in under a random-username flood', () => {
  const LIMITS = { limit: 5, windowSeconds: 60, addressLimit: 20 };
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp({ auth: { signInLimit: LIMITS } });
    base = await listening(t);
    await t.http.post('/users').set(admin()).send({ username: 'victim', name: 'Vic Tim', role: 'programme-office', password: PASSWORD }).expect(201);
  });
  afterAll(() => t?.close());

  it('answers 429 within the limits, appends no events, and a signed-in request stays fast', async () => {
    // Signed in first (one attempt of the address's 20), from an address of its own.
    t.app.getHttpAdapter().getInstance().set('trust proxy', 'loopback');
    const me = await postLogin(base, { username: 'victim', password: PASSWORD }, { 'X-Forwarded-For': '10.0.0.1' });
    expect(me.status).toBe(200);
    const before = await lastPosition(t);
    // Warm first: the first answers compile the route and fill the session cache; the flood's
    // effect on a signed-in user is what is measured.
    for (let i = 0; i < 10; i++) {
      const warm = await fetch(`${base}/auth/me`, { headers: { Authorization: `Bearer ${me.body.accessToken}` } });
      expect(warm.status).toBe(200);
      await warm.arrayBuffer();
    }

    const latencies: number[] = [];
    let flooding = true;
    const probe = (async () => {
      while (flooding) {
        const started = performance.now();
        const res = await fetch(`${base}/auth/me`, { headers: { Authorization: `Bearer ${me.body.accessToken}` } });
        latencies.push(performance.now() - started);
        expect(res.status).toBe(200);
        await res.arrayBuffer();
        await sleep(50);
      }
    })();

    const attacker = { 'X-Forwarded-For': '203.0.113.7' };
    const attempt = () => postLogin(base, { username: `random-${randomUUID()}`, password: 'guess-guess-guess' }, attacker);
    // 10 a second for 5 seconds, then 50 at once.
    const paced: Promise<Awaited<ReturnType<typeof attempt>>>[] = [];
    for (let i = 0; i < 50; i++) {
      paced.push(attempt());
      await sleep(100);
    }
    const answers = [...(await Promise.all(paced)), ...(await Promise.all(Array.from({ length: 50 }, attempt)))];
    flooding = false;
    await probe;

    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // At most the address's allowance was ever checked; everything past it was refused unhashed.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LIMITS.addressLimit);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100 - LIMITS.addressLimit);
    for (const refused of answers.filter((a) => a.status === 429)) {
      expect(['TOO_MANY_SIGN_IN_ATTEMPTS', 'PASSWORD_HASHING_BUSY']).toContain(refused.body.code);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    expect(await lastPosition(t)).toBe(before);

    const p99 = percentile(latencies, 99);
    console.log(`GET /auth/me during the flood: ${latencies.length} requests, median ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, slowest ${[...latencies].sort((a, b) => b - a).slice(0, 3).map((l) => l.toFixed(0)).join(', ')} ms`);
    expect(latencies.length).toBeGreaterThan(30);
    expect(p99).toBeLessThan(200);
  });

  it('limits one user name across addresses: a known user guessed from many places gets 429', async () => {
    t.app.getHttpAdapter().getInstance().set('trust proxy', 'loopback');
    const answers = [];
    for (let i = 0; i < LIMITS.limit + 2; i++) {
      answers.push(await postLogin(base, { username: 'VICTIM ', password: `wrong guess number ${i}` }, { 'X-Forwarded-For': `198.51.100.${i + 1}` }));
    }
    // One allowance was spent by the first test's sign-in in this window.
    expect(answers.map((a) => a.status).slice(0, LIMITS.limit - 1)).toEqual(Array(LIMITS.limit - 1).fill(401));
    expect(answers.slice(LIMITS.limit).every((a) => a.status === 429 && a.body.code === 'TOO_MANY_SIGN_IN_ATTEMPTS')).toBe(true);
  });
});

describe('the password hashing pool is bounded', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp({
      auth: { signInLimit: { limit: 1000, windowSeconds: 60, addressLimit: 1000 }, passwordHashing: { threads: 1, queue: 2 } },
    });
    base = await listening(t);
  });
  afterAll(() => t?.close());

  it('answers 429 PASSWORD_HASHING_BUSY with Retry-After when its queue is full, and nothing is recorded', async () => {
    const before = await lastPosition(t);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => postLogin(base, { username: `nobody-${randomUUID()}`, password: 'guess-guess-guess' })),
    );
    const busy = answers.filter((a) => a.status === 429);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.every((a) => a.body.code === 'PASSWORD_HASHING_BUSY' && a.retryAfter === '1')).toBe(true);
    expect(answers.every((a) => a.status === 401 || a.status === 429)).toBe(true);
    expect(await lastPosition(t)).toBe(before);
  });
});

describe('what is typed at sign-in, the password policy, and who reads sign-ins', () => {
  let t: TestApp;
  let db: Client;

  beforeAll(async () => {
    t = await createTestApp();
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    await t.http.post('/users').set(admin()).send({ username: 'tim', name: 'Tim', role: 'lead', personId: 'person-tim', password: PASSWORD }).expect(201);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  /** Every row of every table in the test database, as text, that contains `needle` (case-insensitive). */
  async function tablesContaining(needle: string): Promise<string[]> {
    const { rows: tables } = await db.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.map((r) => r.name)).toEqual(expect.arrayContaining(['events', 'audit_history', 'rate_limit_counters', 'sign_in_unknown_user_failures']));
    const found: string[] = [];
    for (const { schema, name } of tables) {
      const table = `"${schema}"."${name}"`;
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${table} AS r WHERE r::text ILIKE $1`, [`%${needle}%`]);
      if (rows[0].n > 0) found.push(table);
    }
    return found;
  }

  it('a password typed as a user name, or a wrong password, is kept in no table (events included)', async () => {
    const typedAsName = 'Tr0ub4dor-and-3-horses';
    const typedAsPassword = 'Wr0ng-Pa55word-typed-by-tim';
    expect((await t.http.post('/auth/login').send({ username: typedAsName, password: 'anything at all' })).status).toBe(401);
    expect((await t.http.post('/auth/login').send({ username: 'tim', password: typedAsPassword })).status).toBe(401);
    const position = await lastPosition(t);
    // The projections have seen the known user's SignInFailed before the scan.
    await t.http.get('/audit').set(as('oversight-committee')).query({ waitForPosition: position }).expect(200);
    expect(await tablesContaining(typedAsName)).toEqual([]);
    expect(await tablesContaining(typedAsPassword)).toEqual([]);
    // The scan does find what is stored: the known user's refusal, and the count of the unknown one.
    expect(await tablesContaining('wrong-password')).toEqual(expect.arrayContaining(['"public"."events"']));
    const { rows } = await db.query(`SELECT sum(failures)::int AS n FROM sign_in_unknown_user_failures`);
    expect(rows[0].n).toBe(1);
  });

  it.each([
    ['password1234', /too easy to guess.*common password/],
    [' '.repeat(12), /white space/],
    ['qwertyuiop12', /too easy to guess/],
    ['short', /at least 12 characters/],
  ])('refuses the password %j with a 400 saying why (field password), on register and on reset', async (password, why) => {
    const before = await lastPosition(t);
    const registered = await t.http.post('/users').set(admin()).send({ username: 'weak', name: 'Weak', role: 'programme-office', password }).expect(400);
    const reset = await t.http.post('/users/tim/password-changes').set(admin()).send({ password }).expect(400);
    for (const res of [registered, reset]) {
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field: 'password', messages: [expect.stringMatching(why)] }]);
    }
    expect(await lastPosition(t)).toBe(before);
  });

  it('refuses a password built from the user name', async () => {
    const res = await t.http.post('/users').set(admin()).send({ username: 'margaret-hodge', name: 'Margaret Hodge', role: 'lead', personId: 'p-mh', password: 'margaret-hodge1' }).expect(400);
    expect(res.body.errors).toEqual([{ field: 'password', messages: [expect.stringMatching(/contains the user name or the name/)] }]);
  });

  it('refuses credentials in the query string, even correct ones, and records nothing', async () => {
    const before = await lastPosition(t);
    for (const res of [
      await t.http.post('/auth/login').query({ username: 'tim', password: PASSWORD }).send({}),
      await t.http.post('/auth/login').query({ password: PASSWORD }).send({ username: 'tim', password: PASSWORD }),
    ]) {
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('CREDENTIALS_IN_QUERY');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('password');
    }
    expect(await lastPosition(t)).toBe(before);
    await t.http.post('/auth/login').send({ username: 'tim', password: PASSWORD }).expect(200);
  });

  it('sign-ins and addresses are read by the committee and the administrator, not by the programme office or leads', async () => {
    await t.http.post('/auth/login').send({ username: 'tim', password: 'not the password at all' }).expect(401);
    const position = await lastPosition(t);
    const audit = (who: Record<string, string>, eventType?: string) =>
      t.http.get('/audit').set(who).query({ waitForPosition: position, ...(eventType ? { eventType } : {}) }).expect(200);
    for (const reader of [as('oversight-committee'), admin()]) {
      const failed = await audit(reader, 'SignInFailed');
      expect(failed.body.items[0].sentence).toMatch(/"tim" refused: wrong-password .*127\.0\.0\.1/);
    }
    for (const reader of [as('programme-office'), as('lead', 'person-tim')]) {
      for (const eventType of ['SignInFailed', 'UserSignedIn', undefined]) {
        const items = (await audit(reader, eventType)).body.items as { eventType: string; sentence: string }[];
        expect(items.filter((i) => ['SignInFailed', 'UserSignedIn'].includes(i.eventType))).toEqual([]);
        expect(items.some((i) => i.sentence.includes('127.0.0.1'))).toBe(false);
      }
    }
    // The administrator reads users and sign-ins, never the programme's history.
    const adminItems = (await audit(admin())).body.items as { streamId: string }[];
    expect(adminItems.every((i) => i.streamId === 'sign-ins' || i.streamId.startsWith('user-'))).toBe(true);
  });
});
