/**
 * Request generation from the OpenAPI document: a valid-looking request built from
 * each operation's schema and examples, then one or more hostile mutations.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Schema {
  type?: string;
  format?: string;
  enum?: Json[];
  example?: Json;
  default?: Json;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
}

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: { name: string; schema: Schema; required: boolean }[];
  body?: Schema;
}

/** A small seeded PRNG (mulberry32): a failing run is reproduced with its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
export type Rng = ReturnType<typeof prng>;

export const HOSTILE_STRINGS: Json[] = [
  "'; DROP TABLE events; --",
  "' OR '1'='1",
  '"; SELECT pg_sleep(5); --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u0000',
  'nul\u0000inside',
  '\ud800',
  '\udfff lone surrogate',
  '\u202eRTL override',
  'zero\u200bwidth',
  '👩🏽‍💻🇬🇧',
  'Ω≈ç√∫˜µ≤≥÷',
  '   ',
  '',
  'x'.repeat(10_000),
  '%00%2e%2e%2f',
  'null',
  'undefined',
  '2005-02-30',
  '0000-00-00',
  '9999-99-99',
  '2006/08',
  '1e308',
  'NaN',
];

export const HOSTILE_NUMBERS: Json[] = [-1, 0, 1.5, -0.01, 1e308, -1e308, 2 ** 53, 2 ** 63, Number.MAX_SAFE_INTEGER + 2, 6, 99, -99999999999];

export const HOSTILE_VALUES: Json[] = [null, true, false, [], {}, [null], { $gt: '' }, { __proto__: { polluted: true } } as Json, ...HOSTILE_NUMBERS, ...HOSTILE_STRINGS];

export function operationsOf(doc: { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params: any[] = op.parameters ?? [];
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {}, required: !!p.required })),
        body: bodySchema,
      });
    }
  }
  return ops;
}

export function resolver(components: Record<string, Schema> = {}) {
  const resolve = (s: Schema | undefined): Schema => {
    if (!s) return {};
    if (s.$ref) return resolve(components[s.$ref.replace('#/components/schemas/', '')]);
    if (s.allOf) return s.allOf.map(resolve).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties }, required: [...(a.required ?? []), ...(b.required ?? [])] }), {});
    return s;
  };
  return resolve;
}

/** A value that satisfies the schema as far as its examples and types tell. */
export function validValue(schema: Schema, resolve: (s: Schema) => Schema, rng: Rng, depth = 0): Json {
  const s = resolve(schema);
  if (s.example !== undefined && rng.chance(0.8)) return s.example;
  if (s.enum?.length) return rng.pick(s.enum);
  if (s.default !== undefined) return s.default;
  switch (s.type) {
    case 'object': {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if ((s.required ?? []).includes(k) || rng.chance(0.5)) out[k] = depth > 4 ? null : validValue(v, resolve, rng, depth + 1);
      }
      return out;
    }
    case 'array':
      return depth > 4 ? [] : [validValue(s.items ?? {}, resolve, rng, depth + 1)];
    case 'integer':
      return Math.max(s.minimum ?? 1, Math.min(s.maximum ?? 1000, 1 + rng.int(5)));
    case 'number':
      return 1;
    case 'boolean':
      return rng.chance(0.5);
    default:
      if (s.format === 'date') return '2006-04-01';
      return s.properties ? validValue({ ...s, type: 'object' }, resolve, rng, depth) : 'Illustrative text';
  }
}

/** One hostile change: wrong type, missing required field, extra field, hostile value in a leaf. */
export function mutate(body: Json, schema: Schema, resolve: (s: Schema) => Schema, rng: Rng): Json {
  const s = resolve(schema);
  const kind = rng.int(6);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return rng.pick(HOSTILE_VALUES);
  const copy: Record<string, Json> = JSON.parse(JSON.stringify(body));
  const keys = Object.keys(s.properties ?? {});
  switch (kind) {
    case 0: {
      const required = s.required ?? [];
      if (required.length) delete copy[rng.pick(required)];
      return copy;
    }
    case 1:
      copy[rng.pick(['extra', '__proto__', 'constructor', 'isAdmin', 'actor', 'streamVersion'])] = rng.pick(HOSTILE_VALUES);
      return copy;
    case 2:
      return rng.pick([[], 'a string body', 42, null, [copy]] as Json[]);
    default: {
      if (keys.length === 0) return copy;
      const key = rng.pick(keys);
      const sub = resolve((s.properties ?? {})[key]);
      if (copy[key] && typeof copy[key] === 'object' && rng.chance(0.5)) {
        copy[key] = Array.isArray(copy[key])
          ? [...(copy[key] as Json[]), mutate((copy[key] as Json[])[0] ?? {}, sub.items ?? {}, resolve, rng)]
          : mutate(copy[key], sub, resolve, rng);
      } else {
        copy[key] = rng.pick(HOSTILE_VALUES);
      }
      return copy;
    }
  }
}
