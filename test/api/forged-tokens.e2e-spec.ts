import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../../apps/api/auth/access-token';
import { as, createTestApp, expectNothingAppended, TEST_JWT_SECRET, type TestApp } from '../support/app';

/**
 * Tokens signed with the real key, and still refused: the signature proves who minted a
 * token, not that its session or user exist. Each is sent with a command and must get 401
 * and append nothing.
 */
describe('forged access tokens (signed with the real key) are refused', () => {
  let t: TestApp;
  const PASSWORD = 'forged-token-tests-password';
  const jwt = new JwtService({ secret: TEST_JWT_SECRET });
  const admin = () => as('administrator', 'forge-admin', 'Forge Admin');
  const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
  const sign = (claims: Record<string, unknown>, options: { expiresIn?: number } = { expiresIn: 900 }) =>
    `Bearer ${jwt.sign(claims, { algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, ...options })}`;

  const register = (username: string, role: string) =>
    t.http.post('/users').set(admin()).send({ username, name: `Name of ${username}`, role, password: PASSWORD }).expect(201);
  const signIn = async (username: string) => {
    const res = await t.http.post('/auth/login').send({ username, password: PASSWORD }).expect(200);
    // The claims to re-sign: without the registered ones the signing sets again.
    const { exp: _exp, iat: _iat, iss: _iss, aud: _aud, ...claims } = claimsOf(res.body.accessToken as string);
    return { accessToken: res.body.accessToken as string, claims };
  };
  const command = (authorization: string) =>
    t.http
      .post('/programmes')
      .set('Authorization', authorization)
      .send({ programmeId: `forged-${randomUUID().slice(0, 8)}`, name: 'N', mission: 'M', source: { document: 'D' } });
  const refused = async (authorization: string) => {
    const res = await expectNothingAppended(t, () => command(authorization));
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  };

  beforeAll(async () => {
    t = await createTestApp();
    for (const [username, role] of [
      ['fay', 'programme-office'],
      ['gus', 'programme-office'],
      ['dee', 'programme-office'],
      ['dan', 'programme-office'],
    ]) {
      await register(username, role);
    }
  });
  afterAll(() => t.close());

  it('the control: the same claims with a live session of their user are accepted (201)', async () => {
    const { claims } = await signIn('fay');
    const res = await command(sign({ ...claims })).expect(201);
    expect(res.body).toBeDefined();
  });

  it('a session id nobody opened', async () => {
    const { claims } = await signIn('fay');
    await refused(sign({ ...claims, sid: randomUUID() }));
  });

  it('a session id that is not a UUID', async () => {
    const { claims } = await signIn('fay');
    await refused(sign({ ...claims, sid: 'not-a-uuid' }));
    await refused(sign({ ...claims, sid: `${String(claims.sid)}' OR '1'='1` }));
  });

  it('a token without exp (it would never expire), or without iat', async () => {
    const { claims } = await signIn('fay');
    await refused(sign({ ...claims }, {}));
    const noIat = jwt.sign(
      { ...claims, exp: Math.floor(Date.now() / 1000) + 600 },
      { algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, noTimestamp: true },
    );
    expect(claimsOf(noIat).iat).toBeUndefined();
    await refused(`Bearer ${noIat}`);
  });

  it("another user's session id", async () => {
    const fay = await signIn('fay');
    const gus = await signIn('gus');
    await refused(sign({ ...fay.claims, sid: gus.claims.sid }));
    // Gus's own token still works: the refusal is about the pairing.
    await command(`Bearer ${gus.accessToken}`).expect(201);
  });

  it('a session signed out: its token, and one newly minted for it', async () => {
    const { accessToken, claims } = await signIn('fay');
    await t.http.post('/auth/logout').set('Authorization', `Bearer ${accessToken}`).expect(204);
    await refused(`Bearer ${accessToken}`);
    await refused(sign({ ...claims }));
  });

  it("a demoted user's old token, and a token minted with the old role for their new session", async () => {
    const before = await signIn('dee');
    await command(`Bearer ${before.accessToken}`).expect(201);
    await t.http.post('/users/dee/role-changes').set(admin()).send({ role: 'oversight-committee', reason: 'Moved to the committee' }).expect(201);
    await refused(`Bearer ${before.accessToken}`);
    const after = await signIn('dee');
    expect(after.claims.role).toBe('oversight-committee');
    await refused(sign({ ...after.claims, role: 'programme-office' }));
  });

  it("a deactivated user's old token, and one minted for their session", async () => {
    const { accessToken, claims } = await signIn('dan');
    await command(`Bearer ${accessToken}`).expect(201);
    await t.http.post('/users/dan/deactivation').set(admin()).send({ reason: 'Left' }).expect(201);
    await refused(`Bearer ${accessToken}`);
    await refused(sign({ ...claims }));
  });

  it('an administrator who never existed creates nobody (the attack: ghost-admin)', async () => {
    const ghost = sign({ sub: 'ghost-admin', username: 'ghost-admin', name: 'Ghost', role: 'administrator', personId: null, sid: randomUUID() });
    const res = await expectNothingAppended(t, () =>
      t.http.post('/users').set('Authorization', ghost).send({ username: 'ghost-made', name: 'G', role: 'administrator', password: PASSWORD }),
    );
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    await t.http.post('/auth/login').send({ username: 'ghost-made', password: PASSWORD }).expect(401);
  });
});
