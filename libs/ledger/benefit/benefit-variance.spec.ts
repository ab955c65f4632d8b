import { benefitWithVariance } from './benefit-variance';
import type { BenefitRow, Realisation } from './benefit.projection';

const realised = (period: string, actual: number): Realisation => ({
  period, actual, forecastRemaining: null, evidence: 'report', commentary: null, reportedBy: 'lead', reportedAt: '2007-04-01T00:00:00.000Z', corrections: [],
});

const benefit = (overrides: Partial<BenefitRow>): BenefitRow => ({
  benefitId: 'b1', proposalId: 'p1', programmeId: 'mmp', description: 'Savings', observableOutcome: 'Lower cost', measure: 'cash',
  unit: 'GBP-pence', attribution: 'direct', cashReleasing: true, quantitative: true, isDisbenefit: false, ownerId: 'o1', ownerName: 'Owner',
  baseline: 0, target: 300, fullYearValue: null,
  baselineSchedule: [{ period: '2006/07', plannedValue: 100 }, { period: '2007/08', plannedValue: 200 }],
  currentSchedule: [{ period: '2006/07', plannedValue: 100 }, { period: '2007/08', plannedValue: 250 }],
  reforecasts: [], realisations: [realised('2006/07', 120)],
  ...overrides,
});

describe('benefitWithVariance', () => {
  it('per period (the default for rows projected before v3): amounts add up, variance against the reported periods', () => {
    const view = benefitWithVariance(benefit({}));
    expect(view.scheduleKind).toBe('per-period');
    expect(view.plannedTotal).toBe(300);
    expect(view.forecastTotal).toBe(350);
    expect(view.realisedToDate).toBe(120);
    expect(view.varianceToDate).toBe(20);
    expect(view.periods).toEqual([
      { period: '2006/07', baseline: 100, forecast: 100, realised: 120, variance: 20 },
      { period: '2007/08', baseline: 200, forecast: 250, realised: null, variance: null },
    ]);
  });

  it('a level stands where its latest reported period is, not at the sum', () => {
    const view = benefitWithVariance(benefit({
      scheduleKind: 'level',
      realisations: [realised('2006/07', 90), realised('2007/08', 180)],
    }));
    expect(view.plannedTotal).toBe(200);
    expect(view.forecastTotal).toBe(250);
    expect(view.realisedToDate).toBe(180);
    expect(view.varianceToDate).toBe(-20);
  });

  it('derives realised to date from the realisations, and passes on no cumulativeRealised a row projected before still holds', () => {
    const stored = { ...benefit({ realisations: [realised('2006/07', 120), realised('2007/08', 30)] }), cumulativeRealised: 150 };
    const view = benefitWithVariance(stored);
    expect(view.realisedToDate).toBe(150);
    expect(view).not.toHaveProperty('cumulativeRealised');
  });
});
