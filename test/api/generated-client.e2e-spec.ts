import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, generatedClientFiles, servedOpenApiDocument } from '../../scripts/openapi/client-files';

/** The first line where two texts part, for the failure message. */
function firstDifference(checkedIn: string, generated: string): string {
  const a = checkedIn.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: checked in ${JSON.stringify(a[at] ?? '<end>')}, generated ${JSON.stringify(b[at] ?? '<end>')}`;
}

describe('the web client generated from the OpenAPI document', () => {
  it('apps/web/src/api/openapi.json and schema.d.ts are what the served document generates today', async () => {
    const files = generatedClientFiles(await servedOpenApiDocument());
    const stale = Object.entries(files).flatMap(([name, generated]) => {
      const checkedIn = readFileSync(join(GENERATED_DIR, name), 'utf8');
      return checkedIn === generated ? [] : [`apps/web/src/api/${name} (${firstDifference(checkedIn, generated)})`];
    });
    if (stale.length) {
      throw new Error(`The API's document changed since the web's client was generated; run npm run api:generate and commit:\n  ${stale.join('\n  ')}`);
    }
  });
});
