import type { Cell } from './pack-tables';

/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as every spreadsheet the product writes (CSV and XLSX) must hold it: text that a
 * spreadsheet would evaluate as a formula gets a leading single quote (CWE-1236); numbers
 * stay numbers, so a negative amount is still a number cell.
 */
export function spreadsheetCell(value: Cell): Cell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
