import type { CommandData, DomainCommand } from '@ledger/kernel';
import type { FundingLineRecorded, FundingLineRevised } from './funding.events';

export type RecordFundingLine = DomainCommand<'RecordFundingLine', CommandData<FundingLineRecorded['data'], never, 'source' | 'proposalId'>>;

export type ReviseFundingLine = DomainCommand<'ReviseFundingLine', CommandData<FundingLineRevised['data'], 'programmeId' | 'previousAmountPence'>>;

export type FundingCommand = RecordFundingLine | ReviseFundingLine;
