import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../../apps/api/auth/access-token';
import { REFRESH_COOKIE } from '../../apps/api/auth/refresh-cookie';
import { as, createTestApp, expectNothingAppended, lastPosition, TEST_JWT_SECRET, type TestApp } from '../support/app';

const PASSWORD = 'correct horse battery staple';
const admin = () => as('administrator', 'admin-1', 'Ada Admin');
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The Set-Cookie of the refresh cookie in an answer, split into its value and attributes. */
function refreshCookieIn(res: { headers: Record<string, unknown> }) {
  const all = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
  const line = all.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
  if (!line) return undefined;
  const [pair, ...rest] = line.split(/;\s*/);
  const attributes = new Map(rest.map((a) => { const [k, ...v] = a.split('='); return [k.toLowerCase(), v.join('=')] as const; }));
  return { line, value: decodeURIComponent(pair.slice(REFRESH_COOKIE.length + 1)), attributes };
}

/** A token's claims, unverified (to look at, and to tamper with). */
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
const headerOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as Record<string, unknown>;

describe('sign-in: login, refresh, logout, and tokens that must be refused', () => {
  let t: TestApp;
  let db: Client;

  const register = async (username: string, role = 'lead', personId: string | null = `person-${username}`) => {
    await t.http
      .post('/users')
      .set(admin())
      .send({ username, name: `Name of ${username}`, role, ...(personId ? { personId } : {}), password: PASSWORD })
      .expect(201);
  };
  const login = (username: string, password = PASSWORD) => t.http.post('/auth/login').send({ username, password });
  /** The access token (body) and the refresh token (cookie) of a fresh sign-in. */
  const signedIn = async (username: string) => {
    const res = await login(username).expect(200);
    return { accessToken: res.body.accessToken as string, refreshToken: refreshCookieIn(res)!.value };
  };
  /** POST /auth/refresh as a browser sends it: the refresh token in its cookie. */
  const refresh = (refreshToken: string) => t.http.post('/auth/refresh').set('Cookie', `${REFRESH_COOKIE}=${encodeURIComponent(refreshToken)}`);

  beforeAll(async () => {
    // The default 10 a minute per name; every sign-in here comes from one address, and this
    // spec's sign-ins (more than the default 30 a minute per address) are not the attack it counts.
    t = await createTestApp({ auth: { signInLimit: { limit: 10, windowSeconds: 60, addressLimit: 100 } } });
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    await register('tim', 'lead', 'person-tim-godwin');
    await register('office', 'programme-office', null);
    await register('gone', 'oversight-committee', null);
    await t.http.post('/users/gone/deactivation').set(admin()).send({ reason: 'Left the committee' }).expect(201);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('POST /auth/login', () => {
    it('answers 200 with the access token and the user; the access token is a 15-minute HS256 JWT', async () => {
      const res = await login('TIM ').expect(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        expiresIn: 900,
        user: { id: 'tim', username: 'tim', name: 'Name of tim', role: 'lead', personId: 'person-tim-godwin' },
      });
      expect(headerOf(res.body.accessToken)).toMatchObject({ alg: 'HS256', typ: 'JWT' });
      const claims = claimsOf(res.body.accessToken);
      expect(claims).toMatchObject({
        sub: 'tim',
        username: 'tim',
        name: 'Name of tim',
        role: 'lead',
        personId: 'person-tim-godwin',
        sid: expect.any(String),
        iss: ACCESS_TOKEN_ISSUER,
        aud: ACCESS_TOKEN_AUDIENCE,
      });
      expect(Number(claims.exp) - Number(claims.iat)).toBe(900);
      const me = await t.http.get('/auth/me').set(bearer(res.body.accessToken)).expect(200);
      expect(me.body).toEqual(res.body.user);
      await t.http.get('/programmes').set(bearer(res.body.accessToken)).expect(200);
    });

    it('401 INVALID_CREDENTIALS for a wrong password, an unknown user and a deactivated user, alike', async () => {
      for (const [username, password] of [['tim', 'wrong password!'], ['nobody', PASSWORD], ['gone', PASSWORD], ['../etc', PASSWORD]]) {
        const res = await login(username, password).expect(401);
        expect(res.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: expect.any(String) });
      }
    });

    it('400 when the username or password is missing', async () => {
      const res = await t.http.post('/auth/login').send({ username: 'tim' }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('429 after 10 attempts a minute for one username from one address; another username is not held up', async () => {
      await register('target');
      for (let i = 0; i < 10; i++) await login('target', `guess number ${i}`).expect(401);
      const res = await login('target', PASSWORD).expect(429);
      expect(res.body.code).toBe('TOO_MANY_SIGN_IN_ATTEMPTS');
      expect(res.headers['retry-after']).toBeDefined();
      await login('office').expect(200);
    });
  });

  describe('the refresh cookie', () => {
    it('sign-in sets it HttpOnly, Secure, SameSite=Strict, for the refresh path only, until the session ends; the body has no refresh token', async () => {
      const started = Date.now();
      const res = await login('office').expect(200);
      expect(res.body).not.toHaveProperty('refreshToken');
      const cookie = refreshCookieIn(res)!;
      expect(cookie).toBeDefined();
      expect(cookie.value).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect(cookie.attributes.get('path')).toBe('/auth/refresh');
      expect(cookie.attributes.has('httponly')).toBe(true);
      expect(cookie.attributes.has('secure')).toBe(true);
      expect(cookie.attributes.get('samesite')).toBe('Strict');
      expect(cookie.attributes.has('domain')).toBe(false);
      // The session's 12 hours (the default), give or take the request.
      const expires = Date.parse(cookie.attributes.get('expires')!);
      expect(Math.abs(expires - (started + 12 * 3600_000))).toBeLessThan(60_000);
      // No script-readable copy anywhere in the answer.
      expect(JSON.stringify(res.body)).not.toContain(cookie.value.split('.')[1]);
    });
  });

  describe('POST /auth/refresh', () => {
    it('rotates by cookie: a new access token in the body, a new refresh token in the cookie; the old one is spent', async () => {
      const first = await signedIn('office');
      const second = await refresh(first.refreshToken).expect(200);
      expect(second.body).toEqual({
        accessToken: expect.any(String),
        expiresIn: 900,
        user: { id: 'office', username: 'office', name: 'Name of office', role: 'programme-office', personId: null },
      });
      const rotated = refreshCookieIn(second)!;
      expect(rotated.line).toMatch(/; Path=\/auth\/refresh; Expires=[^;]+; HttpOnly; Secure; SameSite=Strict$/);
      expect(rotated.value).not.toBe(first.refreshToken);
      expect(claimsOf(second.body.accessToken).sid).toBe(claimsOf(first.accessToken).sid);
      await t.http.get('/auth/me').set(bearer(second.body.accessToken)).expect(200);
      const third = await refresh(rotated.value).expect(200);
      await t.http.get('/auth/me').set(bearer(third.body.accessToken)).expect(200);
    });

    it('a reused refresh token is refused, and ends its session: the newer tokens stop working too', async () => {
      const first = await signedIn('office');
      const answer = await refresh(first.refreshToken).expect(200);
      const second = { accessToken: answer.body.accessToken as string, refreshToken: refreshCookieIn(answer)!.value };
      const reuse = await refresh(first.refreshToken).expect(401);
      expect(reuse.body.code).toBe('INVALID_REFRESH_TOKEN');
      // The refused cookie is cleared, on the same path.
      expect(refreshCookieIn(reuse)!.line).toMatch(/^ledger_refresh=; Path=\/auth\/refresh; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict$/);
      await refresh(second.refreshToken).expect(401);
      await t.http.get('/auth/me').set(bearer(second.accessToken)).expect(401);
    });

    it('401 NO_REFRESH_COOKIE without the cookie, saying to sign in; a token in the body is not read', async () => {
      const { refreshToken } = await signedIn('office');
      for (const res of [await t.http.post('/auth/refresh').expect(401), await t.http.post('/auth/refresh').send({ refreshToken }).expect(401)]) {
        expect(res.body).toEqual({ statusCode: 401, code: 'NO_REFRESH_COOKIE', message: expect.stringMatching(/No session cookie.*sign in/) });
      }
      // Another cookie's name is no refresh cookie either.
      const other = await t.http.post('/auth/refresh').set('Cookie', `refreshToken=${refreshToken}`).expect(401);
      expect(other.body.code).toBe('NO_REFRESH_COOKIE');
      // The token itself was not spent by those.
      await refresh(refreshToken).expect(200);
    });

    it('401 INVALID_REFRESH_TOKEN for a made-up or malformed refresh cookie', async () => {
      for (const token of [`${randomUUID()}.${'x'.repeat(43)}`, 'nonsense']) {
        const res = await refresh(token).expect(401);
        expect(res.body.code).toBe('INVALID_REFRESH_TOKEN');
      }
    });
  });

  describe('POST /auth/logout', () => {
    it("204 and the cookie cleared; afterwards that session's access and refresh tokens are refused, other sessions carry on", async () => {
      const session = await signedIn('tim');
      const other = await signedIn('tim');
      const out = await t.http.post('/auth/logout').set(bearer(session.accessToken)).expect(204);
      const cleared = refreshCookieIn(out)!;
      expect(cleared.value).toBe('');
      expect(cleared.attributes.get('path')).toBe('/auth/refresh');
      expect(Date.parse(cleared.attributes.get('expires')!)).toBeLessThan(Date.now());
      const res = await t.http.get('/auth/me').set(bearer(session.accessToken)).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      // Revoked on the server: the cookie a browser (or a thief) kept is refused too.
      const refused = await refresh(session.refreshToken).expect(401);
      expect(refused.body.code).toBe('INVALID_REFRESH_TOKEN');
      const { rows } = await db.query(`SELECT revoked_reason FROM auth_sessions WHERE session_id = $1`, [claimsOf(session.accessToken).sid]);
      expect(rows).toEqual([{ revoked_reason: 'signed-out' }]);
      await t.http.get('/auth/me').set(bearer(other.accessToken)).expect(200);
      await refresh(other.refreshToken).expect(200);
    });

    it('401 without a token', async () => {
      await t.http.post('/auth/logout').expect(401);
    });
  });

  describe('tokens that must be refused (401, nothing recorded)', () => {
    const claims = { sub: 'mallory', username: 'mallory', name: 'Mallory', role: 'programme-office', personId: null, sid: randomUUID() };
    const sign = (secret: string, extra: object = {}, options: object = { expiresIn: 900 }) =>
      new JwtService({ secret }).sign({ ...claims, ...extra }, { algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, ...options });
    const refusedWith = async (authorization: string | undefined, message = /Sign in first/) => {
      const req = t.http.post('/programmes');
      const res = await expectNothingAppended(t, () =>
        (authorization === undefined ? req : req.set('Authorization', authorization)).send({ programmeId: 'mallory', name: 'N', mission: 'M', source: { document: 'D' } }),
      );
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect(res.body.message).toMatch(message);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    };

    it('accepts a well-signed token for a live session of its user (the control)', async () => {
      const { sid } = claimsOf((await signedIn('office')).accessToken);
      const res = await t.http.get('/auth/me').set(bearer(sign(TEST_JWT_SECRET, { sub: 'office', username: 'office', sid }))).expect(200);
      expect(res.body.username).toBe('office');
    });

    it('a tampered token: a role raised in the payload, the signature kept', async () => {
      const [header, , signature] = as('lead', 'lead-1').Authorization.slice(7).split('.');
      const raised = Buffer.from(JSON.stringify({ ...claimsOf(as('lead', 'lead-1').Authorization.slice(7)), role: 'programme-office' })).toString('base64url');
      await refusedWith(`Bearer ${header}.${raised}.${signature}`);
    });

    it('an expired token, with a hint to refresh', async () => {
      const expired = sign(TEST_JWT_SECRET, { iat: Math.floor(Date.now() / 1000) - 1000, exp: Math.floor(Date.now() / 1000) - 100 }, {});
      await refusedWith(`Bearer ${expired}`, /expired/);
    });

    it('a token signed with another key, or with no signature at all (alg none)', async () => {
      await refusedWith(`Bearer ${sign('another-key-of-at-least-thirty-two-characters')}`);
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })).toString('base64url')}.`;
      await refusedWith(`Bearer ${none}`);
    });

    it("a token for another audience or issuer, or with a role that is not one of ours", async () => {
      await refusedWith(`Bearer ${sign(TEST_JWT_SECRET, {}, { expiresIn: 900, audience: 'another-api' })}`);
      await refusedWith(`Bearer ${sign(TEST_JWT_SECRET, {}, { expiresIn: 900, issuer: 'someone-else' })}`);
      await refusedWith(`Bearer ${sign(TEST_JWT_SECRET, { role: 'system' })}`);
    });

    it('no token, garbage, or another scheme', async () => {
      await refusedWith(undefined);
      await refusedWith('Bearer not.a.token');
      await refusedWith(`Basic ${Buffer.from('tim:pw').toString('base64')}`);
    });

    it('the development headers are gone: X-Actor-* neither signs anyone in nor changes the actor', async () => {
      const res = await t.http.get('/programmes').set({ 'X-Actor-Id': 'po-1', 'X-Actor-Role': 'programme-office' }).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      const write = await t.http
        .post('/programmes')
        .set(as('programme-office', 'po-7', 'Pat Office'))
        .set({ 'X-Actor-Id': 'mallory', 'X-Actor-Role': 'oversight-committee', 'X-Actor-Name': 'Mallory' })
        .send({ programmeId: 'actor-check', name: 'N', mission: 'M', source: { document: 'D' }, actor: { id: 'mallory' } })
        .expect(400);
      expect(write.body.errors.map((e: { field: string }) => e.field)).toContain('actor');
      await t.http
        .post('/programmes')
        .set(as('programme-office', 'po-7', 'Pat Office'))
        .set({ 'X-Actor-Id': 'mallory', 'X-Actor-Role': 'oversight-committee' })
        .send({ programmeId: 'actor-check', name: 'N', mission: 'M', source: { document: 'D' } })
        .expect(201);
      const { rows } = await db.query(`SELECT metadata->'actor' AS actor FROM events WHERE stream_id = 'programme-actor-check'`);
      expect(rows[0].actor).toEqual({ id: 'po-7', role: 'programme-office', name: 'Pat Office' });
    });
  });

  describe('users and their sessions', () => {
    it('a role change ends the user’s sessions; the next sign-in carries the new role', async () => {
      await register('mover');
      const before = await signedIn('mover');
      await t.http.post('/users/mover/role-changes').set(admin()).send({ role: 'oversight-committee', reason: 'Joined the committee' }).expect(201);
      await t.http.get('/auth/me').set(bearer(before.accessToken)).expect(401);
      await refresh(before.refreshToken).expect(401);
      const after = (await login('mover').expect(200)).body;
      expect(after.user.role).toBe('oversight-committee');
    });

    it('a deactivated user is signed out everywhere and cannot sign in or refresh', async () => {
      await register('leaver');
      const session = await signedIn('leaver');
      await t.http.post('/users/leaver/deactivation').set(admin()).send({ reason: 'Left the MPS' }).expect(201);
      await t.http.get('/auth/me').set(bearer(session.accessToken)).expect(401);
      await login('leaver').expect(401);
    });

    it('an administrator cannot demote or deactivate themself', async () => {
      await register('second-admin', 'administrator', null);
      const own = as('administrator', 'second-admin', 'Second admin');
      const res = await expectNothingAppended(t, () => t.http.post('/users/second-admin/deactivation').set(own).send({ reason: 'Oops' }));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'USER_SELF_CHANGE' });
    });

    it('GET /users lists users without any password hash; registering twice is a 409', async () => {
      const res = await t.http.get('/users').set(admin()).query({ waitForPosition: await lastPosition(t) }).expect(200);
      const tim = res.body.items.find((u: { username: string }) => u.username === 'tim');
      expect(tim).toMatchObject({ userId: 'tim', role: 'lead', personId: 'person-tim-godwin', active: true, lastSignedInAt: expect.any(String) });
      expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
      const again = await expectNothingAppended(t, () =>
        t.http.post('/users').set(admin()).send({ username: 'tim', name: 'Tim', role: 'lead', personId: 'p', password: PASSWORD }),
      );
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'USER_ALREADY_REGISTERED' });
    });

    it('a lead needs a person id, a password at least 12 characters', async () => {
      const res = await t.http.post('/users').set(admin()).send({ username: 'no-person', name: 'N', role: 'lead', password: 'short' }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
      const lead = await t.http.post('/users').set(admin()).send({ username: 'no-person', name: 'N', role: 'lead', password: PASSWORD }).expect(400);
      expect(lead.body.code).toBe('USER_PERSON_ID_REQUIRED');
    });
  });

  it("every sign-in and every refusal of a known user is in the audit history, with who and why; an unknown name is only counted", async () => {
    await login('tim').expect(200);
    await login('tim', 'not the password').expect(401);
    await login('nobody-at-all').expect(401);
    const read = (eventType: string) =>
      t.http.get('/audit').set(as('oversight-committee')).query({ eventType, waitForPosition: 0 });
    const position = await lastPosition(t);
    const signedIn = await read('UserSignedIn').query({ waitForPosition: position }).expect(200);
    expect(signedIn.body.items[0]).toMatchObject({ actorId: 'tim', actorRole: 'lead', actorName: 'Name of tim', sentence: expect.stringContaining('signed in as tim') });
    const failed = await read('SignInFailed').query({ waitForPosition: position }).expect(200);
    expect(failed.body.items.slice(0, 1).map((i: { sentence: string; actorRole: string }) => [i.actorRole, i.sentence])).toEqual([
      ['system', expect.stringContaining('"tim" refused: wrong-password')],
    ]);
    // A name nobody has (it may be a password typed in the wrong box) is counted, never recorded.
    const unknown = await db.query(`SELECT 1 FROM events WHERE data::text LIKE '%nobody-at-all%'`);
    expect(unknown.rowCount).toBe(0);
    const counted = await db.query(`SELECT sum(failures)::int AS n FROM sign_in_unknown_user_failures`);
    expect(counted.rows[0].n).toBeGreaterThanOrEqual(1);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = 'sign-ins' AND event_type = 'SignInFailed'`);
    expect(rows[0].n).toBeGreaterThanOrEqual(10);
    // An unknown username creates no stream of its own.
    const streams = await db.query(`SELECT 1 FROM events WHERE stream_id = 'user-nobody-at-all'`);
    expect(streams.rowCount).toBe(0);
  });

  describe('hardening', () => {
    it('helmet headers on every response; CORS closed by default', async () => {
      const res = await t.http.get('/health').set('Origin', 'https://elsewhere.example').expect(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('without a sign-in, only health, sign-in, refresh and the docs answer (metrics want their own token)', async () => {
      await t.http.get('/health').expect(200);
      await t.http.get('/docs/openapi.json').expect(200);
      await t.http.get('/metrics').expect(401);
      await t.http.get('/programmes').expect(401);
      await t.http.get('/users').expect(401);
    });
  });
});
