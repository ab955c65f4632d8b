import type { DomainCommand, FinancialYear, Pence } from '@ledger/kernel';
import type { FundingLineKind, FundingSource } from './funding.events';

export type RecordFundingLine = DomainCommand<
  'RecordFundingLine',
  {
    programmeId: string;
    lineId: string;
    year: FinancialYear;
    kind: FundingLineKind;
    source?: FundingSource | null;
    label: string;
    amountPence: Pence;
    proposalId?: string | null;
  }
>;

export type ReviseFundingLine = DomainCommand<'ReviseFundingLine', { lineId: string; amountPence: Pence; reason: string }>;

export type FundingCommand = RecordFundingLine | ReviseFundingLine;
