// UK English formatting. Money arrives as integer pence and is never divided into a
// binary fraction for display: pounds and pence are split with integer arithmetic.

// U+2212 and a word joiner (U+2060): a line may break between "−" and "£", and a minus
// left at the end of a line reads as a positive amount below it.
const MINUS = '\u2212\u2060';

const groups = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 123456789 → "£1,234,567.89"; whole pounds drop the pence: 7000000000 → "£70,000,000". */
export function formatPence(pence: number | null | undefined): string {
  if (pence === null || pence === undefined || !Number.isFinite(pence)) return '—';
  const sign = pence < 0 ? MINUS : '';
  const abs = BigInt(Math.abs(Math.trunc(pence)));
  const pounds = abs / 100n;
  const rest = abs % 100n;
  const whole = groups.format(pounds);
  return `${sign}£${whole}${rest === 0n ? '' : `.${rest.toString().padStart(2, '0')}`}`;
}

/** 7000000000 → "£70.0m", 45000000 → "£450k": for chart axes and tiles; exact figures sit beside them. */
export function formatPenceShort(pence: number | null | undefined): string {
  if (pence === null || pence === undefined || !Number.isFinite(pence)) return '—';
  const sign = pence < 0 ? MINUS : '';
  const abs = Math.abs(pence);
  if (abs >= 100_000_000) {
    // tenths of a million pounds, rounded with integers
    const tenths = Math.round(abs / 10_000_000);
    return `${sign}£${Math.trunc(tenths / 10)}.${tenths % 10}m`;
  }
  if (abs >= 100_000) return `${sign}£${Math.round(abs / 100_000)}k`;
  return formatPence(pence);
}

/** Pence → the text a money input shows: 123450 → "1234.50". */
export function penceToInput(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  const abs = BigInt(Math.abs(Math.trunc(pence)));
  return `${pence < 0 ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const timestampFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** A calendar date a committee decided on: "2005-09-29" → "29 Sept 2005". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
}

/** The moment an event was recorded, in the reader's time zone. */
export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : timestampFormat.format(d);
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat('en-GB').format(value);
}

/** A benefit's value in its own unit: pence as money, anything else as a number with the unit. */
export function formatMeasure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  return isMoneyUnit(unit) ? formatPence(value) : `${formatNumber(value)} ${unit}`;
}

export function isMoneyUnit(unit: string): boolean {
  return /pence|gbp/i.test(unit);
}

export const STATUS_LABELS: Record<string, string> = {
  registered: 'Registered',
  'in-consultation': 'In consultation',
  agreed: 'Agreed',
  'in-delivery': 'In delivery',
  closed: 'Closed',
  'not-taken-forward': 'Not taken forward',
  deferred: 'Deferred',
};

export const ROLE_LABELS: Record<string, string> = {
  'programme-office': 'Programme office',
  lead: 'Lead',
  'oversight-committee': 'Oversight committee',
  administrator: 'Administrator',
  system: 'System',
};

export const RATING_LABELS: Record<string, string> = {
  green: 'Green',
  'amber-green': 'Amber/green',
  amber: 'Amber',
  'amber-red': 'Amber/red',
  red: 'Red',
  unrated: 'Not rated',
};

export const RATING_COLOURS: Record<string, string> = {
  green: '#1b7f3b',
  'amber-green': '#7a9a01',
  amber: '#c77700',
  'amber-red': '#c2410c',
  red: '#b42318',
  unrated: '#868e96',
};

/** White on the light chips (amber-green, amber, unrated) is under 4.5:1: those carry dark text. */
export const RATING_TEXT_COLOURS: Record<string, string> = {
  'amber-green': '#1a1b1e',
  amber: '#1a1b1e',
  unrated: '#1a1b1e',
};

/** "2026-11-25T15:02" (datetime-local, the reader's zone) → ISO instant. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** ISO instant → "2026-11-25T15:02:09" for a datetime-local input in the reader's zone. */
export function isoToLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The "as at" choice is a recorded moment (an ISO timestamp: what the ledger held then) or a
 * day in business time (YYYY-MM-DD: the programme as the record tells it on that day).
 */
export const isBusinessDay = (asAt: string | null | undefined): asAt is string => !!asAt && /^\d{4}-\d{2}-\d{2}$/.test(asAt);

/** The as-at endpoint's query for the choice: `on` for a day, `at` for a moment. */
export const asAtQuery = (asAt: string): { on: string } | { at: string } => (isBusinessDay(asAt) ? { on: asAt } : { at: asAt });

/** The recorded-time bound the choice puts on lists of what was recorded (the audit trail): none for a day. */
export const recordedUpTo = (asAt: string | null | undefined): string | undefined => (asAt && !isBusinessDay(asAt) ? asAt : undefined);

/** "As at 3 Feb 2006, 10:00" or "In effect on 3 Feb 2006". */
export const describeAsAt = (asAt: string): string => (isBusinessDay(asAt) ? `In effect on ${formatDate(asAt)}` : `As at ${formatTimestamp(asAt)}`);
