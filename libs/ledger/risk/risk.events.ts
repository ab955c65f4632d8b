import { type CalendarDate, type DomainEvent, typeNames } from '@ledger/kernel';
export const RISK_KINDS = ['threat', 'opportunity'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

/** The register holds issues, assumptions and dependencies beside risks proper. */
export const RISK_CATEGORIES = ['risk', 'issue', 'assumption', 'dependency'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_RESPONSES = [
  'avoid',
  'reduce',
  'transfer',
  'accept',
  'exploit',
  'share',
  'enhance',
] as const;
export type RiskResponse = (typeof RISK_RESPONSES)[number];

/** Responses that make sense for each kind; 'accept' fits both. */
export const RISK_RESPONSES_BY_KIND: Record<RiskKind, readonly RiskResponse[]> = {
  threat: ['avoid', 'reduce', 'transfer', 'accept'],
  opportunity: ['exploit', 'share', 'enhance', 'accept'],
};

export type RiskRaised = DomainEvent<'RiskRaised', {
  riskId: string;
  programmeId: string;
  proposalId: string | null;
  kind: RiskKind;
  category: RiskCategory;
  title: string;
  cause: string;
  event: string;
  effect: string;
  ownerName: string;
  /** 1-5 each; score = likelihood x impact, computed by the domain. */
  likelihood: number;
  impact: number;
  score: number;
  proximity: string;
  response: RiskResponse;
  actions: string[];
  residualLikelihood: number;
  residualImpact: number;
  residualScore: number;
  raisedOn: CalendarDate;
}>;

export type RiskReassessed = DomainEvent<'RiskReassessed', {
  riskId: string;
  likelihood: number;
  impact: number;
  score: number;
  residualLikelihood: number;
  residualImpact: number;
  residualScore: number;
  previousScore: number;
  previousResidualScore: number;
  reason: string;
  reassessedOn: CalendarDate;
}>;

export type RiskClosed = DomainEvent<'RiskClosed', { riskId: string; reason: string; closedOn: CalendarDate }>;

export type RiskEvent = RiskRaised | RiskReassessed | RiskClosed;

/** The event types of the `risk-<riskId>` stream. */
export const RISK_EVENT_TYPES = typeNames<RiskEvent['type']>({ RiskRaised: true, RiskReassessed: true, RiskClosed: true });
