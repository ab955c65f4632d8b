import PDFDocument from 'pdfkit';
import type { CommitteePack } from './committee-pack';
import { shortRef } from './pack-labels';
import { isPounds, packTables, type Cell, type PackColumn, type PackTable } from './pack-tables';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MARGIN = 40;
const GREY = '#555555';

/** 2006-03-23 → 23 March 2006 (no locale data involved: the same text on every machine). */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// The built-in PDF fonts (Helvetica) cover Windows-1252 only: say other characters plainly.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = { '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '×': 'x', '✓': 'yes' };
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === '\n') out += ch;
    else out += REPLACEMENTS[ch] ?? '?';
  }
  return out;
}

/** Pounds as a committee reads them: £1.5m from a million up, else whole pounds (£250,000); exact figures are in the CSV. */
export function poundsShort(pounds: number): string {
  const sign = pounds < 0 ? '-' : '';
  const abs = Math.abs(pounds);
  if (abs >= 1_000_000) return `${sign}£${String(Number((abs / 1_000_000).toFixed(2)))}m`;
  return `${sign}£${String(Math.round(abs)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

function formatCell(table: PackTable, column: PackColumn, row: Record<string, Cell>): string {
  const value = row[column.key];
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (isPounds(table, column, row)) return poundsShort(value);
  }
  // A moment to the second, as a reader writes it: 2026-12-07 00:19:04 (the spreadsheets keep the exact ISO form).
  if (column.key === 'recordedAt') return String(value).replace('T', ' ').replace(/(\.\d+)?Z$/, '');
  if (table.name === 'summary' && column.key === 'measure') return pdfText(shortRef(String(value).replace(/ \(£\)$/, '')));
  return pdfText(shortRef(String(value)));
}

/**
 * The pack as a PDF (pdfkit, built-in Helvetica: no font files). Everything on
 * it comes from the pack; the document's dates are the meeting's, so the same
 * pack renders to the same bytes.
 */
export function packPdf(pack: CommitteePack): Promise<Buffer> {
  const at = new Date(pack.meeting.asAt);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: pdfText(`Committee pack: ${pack.programme.name}, meeting of ${longDate(pack.meeting.date)}`),
      Author: 'Programme Ledger',
      Subject: `Chain head ${pack.chainHead.position} ${pack.chainHead.hash}; digest ${pack.digest}`,
      Creator: 'Programme Ledger',
      Producer: 'Programme Ledger (PDFKit)',
      CreationDate: at,
      ModDate: at,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 14;

  // The first page: what, for which meeting, from which history.
  doc.font('Helvetica').fontSize(11).fillColor(GREY).text('COMMITTEE PACK', MARGIN, MARGIN);
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(22).fillColor('black').text(pdfText(pack.programme.name), { width });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(14).text(`Meeting of ${longDate(pack.meeting.date)} (${pack.meeting.date})`, { width });
  doc.font('Helvetica').fontSize(11);
  doc.text(
    pack.previousMeeting
      ? `Changes since the previous meeting of ${longDate(pack.previousMeeting.date)} (${pack.previousMeeting.date})`
      : 'No previous meeting given: changes since the programme began',
    { width },
  );
  doc.moveDown(0.4);
  doc.font('Helvetica-Oblique').text(pdfText(pack.programme.mission), { width });
  doc.moveDown(0.4);
  doc.font('Helvetica').fontSize(9).fillColor(GREY).text('Amounts in pounds (exact figures in the spreadsheet); dates in ISO form (UTC). How to check this pack against the ledger: the last page.', { width });
  doc.fillColor('black');
  doc.moveDown(0.8);

  // The PDF prints what a reader needs; ids and pence stay in the spreadsheets.
  for (const table of packTables(pack)) drawTable(doc, { ...table, columns: table.columns.filter((c) => c.pdf !== false) }, width, bottom);

  // Provenance last: the committee reads the business first; the clerk checks the hashes here.
  doc.addPage();
  doc.font('Helvetica-Bold').fontSize(14).fillColor('black').text('How to verify this pack', MARGIN, MARGIN, { width });
  doc.moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(10).text('What this pack was built from');
  doc.font('Helvetica').fontSize(9);
  doc.text(`Position ${pack.chainHead.position} (link ${pack.chainHead.events} of the chain), SHA-256 ${pack.chainHead.hash}`, { width });
  doc.text(
    pack.basis === 'business'
      ? `Events in effect on ${pack.meeting.date} by the dates they record, from the log up to this head: ${pack.eventsFolded} of the programme's.`
      : `Events recorded up to ${pack.meeting.asAt} and covered by the chain up to this head: ${pack.eventsFolded} of the programme's.`,
    { width },
  );
  doc.text(
    'The chain head is a fingerprint of the whole record up to that position: had any earlier entry been altered, removed or inserted, it would differ. ' +
      'In the committee view, "Verify the history" checks the record against it; keep the position and the fingerprint in the minutes.',
    { width },
  );
  doc.text(`Pack digest (SHA-256 of its content): ${pack.digest}`, { width });
  doc.text('Built again for the same meeting and chain head, this pack is identical.', { width });
  if (pack.log) {
    const { signedHead, consistency, inclusion } = pack.log;
    doc.moveDown(0.6);
    doc.font('Helvetica-Bold').fontSize(10).text('The signed head: how the clerk checks this pack');
    doc.font('Helvetica').fontSize(9);
    doc.text(`Tree size ${signedHead.treeSize}, root ${signedHead.rootHash}, signed ${signedHead.timestamp}`, { width });
    doc.text(`Log key fingerprint (SHA-256 of the Ed25519 public key): ${signedHead.keyFingerprint}`, { width });
    doc.text(
      consistency
        ? `Previous meeting's head: tree size ${consistency.fromSize}, root ${consistency.fromRoot}; the JSON pack proves this head extends it (${consistency.path.length} hashes).`
        : 'No previous meeting: no consistency proof.',
      { width },
    );
    const matters = new Set(inclusion.flatMap((e) => (e.matter ? [`${e.matter.kind}:${e.matter.id}`] : [])));
    const matterProofs = inclusion.filter((e) => e.matter).length;
    doc.text(
      `The JSON pack holds ${inclusion.length} inclusion proofs: one per change (${pack.changes.events.length}) and decision (${pack.decisions.length}) listed, ` +
        `and for each of the ${matters.size} matters arising listed, the events it was built from (${matterProofs}).`,
      { width },
    );
    doc.text(
      "The signed head is the ledger's signature over its whole record at this meeting (tree size and root). The pack verifier, verify-pack, checks on the clerk's own " +
        "computer, trusting nothing from the server: that the signature is the ledger's (compare the key fingerprint with the one kept in the minutes), that every change, " +
        'decision and matter arising listed is in the signed record, and that this record extends the one kept from the last meeting. How: the section "At the next meeting" ' +
        "of the verifier's guide (tools/verify-pack/README.md), with the JSON version of this pack.",
      { width },
    );
  }
  doc.moveDown(0.8);

  // Footers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(GREY)
      .text(
        pdfText(`${pack.programme.name} · committee pack for ${pack.meeting.date} · chain head ${pack.chainHead.position} · page ${i + 1} of ${range.count}`),
        MARGIN,
        doc.page.height - MARGIN + 6,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = keep;
  }
  doc.end();
  return done;
}

