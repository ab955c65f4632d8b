import type { CalendarDate } from './calendar-date';
import { fail } from './domain.errors';

/** A UK public-sector financial year, 1 April to 31 March, written '2006/07'. */
export type FinancialYear = string;

const FINANCIAL_YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

export function isFinancialYear(value: unknown): value is FinancialYear {
  if (typeof value !== 'string') return false;
  const match = FINANCIAL_YEAR_PATTERN.exec(value);
  if (!match) return false;
  return Number(match[2]) === (Number(match[1]) + 1) % 100;
}

export function assertFinancialYear(value: unknown, field: string): FinancialYear {
  if (!isFinancialYear(value)) {
    fail('INVALID_FINANCIAL_YEAR', `${field} must be a financial year such as 2006/07`, field);
  }
  return value;
}

/** The financial year a calendar date falls in: 2006-03-31 is in 2005/06, 2006-04-01 in 2006/07. */
export function financialYearOf(date: CalendarDate): FinancialYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
