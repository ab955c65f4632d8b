/** The plan reads' answers (after PlanRow), as OpenAPI schemas. */
import { arr, date, enumOf, enumOfType, financialYear, id, nullable, obj, type Schema, str, time } from '@ledger/platform/http-schema';
import { PLAN_KINDS, PRIORITY_TIERS } from './strategy.events';
import type { PlanRow } from './strategy.projection';

type PriorityStatus = PlanRow['priorities'][number]['status'];
type PlanChangeKind = PlanRow['history'][number]['change'];


export const PlanSchema: Schema = obj({
  planId: id,
  programmeId: id,
  kind: enumOf(PLAN_KINDS),
  title: str,
  firstYear: financialYear,
  lastYear: financialYear,
  mission: nullable(str),
  vision: nullable(str),
  values: arr(str),
  criticalSuccessFactors: arr(str),
  adoptedOn: date,
  priorities: arr(
    obj({
      priorityId: id,
      tier: enumOf(PRIORITY_TIERS),
      title: str,
      status: enumOfType<PriorityStatus>({ 'in-force': true, retired: true }),
      mergedInto: nullable(id),
      titles: arr(str),
    }),
  ),
  history: arr(
    obj({
      at: time,
      on: date,
      change: enumOfType<PlanChangeKind>({ defined: true, 'priority-defined': true, 'priority-reworded': true, 'priority-retired': true }),
      priorityId: nullable(id),
      title: str,
      reason: nullable(str),
    }),
  ),
});

export const PlanListSchema: Schema = obj({ items: arr(PlanSchema) });
