import type { AddressInfo } from 'node:net';
import { SEED_PROGRAMME_IDS, SEED_REQUESTS } from '../../apps/cli/seed/met-modernisation.seed';
import { isEmpty, runSeed } from '../../apps/cli/seed/run-seed';
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
    const logged: string[] = [];

    const result = await runSeed(baseUrl, (m) => logged.push(m));

    expect(result.requests).toBe(SEED_REQUESTS.length);
    expect(result.lastPosition).toBeGreaterThanOrEqual(SEED_REQUESTS.length);
    expect(await lastPosition(t)).toBe(result.lastPosition);
    expect(await isEmpty(baseUrl)).toBe(false);
    expect(logged.at(-1)).toMatch(/requests sent, \d+ events recorded/);
  });

  it('running it again records nothing more (each request carries an idempotency key)', async () => {
    const before = await lastPosition(t);
    const again = await runSeed(baseUrl);
    expect(again.lastPosition).toBe(before);
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
