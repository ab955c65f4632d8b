// Which plan (and year) the plan's pages show, kept in the URL (?plan=…&year=…) so a shared
// link opens the same view.
import { NativeSelect } from '@mantine/core';
import { usePlan, usePlans } from '../api/plan-hooks';
import { useProgrammeId } from '../api/hooks';
import type { Plan } from '../api/types';
import { planYears } from '../forms/plan-commands';
import { useAppState } from '../state';
import { useQueryParam } from './useQueryParam';

/** The plan in force for the reference day: the latest whose first year has begun, else the latest. */
export function currentPlanId(plans: Pick<Plan, 'planId' | 'firstYear'>[], referenceDay: string): string | undefined {
  const begun = plans.filter((p) => financialYearStart(p.firstYear) <= referenceDay);
  return (begun.at(-1) ?? plans.at(-1))?.planId;
}

/** The plan's year that contains the reference day; before the plan its first, after it its last. */
export function currentYear(plan: Pick<Plan, 'firstYear' | 'lastYear'>, referenceDay: string): string {
  const years = planYears(plan);
  return years.filter((y) => financialYearStart(y) <= referenceDay).at(-1) ?? years[0];
}

/** "2006/07" → "2006-04-01": a UK public-sector financial year starts on 1 April. */
export function financialYearStart(year: string): string {
  return `${year.slice(0, 4)}-04-01`;
}

/** The day the page is read for: the as-at moment's day, else today. */
export function useReferenceDay(): string {
  const { asAt } = useAppState();
  return (asAt ?? new Date().toISOString()).slice(0, 10);
}

export function useChosenPlan() {
  const programmeId = useProgrammeId();
  const plans = usePlans(programmeId);
  const referenceDay = useReferenceDay();
  const [chosen, setChosen] = useQueryParam('plan');
  const planId = chosen && plans.data?.items.some((p) => p.planId === chosen) ? chosen : currentPlanId(plans.data?.items ?? [], referenceDay);
  const plan = usePlan(planId);
  return { programmeId, plans, planId, plan, choose: (id: string) => setChosen(id, ['year']) };
}

export function PlanSelect({ plans, planId, onChange }: { plans: Pick<Plan, 'planId' | 'title'>[]; planId: string | undefined; onChange(id: string): void }) {
  return (
    <NativeSelect
      label="Plan"
      value={planId ?? ''}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={plans.map((p) => ({ value: p.planId, label: p.title }))}
      style={{ maxWidth: 420, flex: '1 1 240px' }}
    />
  );
}

