import { applyDecorators } from '@nestjs/common';
import { IsInt, Matches, Max, Min, type ValidationOptions } from 'class-validator';
import { ID_PATTERN } from '@ledger/platform/http-schema';

/** Ids are short slugs or UUIDs: safe in URLs and stream names (the pattern the document publishes). */
export { ID_PATTERN };
export const ID_MESSAGE = 'must be 1–100 letters, digits, "-" or "_", starting with a letter or digit';

export function IsLedgerId(options?: ValidationOptions) {
  return Matches(ID_PATTERN, { message: `$property ${ID_MESSAGE}`, ...options });
}

/** A calendar date such as 2005-09-29; the domain also refuses impossible ones (2005-02-30). */
export function IsCalendarDate(options?: ValidationOptions) {
  return Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: '$property must be a calendar date YYYY-MM-DD',
    ...options,
  });
}

/** A UK public-sector financial year such as 2006/07. */
export function IsFinancialYear(options?: ValidationOptions) {
  return Matches(/^\d{4}\/\d{2}$/, { message: '$property must be a financial year such as 2006/07', ...options });
}

/** Money in whole pence: an integer, never a float, within JavaScript's safe range. */
export function IsPence(options: { allowNegative?: boolean } & ValidationOptions = {}) {
  const { allowNegative, ...rest } = options;
  return applyDecorators(
    IsInt({ message: '$property must be a whole number of pence', ...rest }),
    Min(allowNegative ? -Number.MAX_SAFE_INTEGER : 0, rest),
    Max(Number.MAX_SAFE_INTEGER, rest),
  );
}
