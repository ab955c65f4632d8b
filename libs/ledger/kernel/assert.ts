import { fail } from './domain.errors';

// Commands come from outside; these checks do not trust their static types.

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Ids become part of stream names, so they are restricted to a safe alphabet. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function requireId(value: unknown, field: string): string {
  if (!isId(value)) {
    fail('INVALID_ID', `${field} must be 1-100 letters, digits, '.', '_' or '-'`, field);
  }
  return value;
}

/**
 * The id of what a stream belongs to (`programmeId`, `proposalId`): the first command fixes it,
 * a later one naming another is refused.
 */
export function requireOwnerId(value: unknown, current: string | null, field: 'programmeId' | 'proposalId', what: string): string {
  const id = requireId(value, field);
  if (current !== null && current !== id) {
    fail('AGGREGATE_ID_MISMATCH', `This ${what} belongs to ${field.replace(/Id$/, '')} ${current}`, field);
  }
  return id;
}

export function optionalId(value: unknown, field: string): string | null {
  return value === undefined || value === null ? null : requireId(value, field);
}

export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_COMMAND', `${field} must be an object`, field);
  }
  return value as Record<string, unknown>;
}

/** A non-blank string, trimmed. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail('VALUE_REQUIRED', `${field} is required`, field);
  }
  return value.trim();
}

/** A string that may be absent or blank (then null). */
export function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail('VALUE_REQUIRED', `${field} must be text`, field);
  return value.trim() === '' ? null : value.trim();
}

/** A reason the rules demand (re-assignment, re-forecast, correction, re-schedule, re-opening...). */
export function requireReason(value: unknown, field = 'reason'): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail('REASON_REQUIRED', `${field} is required`, field);
  }
  return value.trim();
}

export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail('INVALID_ENUM_VALUE', `${field} must be one of: ${allowed.join(', ')}`, field);
  }
  return value as T;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail('INVALID_BOOLEAN', `${field} must be true or false`, field);
  return value;
}

export function requireInteger(
  value: unknown,
  field: string,
  range: { min?: number; max?: number } = {},
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    fail('INVALID_INTEGER', `${field} must be a whole number`, field);
  }
  if (
    (range.min !== undefined && value < range.min) ||
    (range.max !== undefined && value > range.max)
  ) {
    fail(
      'INVALID_INTEGER',
      `${field} must be between ${range.min ?? '-∞'} and ${range.max ?? '∞'}`,
      field,
    );
  }
  return value;
}

export function requireList(value: unknown, field: string, minLength = 0): readonly unknown[] {
  if (!Array.isArray(value)) fail('INVALID_LIST', `${field} must be a list`, field);
  if (value.length < minLength) {
    fail('INVALID_LIST', `${field} must have at least ${minLength} item(s)`, field);
  }
  return value;
}

/** A list of non-blank strings (e.g. conditions, consultees, actions). */
export function requireTextList(value: unknown, field: string, minLength = 0): string[] {
  return requireList(value, field, minLength).map((item, i) => requireText(item, `${field}[${i}]`));
}

/** A list of distinct ids. */
export function requireIdList(value: unknown, field: string, minLength = 0): string[] {
  const ids = requireList(value, field, minLength).map((item, i) =>
    requireId(item, `${field}[${i}]`),
  );
  requireDistinct(ids, field);
  return ids;
}

export function requireDistinct(values: readonly string[], field: string): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value))
      fail('DUPLICATE_VALUE', `${field} lists '${value}' more than once`, `${field}[${i}]`);
    seen.add(value);
  });
}

/** Unknown command types reach here only if the caller bypassed the types. */
export function unknownCommand(command: unknown): never {
  const type = (command as { type?: unknown } | null)?.type;
  fail('INVALID_COMMAND', `Unknown command type '${String(type)}'`, 'type');
}

/** Returns the command's data object, refusing a command without one. */
export function commandData(command: { data: unknown }): Record<string, unknown> {
  return requireObject(command.data, 'data');
}
