/** Builders for the OpenAPI response schemas (components/schemas) each aggregate's `*.response.ts` declares. */
export type Schema = Record<string, unknown>;

export const str: Schema = { type: 'string' };
export const date: Schema = { type: 'string', description: 'A calendar date, YYYY-MM-DD.' };
export const time: Schema = { type: 'string', format: 'date-time' };
export const int: Schema = { type: 'integer' };
export const num: Schema = { type: 'number' };
export const bool: Schema = { type: 'boolean' };
export const pence: Schema = { type: 'integer', description: 'Money in pence.' };
export const nullable = (s: Schema): Schema =>
  s.$ref ? { allOf: [s], nullable: true } : { ...s, nullable: true };
export const arr = (items: Schema): Schema => ({ type: 'array', items });
export const free: Schema = { type: 'object', additionalProperties: true };
export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
/** An object whose listed properties are all present unless named optional. */
export const obj = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});
export const page = (item: Schema): Schema =>
  obj({
    items: arr(item),
    nextCursor: nullable({
      type: 'string',
      description: 'Pass as `cursor` for the next page; null on the last.',
    }),
  });

/** Shared by the rows of several aggregates. */
export const source = obj({ document: str, paragraph: nullable(str) });
export const chainPoint = obj({ position: int, hash: str, events: int });
