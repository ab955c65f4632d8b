import type { ScheduleKind } from './benefit.events';
import type { BenefitRow } from './benefit.projection';

/** What a schedule reaches: per-period values add up; a running total or a level ends at its last value. */
function reach(kind: ScheduleKind, schedule: readonly { plannedValue: number }[]): number {
  return kind === 'per-period' ? schedule.reduce((total, step) => total + step.plannedValue, 0) : (schedule.at(-1)?.plannedValue ?? 0);
}

/** Variance is derived, never typed: realised minus planned, per period and in total. */
export function benefitWithVariance(stored: BenefitRow) {
  // Rows projected before cumulativeRealised went still hold it in their document: not passed on.
  const { cumulativeRealised: _superseded, ...benefit } = stored as BenefitRow & { cumulativeRealised?: number };
  const scheduleKind: ScheduleKind = benefit.scheduleKind ?? 'per-period';
  const realisedByPeriod = new Map(benefit.realisations.map((realisation) => [realisation.period, realisation.actual]));
  const periods = benefit.baselineSchedule.map((planned) => {
    const forecast = benefit.currentSchedule.find((current) => current.period === planned.period)?.plannedValue ?? null;
    const realised = realisedByPeriod.get(planned.period) ?? null;
    return { period: planned.period, baseline: planned.plannedValue, forecast, realised, variance: realised === null ? null : realised - planned.plannedValue };
  });
  const reported = periods.filter((period) => period.realised !== null);
  // Against the target: per-period amounts add up; a running total or a level is where the latest period stands.
  const realisedToDate =
    scheduleKind === 'per-period' ? benefit.realisations.reduce((total, realisation) => total + realisation.actual, 0) : (reported.at(-1)?.realised ?? 0);
  const plannedToDate = scheduleKind === 'per-period' ? reported.reduce((total, period) => total + period.baseline, 0) : (reported.at(-1)?.baseline ?? 0);
  return {
    ...benefit,
    scheduleKind,
    periods,
    plannedTotal: reach(scheduleKind, benefit.baselineSchedule),
    forecastTotal: reach(scheduleKind, benefit.currentSchedule),
    realisedToDate,
    varianceToDate: realisedToDate - plannedToDate,
  };
}
