// npm run api:generate: the web's API types from the document the API serves.
// Writes apps/web/src/api/openapi.json and schema.d.ts (checked in; a test fails when they drift).
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GENERATED_DIR, generatedClientFiles, servedOpenApiDocument } from './openapi/client-files';

async function main(): Promise<void> {
  const files = generatedClientFiles(await servedOpenApiDocument());
  for (const [name, text] of Object.entries(files)) {
    const path = join(GENERATED_DIR, name);
    writeFileSync(path, text);
    console.log(`wrote ${relative(process.cwd(), path)} (${text.split('\n').length} lines)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
