/**
 * Limits on the shape of a JSON body, checked on the raw bytes before JSON.parse, so a
 * body that would cost much to parse, validate or answer (thousands of keys, deep nesting)
 * is refused in one linear pass without building a single object.
 */
export interface JsonLimits {
  /** Nesting depth of objects and arrays (the body itself is depth 1). */
  maxDepth: number;
  /** Properties of any one object. */
  maxProperties: number;
  /** Elements of any one array. */
  maxArrayLength: number;
  /** Properties and array elements in the whole body. */
  maxTotal: number;
}

/**
 * Generous for every command (the largest DTO has a few dozen fields and arrays of at most
 * 100), small enough that validation and its answer stay cheap.
 */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 16, maxProperties: 100, maxArrayLength: 1000, maxTotal: 10_000 };

/** What body-parser passes on when `verify` throws: status 400, and the code the error filter answers with. */
export class BodyTooComplexError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.complex';
  readonly code = 'BODY_TOO_COMPLEX';
  constructor(message: string, readonly field: string) {
    super(message);
  }
}

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Throws BodyTooComplexError when the JSON text in `bytes` (UTF-8: structural characters
 * are single bytes there, and no byte of a multi-byte character looks like one) exceeds a
 * limit. Malformed text is left for JSON.parse to refuse; this pass never throws anything
 * else and never recurses.
 */
export function checkJsonLimits(bytes: Uint8Array, limits: JsonLimits = DEFAULT_JSON_LIMITS): void {
  // Per open container: is it an array, how many members so far, does it await its first member.
  const isArray: boolean[] = [];
  const counts: number[] = [];
  let awaitingFirst = false;
  let total = 0;
  // The key of each open object's current member (arrays use their count): the error's field.
  const keys: string[] = [];
  let inString = false;
  let stringStart = 0;
  let stringEnd = 0;
  const refuse = (message: string, depth: number): never => {
    const field = keys
      .slice(0, depth)
      .map((key, d) => (isArray[d] ? `[${Math.max(counts[d] - 1, 0)}]` : d === 0 ? key : `.${key}`))
      .join('');
    throw new BodyTooComplexError(message, field);
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) {
        inString = false;
        stringEnd = i;
      }
      continue;
    }
    if (isSpace(b)) continue;
    const depth = counts.length;
    if (awaitingFirst && b !== CLOSE_ARRAY) {
      // The first element of an array starts here.
      awaitingFirst = false;
      counts[depth - 1] = 1;
      total++;
    }
    switch (b) {
      case QUOTE:
        inString = true;
        stringStart = i + 1;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (depth + 1 > limits.maxDepth) {
          refuse(`The request body is nested more than ${limits.maxDepth} levels deep.`, depth);
        }
        isArray.push(b === OPEN_ARRAY);
        counts.push(0);
        keys.push('');
        awaitingFirst = b === OPEN_ARRAY;
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        awaitingFirst = false;
        isArray.pop();
        counts.pop();
        keys.pop();
        break;
      case COLON:
        if (depth > 0 && !isArray[depth - 1]) {
          counts[depth - 1]++;
          total++;
          // Keys are short in any real body; only the first 100 bytes are kept for the field.
          keys[depth - 1] = Buffer.from(bytes.subarray(stringStart, Math.min(stringEnd, stringStart + 100))).toString('utf8');
          if (counts[depth - 1] > limits.maxProperties) {
            refuse(`An object in the request body has more than ${limits.maxProperties} properties.`, depth - 1);
          }
        }
        break;
      case COMMA:
        if (depth > 0 && isArray[depth - 1]) {
          counts[depth - 1]++;
          total++;
          if (counts[depth - 1] > limits.maxArrayLength) {
            refuse(`An array in the request body has more than ${limits.maxArrayLength} elements.`, depth - 1);
          }
        }
        break;
    }
    if (total > limits.maxTotal) {
      refuse(`The request body has more than ${limits.maxTotal} properties and array elements in all.`, 0);
    }
  }
}
