// The served OpenAPI document and the web's client files generated from it: written by
// `npm run api:generate`, compared by test/api/generated-client.e2e-spec.ts.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { OpenAPI3 } from 'openapi-typescript';
import request from 'supertest';
import { AppModule } from '../../apps/api/app.module';
import { configureApp } from '../../apps/api/configure-app';

/** Where the generated files live, checked in beside the web's client. */
export const GENERATED_DIR = resolve(__dirname, '../../apps/web/src/api');

export const GENERATED_NOTE = 'generated — do not edit; npm run api:generate';

export type OpenApiDocument = OpenAPI3;

/**
 * GET /docs/openapi.json from the API as main.ts configures it, with no database: in Nest's
 * preview mode no provider is instantiated (nothing connects), yet every controller's routes
 * and DTOs are there for Swagger to read.
 */
export async function servedOpenApiDocument(): Promise<OpenApiDocument> {
  const app = await NestFactory.create(
    AppModule.forRoot({
      // Never connected to (preview mode): the options only have to pass their own checks.
      database: { url: 'postgres://preview@127.0.0.1:1/none', embedded: false },
      auth: { jwtSecret: randomBytes(32).toString('base64') },
    }),
    { preview: true, bodyParser: false, logger: false, abortOnError: false },
  );
  try {
    configureApp(app);
    const res = await request(app.getHttpServer()).get('/docs/openapi.json');
    if (res.status !== 200) throw new Error(`GET /docs/openapi.json answered ${res.status}`);
    return res.body as OpenApiDocument;
  } finally {
    await app.close();
  }
}

const ROOT = resolve(__dirname, '../..');

// openapi-typescript's programmatic API, in a Node process of its own: it loads an ES-module-only
// package (parse-json) that Node requires but jest's CommonJS runtime cannot.
const OPENAPI_TS = `
const { default: openapiTS, astToString } = require('openapi-typescript');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk)).on('end', async () => {
  process.stdout.write(astToString(await openapiTS(JSON.parse(input))));
});`;

/** TypeScript types of the document (openapi-typescript): `paths`, `components`, `operations`. */
export function schemaTypesOf(document: OpenApiDocument): string {
  return execFileSync(process.execPath, ['-e', OPENAPI_TS], { cwd: ROOT, input: JSON.stringify(document), encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** The two checked-in files, by name, exactly as the generator writes them. */
export function generatedClientFiles(document: OpenApiDocument): Record<'openapi.json' | 'schema.d.ts', string> {
  return {
    // JSON has no comments: the note is the first key, a specification extension.
    'openapi.json': `${JSON.stringify({ 'x-generated': GENERATED_NOTE, ...document }, null, 2)}\n`,
    'schema.d.ts': `// ${GENERATED_NOTE}\n${schemaTypesOf(document)}`,
  };
}
