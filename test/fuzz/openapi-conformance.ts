import Ajv, { type ValidateFunction } from 'ajv';
import type { Operation } from './openapi-fuzz';

/**
 * Does a response say what the OpenAPI document promises? Its status must be listed
 * for the operation, and a JSON body must match the schema listed for that status —
 * what a schema-driven client (a generated SDK, a contract tester) relies on.
 */
export function conformanceChecker(doc: { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, unknown> } }) {
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  ajv.addSchema({ $id: 'openapi', definitions: toJsonSchema(doc.components?.schemas ?? {}) });
  const compiled = new Map<string, ValidateFunction>();

  return (op: Operation, res: { status: number; body: unknown; headers: Record<string, string | undefined> }): string | undefined => {
    const responses = doc.paths[op.path]?.[op.method.toLowerCase()]?.responses ?? {};
    const documented = responses[String(res.status)];
    if (!documented) return `${op.method} ${op.path}: status ${res.status} is not documented (documented: ${Object.keys(responses).join(', ')})`;
    const schema = documented.content?.['application/json']?.schema;
    if (!schema || !/json/.test(res.headers['content-type'] ?? '')) return undefined;
    const key = `${op.method} ${op.path} ${res.status}`;
    let validate = compiled.get(key);
    if (!validate) compiled.set(key, (validate = ajv.compile(toJsonSchema(schema))));
    if (validate(res.body)) return undefined;
    const [first] = validate.errors ?? [];
    return `${key}: body does not match its schema at ${first?.instancePath || '/'} (${first?.message}): ${JSON.stringify(res.body).slice(0, 200)}`;
  };
}

/** OpenAPI 3.0 schema → JSON Schema: `nullable` as a null type, component refs into the 'openapi' schema. */
function toJsonSchema(node: any): any {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: any = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.replace('#/components/schemas/', 'openapi#/definitions/');
    else if (k !== 'nullable' && k !== 'example') out[k] = toJsonSchema(v);
  }
  if (node.nullable === true) {
    // A nullable reference (`type: object` beside `allOf: [ref]`): null stands beside the reference.
    if (typeof out.type === 'string' && !out.allOf && !out.oneOf && !out.anyOf) {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}