function drawTable(doc: PDFKit.PDFDocument, table: PackTable, width: number, bottom: () => number): void {
  const scale = Math.min(1, width / table.columns.reduce((t, c) => t + c.width, 0));
  const widths = table.columns.map((c) => c.width * scale);
  const pad = 2;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(8);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, y: number, h: number, shade: boolean) => {
    if (shade) doc.save().rect(MARGIN, y, width, h).fill('#eeeeee').restore();
    doc.font(font).fontSize(8).fillColor('black');
    let x = MARGIN;
    cells.forEach((text, i) => {
      doc.text(text, x + pad, y + pad, { width: widths[i] - 2 * pad });
      x += widths[i];
    });
  };
  const headers = table.columns.map((c) => pdfText(c.header));
  const headerHeight = rowHeight(headers, 'Helvetica-Bold');

  if (doc.y + 40 + headerHeight > bottom()) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(12).fillColor('black').text(pdfText(table.title), MARGIN, doc.y, { width });
  doc.moveDown(0.3);
  let y = doc.y;
  if (table.rows.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(9).text('None.', MARGIN, y);
    doc.moveDown(1);
    return;
  }
  drawRow(headers, 'Helvetica-Bold', y, headerHeight, true);
  y += headerHeight;
  for (const row of table.rows) {
    const cells = table.columns.map((c) => formatCell(table, c, row));
    const h = rowHeight(cells, 'Helvetica');
    if (y + h > bottom()) {
      doc.addPage();
      y = MARGIN;
      drawRow(headers, 'Helvetica-Bold', y, headerHeight, true);
      y += headerHeight;
    }
    drawRow(cells, 'Helvetica', y, h, false);
    doc.save().moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.3).strokeColor('#bbbbbb').stroke().restore();
    y += h;
  }
  doc.x = MARGIN;
  doc.y = y + 12;
}
