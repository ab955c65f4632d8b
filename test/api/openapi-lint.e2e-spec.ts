import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { createTestApp, type TestApp } from '../support/app';

/**
 * The served document passes Redocly's recommended rules (redocly.yaml): 0 errors, and
 * no warnings either. OPENAPI_OUT=/some/file.json writes the document out to diff it.
 */
describe('OpenAPI: the document lints clean', () => {
  let t: TestApp;
  let source: string;

  beforeAll(async () => {
    t = await createTestApp();
    source = JSON.stringify((await t.http.get('/docs/openapi.json').expect(200)).body, null, 2);
    if (process.env.OPENAPI_OUT) writeFileSync(process.env.OPENAPI_OUT, source);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('Redocly recommended: no errors, no warnings', async () => {
    const config = await loadConfig({ configPath: join(__dirname, '../../redocly.yaml') });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const listed = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    expect(listed).toEqual([]);
  });
});
