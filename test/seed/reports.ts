import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The five archived MPA reports the seed draws on, split into the parts a citation can
 * name: numbered paragraphs (§n), recommendations, lettered sections, the summary and
 * appendices. Parsed from the text files so the seed-truth test checks the seed against
 * the reports themselves, not against a copy typed into the test.
 */
export type ReportId = '000' | '001' | '002' | '003' | '004';
export type Report = { id: ReportId; parts: Map<string, string> };

/** The reports, kept in the repository beside the docs (docs/sources/). */
export const REPORTS_DIR = join(__dirname, '../../docs/sources');

/** Quote marks, dashes and whitespace normalised; case kept. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseReport(id: ReportId, text: string): Report {
  const parts = new Map<string, string>();
  const add = (key: string, line: string) => parts.set(key, `${parts.get(key) ?? ''} ${line}`);
  let section: string | null = null;
  let current: string | null = null;
  let inSummary = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const letter = /^([A-F])\. \S/.exec(line);
    const numbered = /^(\d+)\. /.exec(line);
    const recommendation = /^\s+(\d+)\. /.exec(line);
    const appendix = /^Appendix (\d+)/.exec(line);
    if (letter) {
      section = letter[1];
      current = null;
      inSummary = false;
    } else if (appendix) {
      section = `appendix ${appendix[1]}`;
      current = null;
    } else if (/^Summary$/.test(line) || (id === '003' && /^By: /.test(line))) {
      inSummary = true;
      continue;
    } else if (numbered) {
      current = `§${numbered[1]}`;
    } else if (recommendation && section === 'A') {
      current = `recommendation ${recommendation[1]}`;
    }
    if (inSummary) add('summary', line);
    if (section && /^[A-F]$/.test(section)) add(`section ${section}`, line);
    if (section?.startsWith('appendix')) add(section, line);
    if (current) add(current, line);
  }
  for (const [key, value] of parts) parts.set(key, normalise(value));
  return { id, parts };
}

export function loadReports(): Map<ReportId, Report> {
  const reports = new Map<ReportId, Report>();
  for (const file of readdirSync(REPORTS_DIR)) {
    const id = file.slice(0, 3) as ReportId;
    if (!/^00[0-4]_/.test(file)) continue;
    reports.set(id, parseReport(id, readFileSync(join(REPORTS_DIR, file), 'utf8')));
  }
  return reports;
}

/** A citation as the seed writes it: a report and the parts of it named. */
export type Citation = { report: ReportId; parts: string[]; start: number; end: number; text: string };

// How the seed names each report (the short names of its header comment, and the full titles).
const REPORT_NAMES: [RegExp, ReportId][] = [
  [/Service Review report \(2005\)|Joint report on service review, corporate strategy and Together \(MPA report 8a, 29 September 2005\)/g, '002'],
  [/2006\/07 plan report|Corporate Strategy 2006-09 and Policing Plan 2006-07 \(MPA report 7, 23 February 2006\)/g, '001'],
  [/Strategic Framework report \(2009\)|MPA Strategic Framework \(MPA Strategic and Operational Policing Committee, report 9, 5 February 2009\)/g, '003'],
  [/Mission, vision and values report \(2000\)/g, '000'],
  [/Policing and performance plan report \(2002\)/g, '004'],
];

const REF = String.raw`(?:§\s?\d+(?:\s?[-–]\s?\d+)?|paragraphs? \d+(?:\s?[-–]\s?\d+)?|section [A-F]|recommendations? \d+(?:\s?[-–]\s?\d+)?|summary|Appendix \d+)`;
const REFS = new RegExp(String.raw`^[,:]?\s*(${REF}(?:(?:,\s*|\s+and\s+|,\s+and\s+)${REF})*)`);

function expandRef(ref: string): string[] {
  const range = /^(?:§\s?|paragraphs? )(\d+)(?:\s?[-–]\s?(\d+))?$/.exec(ref);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    return Array.from({ length: to - from + 1 }, (_, i) => `§${from + i}`);
  }
  const rec = /^recommendations? (\d+)(?:\s?[-–]\s?(\d+))?$/.exec(ref);
  if (rec) {
    const from = Number(rec[1]);
    const to = Number(rec[2] ?? rec[1]);
    return Array.from({ length: to - from + 1 }, (_, i) => `recommendation ${from + i}`);
  }
  if (/^Appendix/.test(ref)) return [ref.toLowerCase()];
  return [ref];
}

/** Every citation in a text: a report's name followed by the parts it names. */
export function citationsIn(text: string): Citation[] {
  const found: Citation[] = [];
  for (const [pattern, report] of REPORT_NAMES) {
    for (const m of text.matchAll(pattern)) {
      const rest = text.slice(m.index + m[0].length);
      const refs = REFS.exec(rest);
      const parts = refs ? refs[1].split(/,\s*and\s+|,\s*|\s+and\s+/).flatMap(expandRef) : [];
      const end = m.index + m[0].length + (refs ? refs[0].length : 0);
      found.push({ report, parts, start: m.index, end, text: text.slice(m.index, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The quotations in a text: "…", “…” and ‘…’ (an apostrophe is not an opening mark). */
export function quotationsIn(text: string): { quote: string; start: number; end: number }[] {
  const out: { quote: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/"([^"]+)"|“([^”]+)”|(?<![\p{L}\p{N}])‘([^’]+(?:’\p{L}[^’]*)*)’(?![\p{L}])/gu)) {
    out.push({ quote: m[1] ?? m[2] ?? m[3], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whether a quotation appears in a text: verbatim after normalising, an ellipsis skipping words. */
export function quotes(text: string, quotation: string): boolean {
  const haystack = normalise(text).toLowerCase();
  let from = 0;
  for (const piece of normalise(quotation).split(/\s?(?:…|\.\.\.)\s?/)) {
    if (piece === '') continue;
    const at = haystack.indexOf(piece.toLowerCase(), from);
    // Case is compared too, except for a first letter capitalised or lowered to fit the sentence.
    if (at < 0 || normalise(text).slice(at + 1, at + piece.length) !== piece.slice(1)) return false;
    from = at + piece.length;
  }
  return true;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether a text gives a calendar day (2005-09-29 as "29 September 2005", "29th September" …). */
export function givesDay(text: string, isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number);
  const pattern = new RegExp(String.raw`\b${day}(?:st|nd|rd|th)? ${MONTHS[month - 1]}(?!\w)(?: (\d{4}))?`, 'g');
  return [...text.matchAll(pattern)].some((m) => m[1] === undefined || Number(m[1]) === year);
}
