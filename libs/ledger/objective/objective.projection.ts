import type { FinancialYear } from '@ledger/kernel';
import { rowProjectionOf } from '@ledger/platform/projection';
import { OBJECTIVE_EVENT_TYPES, type Accountable, type IndicatorDefined, type ObjectiveDefined, type ObjectiveEvent } from './objective.events';

export type ActualRow = {
  value: number;
  reportedOn: string;
  reportedBy: string | null;
  corrections: { previousValue: number; value: number; reason: string; correctedOn: string; at: string }[];
};

export type IndicatorRow = Omit<IndicatorDefined['data'], 'objectiveId'> & {
  targets: Record<FinancialYear, number>;
  targetHistory: { period: FinancialYear; value: number; previousValue: number | null; reason: string | null; at: string }[];
  actuals: Record<FinancialYear, ActualRow>;
};

export type ObjectiveRow = ObjectiveDefined['data'] & {
  accountableHistory: (Accountable & { from: string; reason: string | null })[];
  indicators: IndicatorRow[];
};

/** An objective with its accountable member (and who was before), indicators, targets and actuals. */
export const objectiveProjection = rowProjectionOf<ObjectiveEvent, ObjectiveRow>({
  name: 'objectives', table: 'objective_view', handles: OBJECTIVE_EVENT_TYPES, key: 'objectiveId',
  evolve(row, event, stored) {
    const at = stored.recordedAt.toISOString();
    if (event.type === 'ObjectiveDefined') {
      const d = event.data;
      return { ...d, accountableHistory: [{ ...d.accountable, from: d.definedOn, reason: null }], indicators: [] };
    }
    if (!row) return row;
    const update = (id: string, f: (i: IndicatorRow) => IndicatorRow): ObjectiveRow => ({
      ...row,
      indicators: row.indicators.map((i) => (i.indicatorId === id ? f(i) : i)),
    });
    switch (event.type) {
      case 'AccountabilityAssigned': {
        const d = event.data;
        return { ...row, accountable: d.accountable, accountableHistory: [...row.accountableHistory, { ...d.accountable, from: d.assignedOn, reason: d.reason }] };
      }
      case 'IndicatorDefined': {
        const { objectiveId: _o, ...d } = event.data;
        return { ...row, indicators: [...row.indicators, { ...d, targets: {}, targetHistory: [], actuals: {} }] };
      }
      case 'TargetSet': {
        const d = event.data;
        return update(d.indicatorId, (i) => ({
          ...i,
          targets: { ...i.targets, [d.period]: d.value },
          targetHistory: [...i.targetHistory, { period: d.period, value: d.value, previousValue: d.previousValue, reason: d.reason, at }],
        }));
      }
      case 'ActualReported': {
        const d = event.data;
        const reportedBy = stored.metadata.actor?.name ?? null;
        return update(d.indicatorId, (i) => ({ ...i, actuals: { ...i.actuals, [d.period]: { value: d.value, reportedOn: d.reportedOn, reportedBy, corrections: [] } } }));
      }
      case 'ActualCorrected': {
        const d = event.data;
        return update(d.indicatorId, (i) => {
          const actual = i.actuals[d.period];
          if (!actual) return i;
          const correction = { previousValue: d.previousValue, value: d.value, reason: d.reason, correctedOn: d.correctedOn, at };
          return { ...i, actuals: { ...i.actuals, [d.period]: { ...actual, value: d.value, corrections: [...actual.corrections, correction] } } };
        });
      }
      default:
        return row;
    }
  },
});
