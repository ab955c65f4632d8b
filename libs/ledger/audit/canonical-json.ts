/**
 * Canonical JSON in the manner of RFC 8785 (JSON Canonicalization Scheme): object
 * keys sorted by their UTF-16 code units, no whitespace, strings escaped as
 * ECMAScript's JSON.stringify does, numbers in ECMAScript's shortest round-trip
 * form. The same value always gives the same text, whoever wrote the keys in
 * which order — which is what a hash of stored JSON needs.
 *
 * Written here (thirty lines) rather than taken from the `canonicalize` package:
 * its current versions are ES modules only, which this CommonJS build and its
 * Jest runner cannot load.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON has no representation for ${value}`);
      // ECMAScript's Number→String is the serialisation RFC 8785 prescribes (and -0 becomes 0).
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      const record = value as Record<string, unknown>;
      // Default sort compares UTF-16 code units, as RFC 8785 §3.2.3 requires.
      const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON has no representation for a ${typeof value}`);
  }
}
