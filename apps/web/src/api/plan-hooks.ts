// Reads of the plan the programme serves: its plans, one plan, its performance in a year, and
// the funding view. Each takes the as-at moment chosen: a recorded moment (at) or a business
// day (on), as every other page does.
import { useQuery } from '@tanstack/react-query';
import { isBusinessDay, recordedUpTo } from '../format';
import { useAppState } from '../state';
import { api, dataOf } from './client';

/** The moment the plan's reads are taken at: a recorded moment (at) or a business day (on). */
export function usePlanMoment(): { at?: string; on?: string } {
  const { asAt } = useAppState();
  return isBusinessDay(asAt) ? { on: asAt ?? undefined } : { at: recordedUpTo(asAt) };
}

export function usePlans(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['plans', programmeId],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/plans', { params: { path: { programmeId: programmeId ?? '' } } })),
  });
}

export function usePlan(planId: string | undefined) {
  const { at, on } = usePlanMoment();
  return useQuery({
    queryKey: ['plan', planId, at, on],
    enabled: !!planId,
    queryFn: () => dataOf(api.GET('/plans/{planId}', { params: { path: { planId: planId ?? '' }, query: { at, on } } })),
  });
}

export function usePerformance(planId: string | undefined, period: string | undefined) {
  const { at, on } = usePlanMoment();
  return useQuery({
    queryKey: ['performance', planId, period, at, on],
    enabled: !!planId && !!period,
    queryFn: () => dataOf(api.GET('/plans/{planId}/performance', { params: { path: { planId: planId ?? '' }, query: { period, at, on } } })),
  });
}

export function useFunding(programmeId: string | undefined) {
  const { at, on } = usePlanMoment();
  return useQuery({
    queryKey: ['funding', programmeId, at, on],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/funding', { params: { path: { programmeId: programmeId ?? '' }, query: { at, on } } })),
  });
}

/** An objective's history (who was accountable, corrections): read now only, the API keeps no as-at for it. */
export function useObjective(objectiveId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['objective', objectiveId],
    enabled: !!objectiveId && enabled,
    queryFn: () => dataOf(api.GET('/objectives/{objectiveId}', { params: { path: { objectiveId: objectiveId ?? '' } } })),
  });
}
