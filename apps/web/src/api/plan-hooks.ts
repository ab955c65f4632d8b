// Reads of the plan the programme serves: its plans, one plan, its performance in a year, and
// the funding view. Each takes the as-at moment (recording time) where one is chosen; the plan's
// reads offer no business day, so a day chosen on another page reads as now (the pages say so).
import { useQuery } from '@tanstack/react-query';
import { recordedUpTo } from '../format';
import { useAppState } from '../state';
import { api, dataOf } from './client';

/** The recorded moment the plan's reads are taken at: the as-at moment, unless it is a business day. */
export function usePlanMoment(): string | undefined {
  const { asAt } = useAppState();
  return recordedUpTo(asAt);
}

export function usePlans(programmeId: string | undefined) {
  return useQuery({
    queryKey: ['plans', programmeId],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/plans', { params: { path: { programmeId: programmeId ?? '' } } })),
  });
}

export function usePlan(planId: string | undefined) {
  const at = usePlanMoment();
  return useQuery({
    queryKey: ['plan', planId, at],
    enabled: !!planId,
    queryFn: () => dataOf(api.GET('/plans/{planId}', { params: { path: { planId: planId ?? '' }, query: { at } } })),
  });
}

export function usePerformance(planId: string | undefined, period: string | undefined) {
  const at = usePlanMoment();
  return useQuery({
    queryKey: ['performance', planId, period, at],
    enabled: !!planId && !!period,
    queryFn: () => dataOf(api.GET('/plans/{planId}/performance', { params: { path: { planId: planId ?? '' }, query: { period, at } } })),
  });
}

export function useFunding(programmeId: string | undefined) {
  const at = usePlanMoment();
  return useQuery({
    queryKey: ['funding', programmeId, at],
    enabled: !!programmeId,
    queryFn: () => dataOf(api.GET('/programmes/{programmeId}/funding', { params: { path: { programmeId: programmeId ?? '' }, query: { at } } })),
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
