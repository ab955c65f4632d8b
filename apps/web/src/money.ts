// Typed amounts of money → integer pence, with one reading only. A comma groups thousands
// (in threes) and a point marks decimals: "£1,5m" or "1.500.000" could mean two amounts ten or
// a thousand times apart, so they are refused with the way to write what was meant.
// Dependency-free: the web cannot import the libs, and the unit project tests it from here.

export type MoneyReading = { ok: true; pence: number } | { ok: false; message: string };

export interface MoneyOptions {
  /** a change or a variance may be below zero; an amount planned or spent may not */
  allowNegative?: boolean;
}

const EXAMPLES = 'such as 1,250.00, £250k or £1.5m';

/** Scales a suffix multiplies by, as a power of ten over pounds. */
const SUFFIXES: Record<string, number> = { k: 3, m: 6, bn: 9 };

/** Groups a run of digits in threes with commas: "1500000" → "1,500,000". */
function grouped(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Pence as "£1,234,000" or "£1.50", for the suggestions in a message. */
function formatted(pence: bigint): string {
  const pounds = grouped((pence / 100n).toString());
  const rest = pence % 100n;
  return `£${pounds}${rest === 0n ? '' : `.${rest.toString().padStart(2, '0')}`}`;
}

const refuse = (message: string): MoneyReading => ({ ok: false, message });

/**
 * "£1.5m", "250k", "1,500,000", "1500000.00", "£1,500,000.50" → pence; anything that could be
 * read two ways, or not at all, → a message saying how to write it.
 */
export function parseMoney(input: string, options: MoneyOptions = {}): MoneyReading {
  // U+2212 is the minus formatPence writes, the word joiner (U+2060) what keeps it with its amount.
  let text = input.replace(/\u2060/g, '').replace(/\u2212/g, '-').trim();
  if (!text) return refuse('Enter an amount in pounds, ' + EXAMPLES);
  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1).trim();
  }
  text = text.replace(/^£\s*/, '');
  if (!negative && text.startsWith('-')) {
    negative = true;
    text = text.slice(1).trim();
  }
  const suffixMatch = /\s*(k|m|bn)$/i.exec(text);
  const suffix = suffixMatch ? suffixMatch[1].toLowerCase() : '';
  const number = suffixMatch ? text.slice(0, suffixMatch.index) : text;
  const written = (n: string) => `${negative ? '-' : ''}£${n}${suffix}`;

  if (!/^[\d,.]+$/.test(number) || !/\d/.test(number)) {
    if (/\d\s+\d/.test(number)) return refuse(`Leave out the spaces inside the number: ${written(grouped(number.replace(/\s+/g, '')))}`);
    return refuse('Enter an amount in pounds, ' + EXAMPLES);
  }
  const points = number.split('.').length - 1;
  const [whole, fraction] = number.split('.');
  // A comma followed by one or two digits (and nothing after) is a decimal comma: "1,5", "1,50".
  if (points === 0 && /,\d{1,2}$/.test(number)) {
    return refuse(`Use a point for decimals: ${written(number.replace(/,(\d{1,2})$/, '.$1'))}`);
  }
  if (points > 1) {
    const digits = number.replace(/[.,]/g, '');
    return refuse(`Use commas, not points, to group thousands: ${written(grouped(digits))}`);
  }
  if (/,/.test(fraction ?? '')) return refuse('Put commas only before the decimal point, such as 1,250.50');
  if (!whole) return refuse(`Write a digit before the point: ${written(`0.${fraction}`)}`);
  if (whole.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(whole)) {
    return refuse(`Group thousands in threes: ${written(grouped(whole.replace(/,/g, '')) + (fraction !== undefined ? `.${fraction}` : ''))}`);
  }
  if (fraction !== undefined && fraction.length === 0) return refuse(`Write the pence after the point, or leave the point out: ${written(whole)}`);

  const scale = suffix ? SUFFIXES[suffix] : 0;
  const decimals = fraction ?? '';
  // A point before exactly three digits is a thousands separator elsewhere in Europe.
  if (decimals.length === 3 && !whole.includes(',')) {
    const asThousands = formatted(BigInt(whole + decimals) * 10n ** BigInt(scale + 2));
    if (!scale) return refuse(`Use a comma to group thousands, such as ${asThousands}; pence take two decimal places, such as ${formatted(BigInt(whole + decimals.slice(0, 2)))}`);
    const asDecimals = formatted(BigInt(whole + decimals) * 10n ** BigInt(scale - 1));
    return refuse(`“${input.trim()}” could mean ${asDecimals} or ${asThousands}: write the one you mean in full`);
  }
  if (!suffix && decimals.length > 2) return refuse('Amounts have at most two decimal places (pence), such as 1,250.50');
  // With a suffix the decimals are of thousands or millions: they must still come to whole pence.
  if (decimals.length > scale + 2) return refuse(`That is less than a penny: write at most ${scale + 2} decimal places with “${suffix}”`);

  const digits = whole.replace(/,/g, '') + decimals;
  const pence = BigInt(digits) * 10n ** BigInt(scale + 2 - decimals.length);
  if (pence > BigInt(Number.MAX_SAFE_INTEGER)) return refuse('That amount is too large to record');
  if (negative && pence !== 0n && !options.allowNegative) return refuse('Enter an amount of zero or more, without a minus sign');
  const value = Number(pence);
  return { ok: true, pence: negative && value !== 0 ? -value : value };
}

/** The amount in pounds, or null: for callers that only need to know whether it reads. */
export function moneyToPence(input: string, options: MoneyOptions = {}): number | null {
  const reading = parseMoney(input, options);
  return reading.ok ? reading.pence : null;
}
