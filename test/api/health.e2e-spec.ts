import { createTestApp, type TestApp } from '../support/app';

describe('GET /health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database and the event store as up', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      database: { status: 'up' },
      eventStore: { status: 'up', lastPosition: expect.any(Number), hold: { heldEvents: 0 } },
    });
  });

  it('serves the OpenAPI document at a stable path', async () => {
    const res = await t.http.get('/docs/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/health');
  });
});
