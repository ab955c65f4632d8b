import { type CalendarDate, type ConditionFollowUp, type DomainEvent, type Forum, type FinancialYear, type Pence, typeNames } from '@ledger/kernel';
/** Strategic outline, outline and full business case, in that order. */
export const BUSINESS_CASE_STAGES = ['SOC', 'OBC', 'FBC'] as const;
export type BusinessCaseStage = (typeof BUSINESS_CASE_STAGES)[number];

/** The Green Book's five cases. */
export type BusinessCaseSections = {
  strategic: string;
  economic: string;
  commercial: string;
  financial: string;
  management: string;
};

export type InvestmentByYear = { financialYear: FinancialYear; amountPence: Pence };

export type AnticipatedBenefit = { description: string; amountPence: Pence | null };

export type BusinessCaseSubmitted = DomainEvent<'BusinessCaseSubmitted', {
  proposalId: string;
  stage: BusinessCaseStage;
  /** 1 for the first submission of the proposal's case, then one more per submission. */
  version: number;
  sections: BusinessCaseSections;
  investment: InvestmentByYear[];
  wholeLifeCostPence: Pence;
  anticipatedBenefits: AnticipatedBenefit[];
  submittedBy: string;
  submittedOn: CalendarDate;
}>;

export type BusinessCaseApproved = DomainEvent<'BusinessCaseApproved', {
  proposalId: string;
  stage: BusinessCaseStage;
  version: number;
  /** Empty for an unconditional approval. */
  conditions: string[];
  meeting: string;
  /** The forum that scrutinised it: the named meeting's, else read from the meeting's words (null when they name none). */
  forum: Forum | null;
  /** The meeting it was taken at (checked to be of its forum); stored before v2: upcast, see schema-changes. */
  meetingId: string | null;
  decisionDate: CalendarDate;
  /** Who follows up its conditions and by when, as the request said (each condition becomes an action). */
  followUp: ConditionFollowUp | null;
}>;

export type BusinessCaseReturned = DomainEvent<'BusinessCaseReturned', {
  proposalId: string;
  stage: BusinessCaseStage;
  version: number;
  comments: string;
  meeting: string;
  forum: Forum | null;
  /** The meeting it was taken at (checked to be of its forum); stored before v2: upcast, see schema-changes. */
  meetingId: string | null;
  decisionDate: CalendarDate;
}>;

export type BusinessCaseEvent = BusinessCaseSubmitted | BusinessCaseApproved | BusinessCaseReturned;

/** The event types of the `business-case-<proposalId>` stream. */
export const BUSINESS_CASE_EVENT_TYPES = typeNames<BusinessCaseEvent['type']>({ BusinessCaseSubmitted: true, BusinessCaseApproved: true, BusinessCaseReturned: true });
