import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CommitteePack } from './committee-pack';
import { isPounds, packHeader, packTables, type Cell, type PackTable } from './pack-tables';
import { spreadsheetCell } from './spreadsheet-cell';

/** Formula-like text neutralised, then RFC 4180: quote a field that holds a comma, quote, CR or LF; double the quotes. */
function csvField(cell: Cell, pounds = false): string {
  const value = spreadsheetCell(cell);
  if (value === null) return '';
  // Pounds to the penny; a number is never neutralised, so "-2500.00" stays a number.
  const text = pounds && typeof value === 'number' ? value.toFixed(2) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: Cell[], pounds: boolean[] = []) => cells.map((c, i) => csvField(c, pounds[i])).join(',') + '\r\n';

/** A spreadsheet opens a CSV as UTF-8 only when it starts with the byte-order mark (Excel otherwise mangles "£"). */
export const CSV_BOM = '\uFEFF';

/** One table as a rectangular CSV (header row, then rows); pounds with two decimals, unquoted, so they stay numbers. */
export function tableCsv(table: PackTable): string {
  const line = (r: Record<string, Cell>) => csvLine(table.columns.map((c) => r[c.key]), table.columns.map((c) => isPounds(table, c, r)));
  return csvLine(table.columns.map((c) => c.key)) + table.rows.map(line).join('');
}

/**
 * The whole pack as one CSV file: the header block (programme, meeting, chain
 * head, digest) then each table as a section — a `section,<name>` line, its
 * column names, its rows and a blank line. Money in pounds (two decimals), with
 * the pence beside it where the table kept them, dates in ISO form, so that a spreadsheet
 * or a script reads exact values; a byte-order mark first. `table=<name>`
 * gives one table alone, rectangular.
 */
export function packCsv(pack: CommitteePack, only?: string): string {
  const tables = packTables(pack);
  if (only) {
    const table = tables.find((t) => t.name === only);
    if (!table) throw new RangeError(`No table "${only}" in the pack`);
    return CSV_BOM + tableCsv(table);
  }
  let out = CSV_BOM + csvLine(['section', 'pack']) + csvLine(['field', 'value']) + packHeader(pack).map(([k, v]) => csvLine([k, v])).join('') + '\r\n';
  for (const table of tables) out += csvLine(['section', table.name]) + tableCsv(table) + '\r\n';
  return out;
}

/** Zip entries carry a modification time: fix it, so equal packs are equal bytes. */
async function fixZipTimes(buffer: Buffer, at: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: at, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

/**
 * The pack as an XLSX workbook: a "pack" sheet (what, when, chain head, digest)
 * and a sheet per table. Document dates are the meeting's and the zip entries'
 * times are fixed, so the same pack gives the same bytes.
 */
export async function packXlsx(pack: CommitteePack): Promise<Buffer> {
  return tablesXlsx(packHeader(pack), packTables(pack), {
    at: new Date(pack.meeting.asAt),
    title: `Committee pack: ${pack.programme.name}, ${pack.meeting.date}`,
  });
}

/** A "pack" sheet of field/value pairs and a sheet per table; the same input gives the same bytes. */
export async function tablesXlsx(header: [string, Cell][], tables: PackTable[], document: { at: Date; title: string }): Promise<Buffer> {
  const { at } = document;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Programme Ledger';
  workbook.lastModifiedBy = 'Programme Ledger';
  workbook.created = at;
  workbook.modified = at;
  workbook.title = document.title;
  const headerSheet = workbook.addWorksheet('pack');
  headerSheet.columns = [
    { header: 'field', key: 'field', width: 28 },
    { header: 'value', key: 'value', width: 70 },
  ];
  for (const [field, value] of header) headerSheet.addRow({ field: spreadsheetCell(field), value: spreadsheetCell(value) });
  headerSheet.getRow(1).font = { bold: true };
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, Math.round(c.width / 6)) }));
    for (const row of table.rows) {
      const added = sheet.addRow(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, spreadsheetCell(value)])));
      table.columns.forEach((c, i) => {
        if (isPounds(table, c, row)) added.getCell(i + 1).numFmt = '#,##0.00';
      });
    }
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixZipTimes(written, at);
}
