import { types } from 'pg';
import { recordedAtOf } from './recorded-at';

const pgParse = types.getTypeParser(types.builtins.TIMESTAMPTZ) as (text: string) => Date | number;
const two = (n: number) => String(n).padStart(2, '0');

/** The same instant (or the same non-Date: pg reads 'infinity' as a number). */
function expectSameAsPg(text: string): void {
  const ours = recordedAtOf(text) as Date | number;
  const theirs = pgParse(text);
  if (theirs instanceof Date) {
    expect(ours).toBeInstanceOf(Date);
    expect([text, (ours as Date).getTime()]).toEqual([text, theirs.getTime()]);
  } else {
    expect(ours).toBe(theirs);
  }
}

describe('recordedAtOf: the Date pg would make of a timestamptz', () => {
  it('agrees with pg on UTC times of every fraction length (milliseconds truncated, not rounded)', () => {
    for (const fraction of ['', '.5', '.53', '.532', '.5329', '.53299', '.532999', '.999999', '.000999', '.001'])
      expectSameAsPg(`2026-12-07 00:04:39${fraction}+00`);
    expect(recordedAtOf('2026-12-07 00:04:39.532999+00').toISOString()).toBe('2026-12-07T00:04:39.532Z');
  });

  it('agrees with pg on 5,000 pseudo-random UTC times from year 100 to 9999', () => {
    let seed = 21;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let i = 0; i < 5_000; i++) {
      const digitsOfFraction = next(7);
      const fraction = digitsOfFraction === 0 ? '' : `.${String(next(10 ** digitsOfFraction)).padStart(digitsOfFraction, '0')}`;
      expectSameAsPg(
        `${String(100 + next(9900)).padStart(4, '0')}-${two(1 + next(12))}-${two(1 + next(28))} ` +
          `${two(next(24))}:${two(next(60))}:${two(next(60))}${fraction}+00`,
      );
    }
  });

  it('leaves every other form to pg: other zones, years below 100, BC, infinity', () => {
    for (const text of [
      '2026-12-07 00:04:39.532+01',
      '2026-12-07 00:04:39.5+05:30',
      '1960-01-01 00:00:00.000999+05:53:28',
      '0099-01-01 00:00:00+00',
      '0001-01-01 00:00:00+00 BC',
      '12026-12-07 00:04:39+00',
      'infinity',
      '-infinity',
    ])
      expectSameAsPg(text);
    expect(recordedAtOf('0099-06-01 00:00:00+00').getUTCFullYear()).toBe(99);
  });
});
