// The over-target warning of the web's forms (apps/web/src/forms/target-check.ts): the total a
// schedule reaches by its kind, the 10% margin, reductions left alone, and which created records
// the web opens.
import type { CommandTarget } from '../src/forms/commands';
import { checkAgainstTarget, recordPage, type TargetCheck } from '../src/forms/target-check';

const pounds = (pence: number) => `£${pence / 100}`;
const plan: TargetCheck = { rows: 'schedule', value: 'plannedValue', limit: { field: 'target' }, from: { field: 'baseline' }, words: { total: 'The schedule', limit: 'the target' } };
const target = {} as CommandTarget;
const body = (targetPence: number, values: number[], baseline = 0) => ({ target: targetPence, baseline, schedule: values.map((plannedValue, i) => ({ period: `200${i}/0${i + 1}`, plannedValue })) });

describe('checkAgainstTarget', () => {
  it('adds a per-period schedule up and warns past 10% over, saying by how much', () => {
    const over = checkAgainstTarget(plan, body(200_000_000, [100_000_000, 150_000_000]), target, pounds);
    expect(over.total).toBe(250_000_000);
    expect(over.warning).toBe('The schedule comes to £2500000, 25% more than the target of £2000000 (the margin is 10%). Check each amount; save anyway only if that is intended.');
    expect(over.short).toBe('25% more than the target: over the 10% margin');
  });

  it('takes exactly 10% over, and anything under it, without a word', () => {
    expect(checkAgainstTarget(plan, body(200_000_000, [220_000_000]), target, pounds).warning).toBeNull();
    expect(checkAgainstTarget(plan, body(200_000_000, [220_000_001]), target, pounds).warning).not.toBeNull();
    expect(checkAgainstTarget(plan, body(200_000_000, [50_000_000]), target, pounds).warning).toBeNull();
  });

  it('reads a running total or a level by its last value, and warns of one value over', () => {
    const level: TargetCheck = { ...plan, kind: () => 'level' };
    const reading = checkAgainstTarget(level, body(100, [50, 150, 100]), target, pounds);
    expect(reading.total).toBe(100);
    expect(reading.warning).toMatch(/^One value, £1.5, is 50% more than the target of £1 \(the margin is 10%\)\./);
  });

  it('leaves a reduction alone (a target below its baseline) and values that do not read yet out of the total', () => {
    expect(checkAgainstTarget(plan, body(100, [500], 1_000), target, pounds).warning).toBeNull();
    const partial = checkAgainstTarget(plan, { target: 100, schedule: [{ plannedValue: 40 }, { plannedValue: undefined }] }, target, pounds);
    expect(partial).toEqual({ total: 40, limit: 100, warning: null, short: null });
  });

  it('takes the limit from the record when the form has none (a re-forecast against its benefit)', () => {
    const reforecast: TargetCheck = { ...plan, limit: (t) => t.benefit?.target, from: undefined };
    const withBenefit = { benefit: { target: 100 } } as CommandTarget;
    expect(checkAgainstTarget(reforecast, { schedule: [{ plannedValue: 200 }] }, withBenefit, pounds).short).toBe('100% more than the target: over the 10% margin');
  });
});

describe('recordPage', () => {
  it('opens a created proposal or meeting on its page, and nothing else the web has no page for', () => {
    expect(recordPage('/proposals/safer-neighbourhoods')).toBe('/app/proposals/safer-neighbourhoods');
    expect(recordPage('/meetings/oversight-2006-03-09')).toBe('/app/meetings/oversight-2006-03-09');
    expect(recordPage('/meetings/m-1/agenda-items/i')).toBeNull();
    expect(recordPage('/risks/r-1')).toBeNull();
    expect(recordPage(undefined)).toBeNull();
  });
});
