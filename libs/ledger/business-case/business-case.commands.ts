import type { CalendarDate, DomainCommand, Pence } from '@ledger/kernel';
import type { ProposalStatus } from '@ledger/proposal';
import type {
  BusinessCaseSections,
  BusinessCaseStage,
  InvestmentByYear,
} from './business-case.events';

/** What the handler reads from the proposal stream. */
export type SubmitBusinessCaseContext = {
  /** The proposal's status, or null when the proposal does not exist. */
  proposalStatus: ProposalStatus | null;
};

export type SubmitBusinessCase = DomainCommand<
  'SubmitBusinessCase',
  {
    proposalId: string;
    stage: BusinessCaseStage;
    sections: BusinessCaseSections;
    investment: InvestmentByYear[];
    wholeLifeCostPence: Pence;
    anticipatedBenefits: { description: string; amountPence?: Pence | null }[];
    submittedBy: string;
    submittedOn: CalendarDate;
  }
> & { readonly context: SubmitBusinessCaseContext };

/** Scrutiny names the version it read, so a decision on a superseded version is refused. */
export type ApproveBusinessCase = DomainCommand<
  'ApproveBusinessCase',
  { version: number; conditions?: string[]; meeting: string; decisionDate: CalendarDate }
>;

export type ReturnBusinessCase = DomainCommand<
  'ReturnBusinessCase',
  { version: number; comments: string; meeting: string; decisionDate: CalendarDate }
>;

export type BusinessCaseCommand = SubmitBusinessCase | ApproveBusinessCase | ReturnBusinessCase;
