import type { FinancialYear, Pence } from '@ledger/kernel';
import { rowProjectionOf } from '@ledger/platform/projection';
import { FUNDING_EVENT_TYPES, type FundingEvent, type FundingLineRecorded } from './funding.events';

export type FundingLineRow = Omit<FundingLineRecorded['data'], 'programmeId'> & {
  revisions: { previousAmountPence: Pence; amountPence: Pence; reason: string; at: string }[];
};

export type FundingYear = {
  year: FinancialYear;
  resourcesPence: Pence;
  requirementPence: Pence;
  savingsPence: Pence;
  /** Resources less requirement: negative is a shortfall, positive a surplus. */
  gapPence: Pence;
};

export type FundingRow = { programmeId: string; lines: FundingLineRow[] };

/** The year-by-year totals and the gap, derived from the lines (never stored apart from them). */
export function fundingYears(lines: readonly FundingLineRow[]): FundingYear[] {
  const years = [...new Set(lines.map((line) => line.year))].sort();
  return years.map((year) => {
    const sum = (kind: string) => lines.filter((line) => line.year === year && line.kind === kind).reduce((total, line) => total + line.amountPence, 0);
    const resourcesPence = sum('resource');
    const requirementPence = sum('requirement');
    return { year, resourcesPence, requirementPence, savingsPence: sum('savings'), gapPence: resourcesPence - requirementPence };
  });
}

/** The programme's funding: one row per programme, its lines with their revisions. */
export const fundingProjection = rowProjectionOf<FundingEvent, FundingRow>({
  name: 'funding', table: 'funding_view', handles: FUNDING_EVENT_TYPES, key: 'programmeId',
  evolve(row, event, stored) {
    const at = stored.recordedAt.toISOString();
    switch (event.type) {
      case 'FundingLineRecorded': {
        const { programmeId, ...line } = event.data;
        const base = row ?? { programmeId, lines: [] };
        return { ...base, lines: [...base.lines, { ...line, revisions: [] }] };
      }
      case 'FundingLineRevised': {
        if (!row) return row;
        const data = event.data;
        return {
          ...row,
          lines: row.lines.map((line) =>
            line.lineId === data.lineId
              ? { ...line, amountPence: data.amountPence, revisions: [...line.revisions, { previousAmountPence: data.previousAmountPence, amountPence: data.amountPence, reason: data.reason, at }] }
              : line,
          ),
        };
      }
      default:
        return row;
    }
  },
});
