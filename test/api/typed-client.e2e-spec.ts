import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { schemaTypesOf, servedOpenApiDocument, type OpenApiDocument } from '../../scripts/openapi/client-files';
import { createTestApp, type TestApp } from '../support/app';

const ROOT = resolve(__dirname, '../..');
/** The checked-in files an integrator would write, by the name each gets beside the generated schema. */
const FILES = {
  valid: 'test/api/typed-client/valid-calls.ts',
  invalid: 'test/api/typed-client/invalid-call.ts',
  example: 'docs/examples/typed-client.ts',
} as const;
type Name = keyof typeof FILES;

/** "line:column TScode message [the line]" of each error, per file. */
function typeCheck(dir: string): Record<Name, string[]> {
  const files = Object.keys(FILES).map((name) => join(dir, `${name}.ts`));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  const errors = { valid: [], invalid: [], example: [] } as Record<Name, string[]>;
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const name = Object.keys(FILES).find((n) => diagnostic.file?.fileName === join(dir, `${n}.ts`)) as Name | undefined;
    if (!name || !diagnostic.file || diagnostic.start === undefined) throw new Error(`type-check: ${message}`);
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    // The line itself says which property: the message only says which types.
    const text = diagnostic.file.text.split('\n')[line].trim();
    errors[name].push(`${line + 1}:${character + 1} TS${diagnostic.code} ${message} [${text}]`);
  }
  return errors;
}

type Schema = { $ref?: string; allOf?: Schema[]; type?: string; properties?: Record<string, Schema>; items?: Schema };

/** The body literal of each `client.POST|PUT('/path', { body: {…} })` in a file, by "METHOD /path". */
function bodiesIn(file: string): Map<string, ts.ObjectLiteralExpression> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const bodies = new Map<string, ts.ObjectLiteralExpression>();
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const [path, init] = node.arguments;
      const body = init && ts.isObjectLiteralExpression(init) ? propertyOf(init, 'body') : undefined;
      if (path && ts.isStringLiteral(path) && body && ts.isObjectLiteralExpression(body)) bodies.set(`${node.expression.name.text} ${path.text}`, body);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return bodies;
}

function propertyOf(literal: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of literal.properties) {
    if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && property.name.text === name) return property.initializer;
  }
  return undefined;
}

/** The properties of `schema` (and of its objects and list items, all the way down) the literal leaves out. */
function missingProperties(document: OpenApiDocument, schema: Schema, value: ts.Expression, at: string): string[] {
  const resolved = (s: Schema): Schema => {
    const target = s.$ref ? (document.components?.schemas?.[s.$ref.split('/').pop()!] as Schema) : s;
    if (!target.allOf) return target;
    const parts = target.allOf.map(resolved);
    return { ...target, properties: Object.assign({}, ...parts.map((part) => part.properties)), items: parts.find((part) => part.items)?.items ?? target.items };
  };
  const s = resolved(schema);
  if (s.items) {
    const first = ts.isArrayLiteralExpression(value) ? value.elements[0] : undefined;
    return first ? missingProperties(document, s.items, first, `${at}[0]`) : [`${at}[0]`];
  }
  if (!s.properties || !ts.isObjectLiteralExpression(value)) return [];
  return Object.entries(s.properties).flatMap(([name, property]) => {
    const given = propertyOf(value, name);
    return given ? missingProperties(document, property, given, `${at}.${name}`) : [`${at}.${name}`];
  });
}

/**
 * Issue 16, must show 1: an integrator generates a client's types from the document the API
 * serves (openapi-typescript) and writes calls with openapi-fetch. Valid calls of every
 * command, every request body's every property included, must compile; a string where a
 * number is due must not.
 */
describe('a client generated from the served OpenAPI document', () => {
  let t: TestApp;
  let served: OpenApiDocument;
  let dir: string;
  let errors: Record<Name, string[]>;

  beforeAll(async () => {
    t = await createTestApp();
    served = (await t.http.get('/docs/openapi.json').expect(200)).body;
    dir = mkdtempSync(join(tmpdir(), 'ledger-typed-client-'));
    writeFileSync(join(dir, 'schema.d.ts'), schemaTypesOf(served));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [name, file] of Object.entries(FILES)) copyFileSync(join(ROOT, file), join(dir, `${name}.ts`));
    errors = typeCheck(dir);
  }, 180_000);

  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it('type-checks valid calls of every command, each body with all its properties', () => {
    expect(errors.valid).toEqual([]);
  });

  it("type-checks the README's example (sign in, record a realisation, read as at)", () => {
    expect(errors.example).toEqual([]);
  });

  it('the README quotes the example as it is', () => {
    const example = readFileSync(join(ROOT, FILES.example), 'utf8');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(example.slice(example.indexOf('import createClient')).trimEnd());
  });

  it('refuses a string where the document says a number', () => {
    const lines = readFileSync(join(ROOT, FILES.invalid), 'utf8').split('\n');
    const expectedLine = lines.findIndex((line) => line.includes('@expected-error')) + 2;
    expect(errors.invalid).toHaveLength(1);
    expect(errors.invalid[0]).toMatch(new RegExp(`^${expectedLine}:\\d+ TS2322 Type 'string' is not assignable to type 'number'`));
  });

  it('the valid calls cover every request body of the document and every property in it', () => {
    const bodies = bodiesIn(join(ROOT, FILES.valid));
    const uncovered: string[] = [];
    for (const [path, item] of Object.entries(served.paths ?? {})) {
      for (const [method, operation] of Object.entries(item as Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        if (!schema) continue;
        const call = `${method.toUpperCase()} ${path}`;
        const body = bodies.get(call);
        if (!body) uncovered.push(`${call}: no call`);
        else uncovered.push(...missingProperties(served, schema, body, 'body').map((property) => `${call}: ${property}`));
      }
    }
    expect(uncovered).toEqual([]);
    expect(bodies.size).toBeGreaterThanOrEqual(60);
  });

  it('npm run api:generate builds the same document without a database', async () => {
    expect(await servedOpenApiDocument()).toEqual(served);
  });
});
