import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createBootstrapAdministrator } from '../../apps/api/user/bootstrap-administrator';
import { DEMO_USERS, isEmpty, runSeed, SEED_PEOPLE, SEED_PROGRAMME_IDS, SEED_REQUESTS, type Credentials, type DemoUserCredentials } from '@ledger/seed';
import { createTestApp, lastPosition, type TestApp } from '../support/app';

/** The seed's requests whose method and path match no route in the API's OpenAPI document. */
function unroutedRequests(openApi: { paths: Record<string, Record<string, unknown>> }): string[] {
  const routes = Object.entries(openApi.paths).flatMap(([template, operations]) =>
    Object.keys(operations).map((method) => ({
      method: method.toUpperCase(),
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    })),
  );
  const missing = SEED_REQUESTS.filter(
    (r) => !routes.some((route) => route.method === r.method && route.pattern.test(r.path)),
  ).map((r) => `${r.method} ${r.path}`);
  return [...new Set(missing)];
}

describe('the Met Modernisation seed, over HTTP', () => {
  let t: TestApp;
  let baseUrl: string;
  let administrator: Credentials;
  let users: DemoUserCredentials[] = [];
  const eventsAfter = async (position: number) => {
    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT event_type AS type, stream_id AS stream, metadata->'actor' AS actor FROM events WHERE global_position > $1 ORDER BY global_position`,
        [position],
      );
      return rows as { type: string; stream: string; actor: { id: string; role: string } }[];
    } finally {
      await db.end();
    }
  };

  const tokenOf = async (username: string): Promise<string> => {
    const user = users.find((u) => u.username === username)!;
    return (await t.http.post('/auth/login').send({ username, password: user.password }).expect(200)).body.accessToken as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(() => t.close());

  it('has between 150 and 300 requests, for the two programmes', () => {
    expect(SEED_REQUESTS.length).toBeGreaterThanOrEqual(150);
    expect(SEED_REQUESTS.length).toBeLessThanOrEqual(300);
    expect(SEED_PROGRAMME_IDS).toEqual(['met-modernisation', 'mpa-strategic-framework']);
  });

  it('every route the seed uses exists in the API', async () => {
    const res = await t.http.get('/docs/openapi.json').expect(200);
    const missing = unroutedRequests(res.body);
    if (missing.length > 0) {
      throw new Error(`The API has no route for these seed requests:\n  ${missing.join('\n  ')}`);
    }
  });

  it('records the whole seed on an empty store: every request 2xx, an event for each', async () => {
    expect(await isEmpty(baseUrl)).toBe(true);
    // main.ts's first start: the first administrator, directly through the command handler.
    administrator = (await createBootstrapAdministrator(t.app))!;
    expect(administrator.username).toBe('administrator');
    const logged: string[] = [];

    const result = await runSeed(baseUrl, { administrator, log: (m) => logged.push(m) });
    users = result.users;

    expect(result.requests).toBe(SEED_REQUESTS.length);
    expect(result.lastPosition).toBeGreaterThanOrEqual(SEED_REQUESTS.length);
    expect(await lastPosition(t)).toBe(result.lastPosition);
    expect(await isEmpty(baseUrl)).toBe(false);
    expect(logged.at(-1)).toMatch(/requests sent, \d+ events recorded/);
  });

  it('creates a demo user per role through POST /users, and each can sign in', async () => {
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_USERS.map((u) => u.id).sort());
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['programme-office', 'lead', 'oversight-committee', 'administrator']));
    const lead = users.find((u) => u.username === 'person-tim-godwin')!;
    const res = await t.http.post('/auth/login').send({ username: lead.username, password: lead.password }).expect(200);
    expect(res.body.user).toEqual({ id: 'person-tim-godwin', username: 'person-tim-godwin', name: 'AC Tim Godwin', role: 'lead', personId: 'person-tim-godwin' });
    const registered = (await eventsAfter(0)).filter((e) => e.type === 'UserRegistered');
    expect(registered.map((e) => e.actor.id)).toEqual(['first-start', ...DEMO_USERS.map(() => 'administrator')]);
  });

  it('records the people without an account whom the requests name, before the requests that name them', async () => {
    expect(SEED_PEOPLE.map((p) => p.body.personId)).toEqual(['post-programme-director']);
    const events = await eventsAfter(0);
    const recorded = events.findIndex((e) => e.type === 'PersonRecorded');
    expect(events[recorded]).toMatchObject({ stream: 'person-post-programme-director', actor: { id: 'mmp-programme-office' } });
    expect(events.filter((e) => e.type === 'PersonRecorded')).toHaveLength(1);
    // 06-delivery.yaml appoints them programme director; the first request comes after them.
    expect(events.findIndex((e) => e.type === 'ProgrammeEstablished')).toBeGreaterThan(recorded);
    const res = await t.http.get('/people/post-programme-director').set('Authorization', `Bearer ${await tokenOf('mmp-programme-office')}`).expect(200);
    expect(res.body).toMatchObject({ name: 'Programme director (successor to Stephen Rimmer)', currentPost: 'Co-ordinator of the corporate strategy and change programme', source: { paragraph: '45' } });
  });

  it("signs each request in as its actor's demo user: a lead's requests as that lead", async () => {
    const events = await eventsAfter(0);
    const byStream = (prefix: string, type: string) => events.filter((e) => e.stream.startsWith(prefix) && e.type === type);
    expect(new Set(byStream('business-case-', 'BusinessCaseSubmitted').map((e) => e.actor.role))).toEqual(new Set(['lead']));
    expect(new Set(byStream('business-case-', 'BusinessCaseApproved').map((e) => e.actor.id))).toEqual(new Set(['mpa-oversight-committee']));
    expect(byStream('proposal-', 'ProposalRegistered')[0].actor).toMatchObject({ id: 'mmp-programme-office', role: 'programme-office' });
    const signIns = events.filter((e) => e.type === 'UserSignedIn').map((e) => e.actor.id);
    expect(new Set(signIns)).toEqual(new Set(['administrator', ...new Set(SEED_REQUESTS.map((r) => r.actor.id))]));
  });

  it('running it again records nothing more but its sign-ins (each request carries an idempotency key)', async () => {
    const before = await lastPosition(t);
    const passwords = Object.fromEntries(users.map((u) => [u.username, u.password]));
    const again = await runSeed(baseUrl, { administrator, passwords });
    expect(again.lastPosition).toBeGreaterThan(before);
    const appended = await eventsAfter(before);
    expect(new Set(appended.map((e) => e.type))).toEqual(new Set(['UserSignedIn']));
  });

  it('marks every assumed item as illustrative in its reason', () => {
    const reasons = SEED_REQUESTS.map((r) => r.body.reason).filter(
      (x): x is string => typeof x === 'string',
    );
    expect(reasons.filter((r) => r.includes('Illustrative:')).length).toBeGreaterThan(50);
    const illustrativeRoutes = [
      /\/business-cases/,
      /\/benefits\/[^/]+\/(realisations|reforecasts)/,
      /\/milestones/,
      /\/delivery-confidence-assessments$/,
    ];
    for (const r of SEED_REQUESTS.filter((s) => illustrativeRoutes.some((p) => p.test(s.path)))) {
      expect(`${r.path}: ${String(r.body.reason)}`).toContain('Illustrative:');
    }
  });
});
