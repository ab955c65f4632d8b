import { conformanceChecker } from '../fuzz/openapi-conformance';
import { as, createTestApp, seedTestApp, type TestApp } from '../support/app';

/**
 * What a generated client relies on: every read of the seeded demo answers 200 with a
 * body that matches the schema the OpenAPI document lists for it, and every error the
 * reads can give matches the ErrorResponse schema.
 */
describe('OpenAPI: answers match the documented schemas', () => {
  let t: TestApp;
  let doc: Parameters<typeof conformanceChecker>[0];
  let conforms: ReturnType<typeof conformanceChecker>;

  beforeAll(async () => {
    t = await createTestApp();
    await seedTestApp(t);
    doc = (await t.http.get('/docs/openapi.json').expect(200)).body;
    conforms = conformanceChecker(doc);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const office = () => as('programme-office');
  const committee = () => as('oversight-committee');
  const now = () => new Date().toISOString();
  const today = () => new Date().toISOString().slice(0, 10);

  // [template path as documented, concrete path, who asks]
  const reads: [string, () => string, () => Record<string, string>][] = [
    ['/health', () => '/health', () => ({})],
    ['/programmes', () => '/programmes', office],
    ['/programmes/{programmeId}', () => '/programmes/met-modernisation', office],
    ['/programmes/{programmeId}/as-at', () => `/programmes/met-modernisation/as-at?at=${encodeURIComponent(now())}`, committee],
    ['/programmes/{programmeId}/changes', () => `/programmes/met-modernisation/changes?from=2000-01-01&to=${today()}`, committee],
    ['/proposals', () => '/proposals?programmeId=met-modernisation&limit=5', office],
    ['/proposals/{proposalId}', () => '/proposals/mmp-safer-neighbourhoods', office],
    ['/audit', () => '/audit?limit=100', committee],
    ['/audit/chain-head', () => '/audit/chain-head', committee],
    ['/audit/verify', () => '/audit/verify', committee],
    ['/programmes/{programmeId}/committee-pack', () => `/programmes/met-modernisation/committee-pack?meeting=${today()}`, committee],
    ['/users', () => '/users', () => as('administrator')],
    ['/auth/me', () => '/auth/me', office],
    ['/programmes/{programmeId}/meetings', () => '/programmes/met-modernisation/meetings', committee],
    ['/meetings/{meetingId}', () => '/meetings/mmp-oversight-2006-03-09', office],
    ['/programmes/{programmeId}/actions', () => '/programmes/met-modernisation/actions?on=2006-03-09', committee],
    ['/actions/mine', () => '/actions/mine', () => as('lead', 'person-stephen-rimmer')],
    ['/programmes/{programmeId}/issues', () => '/programmes/met-modernisation/issues', office],
    ['/programmes/{programmeId}/reporting-duties', () => '/programmes/met-modernisation/reporting-duties', committee],
  ];

  it.each(reads)('GET %s answers 200 as documented', async (template, path, who) => {
    const res = await t.http.get(path()).set(who());
    expect(res.status).toBe(200);
    const schema = (doc.paths[template]?.get?.responses?.['200'] as { content?: Record<string, { schema?: unknown }> })?.content?.['application/json']?.schema;
    expect(schema).toBeDefined();
    expect(conforms({ method: 'GET', path: template, pathParams: [], queryParams: [] }, res)).toBeUndefined();
  });

  it('every operation documents a schema for its success and for each of its errors', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>)) {
        for (const [status, response] of Object.entries(op.responses)) {
          if (status === '204') continue;
          if (!response.content || !Object.values(response.content).some((c) => c.schema)) missing.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('a body that breaks its schema is caught (the check can fail), deep inside too', async () => {
    const res = await t.http.get('/programmes/met-modernisation').set(office()).expect(200);
    const op = { method: 'GET', path: '/programmes/{programmeId}', pathParams: [], queryParams: [] };
    expect(conforms(op, res)).toBeUndefined();
    res.body.proposals[0].businessCases[0].investment[0].amountPence = 1.5;
    expect(conforms(op, res)).toMatch(/proposals\/0\/businessCases\/0\/investment\/0\/amountPence/);
  });

  it("the committee pack's Merkle log is documented: its signed head, consistency and inclusion proofs are checked", async () => {
    const res = await t.http.get(`/programmes/met-modernisation/committee-pack?meeting=${today()}`).set(committee()).expect(200);
    const op = { method: 'GET', path: '/programmes/{programmeId}/committee-pack', pathParams: [], queryParams: [] };
    expect(res.body.log.inclusion.length).toBeGreaterThan(0);
    expect(conforms(op, res)).toBeUndefined();
    const broken = (change: (log: any) => void) => {
      const body = structuredClone(res.body);
      change(body.log);
      return conforms(op, { ...res, body });
    };
    expect(broken((log) => (log.inclusion[0].path[0] = 'not a hash'))).toMatch(/log\/inclusion\/0\/path\/0/);
    expect(broken((log) => delete log.signedHead.signature)).toMatch(/log\/signedHead/);
    expect(broken((log) => delete log.consistency)).toMatch(/log/);
  });

  it('a status or body the document does not list is caught', () => {
    const res = { status: 200, body: { items: [{ programmeId: 42 }] }, headers: { 'content-type': 'application/json' } };
    expect(conforms({ method: 'GET', path: '/programmes', pathParams: [], queryParams: [] }, res)).toMatch(/does not match its schema/);
    expect(conforms({ method: 'GET', path: '/programmes', pathParams: [], queryParams: [] }, { ...res, status: 418 })).toMatch(/not documented/);
  });
});
