/** An objective's answer (after ObjectiveRow) and the performance view's, as OpenAPI schemas. */
import { arr, bool, date, enumOf, enumOfType, financialYear, id, nullable, num, obj, type Schema, str, time } from '@ledger/platform/http-schema';
import type { IndicatorStatus } from './indicator-status';
import { INDICATOR_DIRECTIONS } from './objective.events';

const accountable = obj({ personId: id, name: str });
const byYear = (value: Schema): Schema => ({ type: 'object', description: 'By financial year (2006/07 …).', additionalProperties: value });

const indicator = obj({
  indicatorId: id,
  title: str,
  unit: str,
  direction: enumOf(INDICATOR_DIRECTIONS),
  baseline: nullable(obj({ value: num, period: financialYear })),
  dataSource: str,
  tolerance: num,
  definedOn: date,
  targets: byYear(num),
  targetHistory: arr(obj({ period: financialYear, value: num, previousValue: nullable(num), reason: nullable(str), at: time })),
  actuals: byYear(
    obj({
      value: num,
      reportedOn: date,
      reportedBy: nullable(str),
      corrections: arr(obj({ previousValue: num, value: num, reason: str, correctedOn: date, at: time })),
    }),
  ),
});

export const ObjectiveSchema: Schema = obj({
  objectiveId: id,
  planId: id,
  programmeId: id,
  priorityId: id,
  title: str,
  accountable,
  criticalFocus: bool,
  years: arr(financialYear),
  definedOn: date,
  accountableHistory: arr(obj({ personId: id, name: str, from: date, reason: nullable(str) })),
  indicators: arr(indicator),
});

/** The live proposals that say they serve an objective (ProposalAimsAmended). */
const servedBy: Schema = arr(obj({ proposalId: id, title: str }));

export const PerformanceSchema: Schema = obj({
  planId: id,
  title: str,
  period: financialYear,
  asAt: nullable(time),
  on: nullable(date),
  offTrack: arr(
    obj({ objectiveId: id, objective: str, indicatorId: id, indicator: str, unit: str, target: num, actual: num, tolerance: num, accountable, servedBy }),
  ),
  priorities: arr(
    obj({
      priorityId: id,
      tier: str,
      title: str,
      status: str,
      objectives: arr(
        obj({
          objectiveId: id,
          title: str,
          accountable,
          criticalFocus: bool,
          offTrack: bool,
          servedBy,
          indicators: arr(
            obj({
              indicatorId: id,
              title: str,
              unit: str,
              direction: enumOf(INDICATOR_DIRECTIONS),
              tolerance: num,
              dataSource: str,
              target: nullable(num),
              actual: nullable(num),
              status: enumOfType<IndicatorStatus>({ 'on-track': true, 'off-track': true, 'no-data': true }),
              series: arr(obj({ period: financialYear, target: nullable(num), actual: nullable(num) })),
            }),
          ),
        }),
      ),
    }),
  ),
});
