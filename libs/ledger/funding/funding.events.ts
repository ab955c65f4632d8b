import { type DomainEvent, type FinancialYear, type Pence, typeNames } from '@ledger/kernel';

/**
 * A line of the programme's medium-term financial plan (002 Appendix 3): a resource that
 * funds it, a requirement it must meet, or a savings requirement (shown beside the gap: the
 * requirement lines are already net of savings, as Appendix 3's are).
 */
export const FUNDING_LINE_KINDS = ['resource', 'requirement', 'savings'] as const;
export type FundingLineKind = (typeof FUNDING_LINE_KINDS)[number];

/** Where a resource comes from (002 §38–41). */
export const FUNDING_SOURCES = ['precept', 'grant', 'home-office-bid', 'reserves', 'external'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export type FundingLineRecorded = DomainEvent<'FundingLineRecorded', {
  programmeId: string;
  lineId: string;
  year: FinancialYear;
  kind: FundingLineKind;
  /** Resources only. */
  source: FundingSource | null;
  label: string;
  amountPence: Pence;
  /** The proposal whose investment this funds, or null for the programme as a whole. */
  proposalId: string | null;
}>;

export type FundingLineRevised = DomainEvent<'FundingLineRevised', { programmeId: string; lineId: string; amountPence: Pence; previousAmountPence: Pence; reason: string }>;

export type FundingEvent = FundingLineRecorded | FundingLineRevised;

/** The event types of the `funding-<programmeId>` stream. */
export const FUNDING_EVENT_TYPES = typeNames<FundingEvent['type']>({ FundingLineRecorded: true, FundingLineRevised: true });
