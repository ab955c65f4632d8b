import { fail } from './domain.errors';

/** An amount of money in integer pence. Binary fractions never enter the ledger. */
export type Pence = number;

export function isPence(value: unknown): value is Pence {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/**
 * Returns `value` if it is a whole number of pence within the safe integer range; negative only
 * when the field allows it.
 */
export function assertPence(
  value: unknown,
  field = 'amountPence',
  options: { allowNegative?: boolean } = {},
): Pence {
  if (!isPence(value)) {
    fail('INVALID_AMOUNT', `${field} must be a whole number of pence`, field);
  }
  if (value < 0 && !options.allowNegative) {
    fail('INVALID_AMOUNT', `${field} must not be negative`, field);
  }
  return value;
}

export function optionalPence(
  value: unknown,
  field: string,
  options: { allowNegative?: boolean } = {},
): Pence | null {
  return value === undefined || value === null ? null : assertPence(value, field, options);
}
