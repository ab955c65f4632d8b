import type { IndicatorDirection } from './objective.events';

export type IndicatorStatus = 'on-track' | 'off-track' | 'no-data';

/**
 * On or off track for one period: off track when the actual falls short of the target by
 * more than the tolerance, in the indicator's direction. Without a target or an actual, no data.
 */
export function indicatorStatus(
  indicator: { direction: IndicatorDirection; tolerance: number },
  target: number | null | undefined,
  actual: number | null | undefined,
): IndicatorStatus {
  if (target === null || target === undefined || actual === null || actual === undefined) return 'no-data';
  const shortfall = indicator.direction === 'higher-is-better' ? target - actual : actual - target;
  return shortfall > indicator.tolerance ? 'off-track' : 'on-track';
}
