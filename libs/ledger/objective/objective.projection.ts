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
      const data = event.data;
      return { ...data, accountableHistory: [{ ...data.accountable, from: data.definedOn, reason: null }], indicators: [] };
    }
    if (!row) return row;
    const update = (id: string, change: (indicator: IndicatorRow) => IndicatorRow): ObjectiveRow => ({
      ...row,
      indicators: row.indicators.map((indicator) => (indicator.indicatorId === id ? change(indicator) : indicator)),
    });
    switch (event.type) {
      case 'AccountabilityAssigned': {
        const data = event.data;
        return { ...row, accountable: data.accountable, accountableHistory: [...row.accountableHistory, { ...data.accountable, from: data.assignedOn, reason: data.reason }] };
      }
      case 'IndicatorDefined': {
        const { objectiveId: _objectiveId, ...data } = event.data;
        return { ...row, indicators: [...row.indicators, { ...data, targets: {}, targetHistory: [], actuals: {} }] };
      }
      case 'TargetSet': {
        const data = event.data;
        return update(data.indicatorId, (indicator) => ({
          ...indicator,
          targets: { ...indicator.targets, [data.period]: data.value },
          targetHistory: [...indicator.targetHistory, { period: data.period, value: data.value, previousValue: data.previousValue, reason: data.reason, at }],
        }));
      }
      case 'ActualReported': {
        const data = event.data;
        const reportedBy = stored.metadata.actor?.name ?? null;
        return update(data.indicatorId, (indicator) => ({ ...indicator, actuals: { ...indicator.actuals, [data.period]: { value: data.value, reportedOn: data.reportedOn, reportedBy, corrections: [] } } }));
      }
      case 'ActualCorrected': {
        const data = event.data;
        return update(data.indicatorId, (indicator) => {
          const actual = indicator.actuals[data.period];
          if (!actual) return indicator;
          const correction = { previousValue: data.previousValue, value: data.value, reason: data.reason, correctedOn: data.correctedOn, at };
          return { ...indicator, actuals: { ...indicator.actuals, [data.period]: { ...actual, value: data.value, corrections: [...actual.corrections, correction] } } };
        });
      }
      default:
        return row;
    }
  },
});
