// The web's money parser (apps/web/src/money.ts): what it accepts, what it refuses and why,
// and two properties: every amount the web writes reads back to the same pence, and no accepted
// text has a second reading with the comma and the point swapped.
import fc from 'fast-check';
import { formatPence, penceToInput } from '../src/format';
import { parseMoney } from '../src/money';

const pence = (text: string, allowNegative = false) => {
  const reading = parseMoney(text, { allowNegative });
  if (!reading.ok) throw new Error(`"${text}" was refused: ${reading.message}`);
  return reading.pence;
};
const message = (text: string, allowNegative = false) => {
  const reading = parseMoney(text, { allowNegative });
  if (reading.ok) throw new Error(`"${text}" was accepted as ${reading.pence} pence`);
  return reading.message;
};

describe('parseMoney', () => {
  describe('accepts one reading', () => {
    it.each([
      ['£1.5m', 150_000_000],
      ['1.5m', 150_000_000],
      ['1.5 M', 150_000_000],
      ['£250k', 25_000_000],
      ['£2bn', 200_000_000_000],
      ['1,500,000', 150_000_000],
      ['1500000.00', 150_000_000],
      ['£1,500,000.50', 150_000_050],
      ['£ 1,250', 125_000],
      ['0.1', 10],
      ['12.5', 1_250],
      ['1,500', 150_000],
      ['1.2345m', 123_450_000],
      ['£1,500m', 150_000_000_000],
      ['0', 0],
    ])('%s → %d pence', (text, expected) => {
      expect(pence(text)).toBe(expected);
    });

    it('reads a minus where negatives are allowed, as typed or as formatPence writes it', () => {
      expect(pence('-£1,250', true)).toBe(-125_000);
      expect(pence('£-3.5m', true)).toBe(-350_000_000);
      expect(pence(formatPence(-1_234_567), true)).toBe(-1_234_567);
    });
  });

  describe('refuses what could be misread, saying how to write it', () => {
    it.each([
      ['£1,5m', 'Use a point for decimals: £1.5m'],
      ['1,5', 'Use a point for decimals: £1.5'],
      ['1,50', 'Use a point for decimals: £1.50'],
      ['1.500.000', 'Use commas, not points, to group thousands: £1,500,000'],
      ['1,50,000', 'Group thousands in threes: £150,000'],
      ['15,00,000.25', 'Group thousands in threes: £1,500,000.25'],
      ['1.500', 'Use a comma to group thousands, such as £1,500; pence take two decimal places, such as £1.50'],
      ['£1.234m', '“£1.234m” could mean £1,234,000 or £1,234,000,000: write the one you mean in full'],
      ['12.3456', 'Amounts have at most two decimal places (pence), such as 1,250.50'],
      ['1.234567891m', 'That is less than a penny: write at most 8 decimal places with “m”'],
      ['1 500', 'Leave out the spaces inside the number: £1,500'],
      ['', 'Enter an amount in pounds, such as 1,250.00, £250k or £1.5m'],
      ['two million', 'Enter an amount in pounds, such as 1,250.00, £250k or £1.5m'],
      ['£1m5', 'Enter an amount in pounds, such as 1,250.00, £250k or £1.5m'],
      ['1.', 'Write the pence after the point, or leave the point out: £1'],
      ['.5m', 'Write a digit before the point: £0.5m'],
      ['99999999999999999', 'That amount is too large to record'],
    ])('%s: %s', (text, expected) => {
      expect(message(text)).toBe(expected);
    });

    it('refuses a negative amount unless the field allows one', () => {
      expect(message('-£250k')).toBe('Enter an amount of zero or more, without a minus sign');
      expect(pence('-£250k', true)).toBe(-25_000_000);
    });
  });

  describe('properties', () => {
    const amounts = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

    it('reads back every amount the web writes (formatPence and the input text) as the same pence', () => {
      fc.assert(
        fc.property(amounts, fc.boolean(), (value, negative) => {
          const signed = negative && value !== 0 ? -value : value;
          expect(pence(formatPence(signed), true)).toBe(signed);
          expect(pence(penceToInput(signed), true)).toBe(signed);
        }),
      );
    });

    it('reads a whole number of thousands or millions written with its suffix as the same pence', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 9_000_000 }), fc.integer({ min: 0, max: 99 }), (units, hundredths) => {
          const decimals = String(hundredths).padStart(2, '0');
          expect(pence(`£${units}.${decimals}m`)).toBe((units * 100 + hundredths) * 1_000_000);
          expect(pence(`${units}.${decimals}k`)).toBe((units * 100 + hundredths) * 1_000);
        }),
      );
    });

    // Any text built of digits, separators and suffixes: if it is accepted, reading its comma as a
    // decimal mark and its point as a thousands separator (the other convention) is refused or
    // gives the same amount, so the accepted text means one amount.
    const typed = fc.string({ unit: fc.constantFrom('1', '5', '0', '0', ',', '.', 'm', 'k', '£', ' '), maxLength: 14 });
    const swapped = (text: string) => text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

    it('accepts no text that the other convention reads as a different amount', () => {
      fc.assert(
        fc.property(typed, (text) => {
          const reading = parseMoney(text);
          fc.pre(reading.ok);
          const other = parseMoney(swapped(text));
          if (other.ok && reading.ok) expect(other.pence).toBe(reading.pence);
        }),
        { numRuns: 5000 },
      );
    });

    it('refuses every text with a decimal comma, and says to use a point', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^\d{1,2}$/), fc.constantFrom('', 'k', 'm'), (units, decimals, suffix) => {
          const reading = parseMoney(`£${units},${decimals}${suffix}`);
          expect(reading.ok).toBe(false);
          if (!reading.ok) expect(reading.message).toMatch(/^Use a point for decimals: £\d+\.\d{1,2}(k|m)?$/);
        }),
      );
    });
  });
});
