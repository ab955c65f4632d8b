/**
 * Builders for the OpenAPI 3.0 schemas of the read side's answers (components/schemas): each
 * slice writes its response schema with them (`libs/ledger/<slice>/<slice>.response.ts`).
 * They know no feature; the slices bring their own enums and shapes.
 */
export type Schema = Record<string, unknown>;

export const str: Schema = { type: 'string' };
/** A calendar date, YYYY-MM-DD. */
export const date: Schema = { type: 'string', format: 'date', description: 'A calendar date, YYYY-MM-DD.' };
/** A moment, ISO 8601 in UTC. */
export const time: Schema = { type: 'string', format: 'date-time' };
export const int: Schema = { type: 'integer' };
export const num: Schema = { type: 'number' };
export const bool: Schema = { type: 'boolean' };
/** A UK public-sector financial year such as 2006/07. */
export const financialYear: Schema = { type: 'string', pattern: '^\\d{4}/\\d{2}$', description: 'A financial year such as 2006/07.' };
export const pence: Schema = { type: 'integer', description: 'Money in pence.' };
/** Ids are short slugs or UUIDs (the pattern the API's IsLedgerId enforces on what it is sent). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
export const id: Schema = { type: 'string', pattern: ID_PATTERN.source };
/** One of a slice's listed values: pass its constant, never a re-typed list. */
export const enumOf = (values: readonly string[], description?: string): Schema => ({
  type: 'string',
  enum: [...values],
  ...(description ? { description } : {}),
});
/**
 * Every value of a union type the slice declares as a type only: the record must name each
 * member once, and nothing else, so the enum cannot drift from the type.
 */
export const enumOfType = <T extends string>(values: Record<T, true>, description?: string): Schema =>
  enumOf(Object.keys(values), description);
/**
 * The schema, or null. OpenAPI 3.0 lets `nullable` widen only a `type`: a reference gets
 * `type: object` beside its `allOf`, and a choice makes its first branch nullable.
 */
export const nullable = (s: Schema): Schema => {
  if (s.$ref) return { type: 'object', allOf: [s], nullable: true };
  if (Array.isArray(s.oneOf)) return { ...s, oneOf: s.oneOf.map((b: Schema, i: number) => (i === 0 ? nullable(b) : b)) };
  return { ...s, nullable: true };
};
export const arr = (items: Schema): Schema => ({ type: 'array', items });
export const free: Schema = { type: 'object', additionalProperties: true };
export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
/** An object whose listed properties are all present unless named optional. */
export const obj = (properties: Record<string, Schema>, optional: string[] = []): Schema => {
  const required = Object.keys(properties).filter((k) => !optional.includes(k));
  // An empty `required` is not valid OpenAPI 3.0: it is left out.
  return { type: 'object', ...(required.length > 0 ? { required } : {}), properties };
};
export const page = (item: Schema): Schema =>
  obj({
    items: arr(item),
    nextCursor: nullable({
      type: 'string',
      description: 'Pass as `cursor` for the next page; null on the last.',
    }),
  });

/** Shared by the rows of several slices. */
export const source = obj({ document: str, paragraph: nullable(str) });
export const chainPoint = obj({ position: int, hash: str, events: int });
