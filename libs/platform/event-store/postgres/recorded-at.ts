import { types } from 'pg';

const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (text: string) => Date;

/**
 * A timestamptz as text into the Date pg's own parser makes of it (milliseconds
 * truncated), several times faster when the session's zone is UTC ("2026-12-07
 * 00:04:39.532+00", read by position); any other form goes to pg's parser.
 */
export function recordedAtOf(text: string): Date {
  const n = text.length;
  const fractionDigits = n - 23;
  const utc =
    (n === 22 || (fractionDigits >= 1 && fractionDigits <= 6 && text.charCodeAt(19) === 46)) &&
    text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32 &&
    text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58 && text.endsWith('+00');
  if (!utc) return parseTimestamptz(text);
  const year = digits(text, 0, 4);
  const fraction = n === 22 ? 0 : digits(text, 20, n - 3);
  const parts = [digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19)];
  // Years below 100 are read as 19xx by Date.UTC: pg's parser handles them.
  if (year < 100 || fraction < 0 || parts.some((p) => p < 0)) return parseTimestamptz(text);
  const ms = fractionDigits <= 3 ? fraction * 10 ** (3 - Math.max(fractionDigits, 0)) : Math.trunc(fraction / 10 ** (fractionDigits - 3));
  return new Date(Date.UTC(year, parts[0] - 1, parts[1], parts[2], parts[3], parts[4], ms));
}

/** The decimal digits text[from, to) as a number, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
