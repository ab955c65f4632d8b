import { amend, deciderSpec } from '../../../test/support/decider-spec';
import type { RecordFundingLine, ReviseFundingLine } from './funding.commands';
import { fundingDecider } from './funding.decider';
import type { FundingLineRecorded } from './funding.events';
import { fundingYears, type FundingLineRow } from './funding.projection';

const { given } = deciderSpec(fundingDecider);

const precept: RecordFundingLine = {
  type: 'RecordFundingLine',
  data: { programmeId: 'mmp', lineId: 'precept-2006-07', year: '2006/07', kind: 'resource', source: 'precept', label: 'Precept @ 5.5%', amountPence: 3_100_000_000 },
};
const recorded: FundingLineRecorded = { type: 'FundingLineRecorded', data: { ...precept.data, source: 'precept', proposalId: null } };
const revise: ReviseFundingLine = { type: 'ReviseFundingLine', data: { lineId: 'precept-2006-07', amountPence: 3_200_000_000, reason: 'Precept set' } };

describe('funding decider', () => {
  describe('a line not yet recorded', () => {
    it('is recorded in integer pence with its source', () => void given([]).when(precept).then([recorded]));
    it('is recorded against a proposal’s investment', () => void given([]).when(amend(precept, { proposalId: 'safer-neighbourhoods' })).then([{ type: 'FundingLineRecorded', data: { ...recorded.data, proposalId: 'safer-neighbourhoods' } }]));
    it('refuses pounds with pence fractions, and negative amounts', () => {
      expect(given([]).when(amend(precept, { amountPence: 31.5 })).thenThrows('INVALID_AMOUNT').field).toBe('amountPence');
      given([]).when(amend(precept, { amountPence: -1 })).thenThrows('INVALID_AMOUNT');
    });
    it('a resource needs a source, a requirement has none', () => {
      expect(given([]).when(amend(precept, { source: null })).thenThrows('FUNDING_SOURCE_REQUIRED', 'validation').field).toBe('source');
      given([]).when(amend(precept, { kind: 'requirement' })).thenThrows('FUNDING_SOURCE_NOT_EXPECTED', 'validation');
    });
    it('refuses a year that is not a financial year', () => void given([]).when(amend(precept, { year: '2006/08' })).thenThrows('INVALID_FINANCIAL_YEAR'));
    it('cannot be revised', () => void given([]).when(revise).thenThrows('FUNDING_LINE_NOT_FOUND', 'not-found'));
  });

  describe('a recorded line', () => {
    it('is not recorded twice', () => void given([recorded]).when(precept).thenThrows('FUNDING_LINE_ALREADY_RECORDED', 'rule'));
    it('is revised with a reason, the previous amount kept', () => void given([recorded]).when(revise).then([{ type: 'FundingLineRevised', data: { programmeId: 'mmp', lineId: 'precept-2006-07', amountPence: 3_200_000_000, previousAmountPence: 3_100_000_000, reason: 'Precept set' } }]));
    it('is not revised without a reason or to the same amount', () => {
      given([recorded]).when(amend(revise, { reason: '' })).thenThrows('REASON_REQUIRED');
      given([recorded]).when(amend(revise, { amountPence: 3_100_000_000 })).thenThrows('FUNDING_AMOUNT_UNCHANGED', 'rule');
    });
  });

  it('derives each year’s gap: resources less requirement, savings beside it', () => {
    const line = (year: string, kind: FundingLineRow['kind'], amountPence: number): FundingLineRow => ({
      lineId: `${year}-${kind}-${amountPence}`, year, kind, source: kind === 'resource' ? 'grant' : null, label: kind, amountPence, proposalId: null, revisions: [],
    });
    expect(
      fundingYears([line('2006/07', 'resource', 108), line('2006/07', 'requirement', 102), line('2006/07', 'requirement', 32), line('2006/07', 'savings', 70), line('2007/08', 'resource', 113), line('2007/08', 'requirement', 74)]),
    ).toEqual([
      { year: '2006/07', resourcesPence: 108, requirementPence: 134, savingsPence: 70, gapPence: -26 },
      { year: '2007/08', resourcesPence: 113, requirementPence: 74, savingsPence: 0, gapPence: 39 },
    ]);
  });
});
