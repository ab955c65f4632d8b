import { fail } from './domain.errors';

/**
 * A calendar date, 'YYYY-MM-DD': the day something was decided or took effect, as distinct from
 * the moment it was recorded. ISO strings of this shape compare correctly as strings.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function assertCalendarDate(value: unknown, field: string): CalendarDate {
  if (!isCalendarDate(value)) {
    fail('INVALID_CALENDAR_DATE', `${field} must be a real date as YYYY-MM-DD`, field);
  }
  return value;
}

export function optionalCalendarDate(value: unknown, field: string): CalendarDate | null {
  return value === undefined || value === null ? null : assertCalendarDate(value, field);
}

export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a < b;
}

/** Refuses `later` if it falls before `earlier` (the same day is fine). */
export function assertNotBefore(
  later: CalendarDate,
  earlier: CalendarDate,
  field: string,
  what: string,
): void {
  if (isBefore(later, earlier)) {
    fail('DATE_OUT_OF_ORDER', `${field} (${later}) must not be before ${what} (${earlier})`, field);
  }
}
