// The shapes the queries return (apps/api/<aggregate>/), as far as the pages use them.

export type Rating = 'green' | 'amber-green' | 'amber' | 'amber-red' | 'red';
export type ProposalStatus = 'registered' | 'in-consultation' | 'agreed' | 'in-delivery' | 'closed' | 'not-taken-forward' | 'deferred';

export interface SourceReference {
  document: string;
  paragraph?: string | null;
}

export interface Lead {
  leadId: string;
  leadName: string;
  leadRole: string;
  since: string;
}

export interface LeadHistoryEntry {
  leadId: string;
  leadName: string;
  leadRole: string;
  from: string;
  to: string | null;
  reason: string | null;
  recordedBy: string | null;
}

export interface BusinessCase {
  stage: 'SOC' | 'OBC' | 'FBC';
  status: string;
  version: number;
  submittedBy: string;
  submittedOn: string;
  wholeLifeCostPence: number;
  sections: Record<'strategic' | 'economic' | 'commercial' | 'financial' | 'management', string>;
  investment: { financialYear: string; amountPence: number }[];
  anticipatedBenefits: { description: string; amountPence: number | null }[];
  scrutiny: null | {
    outcome: string;
    meeting: string;
    decisionDate: string;
    comments: string | null;
    conditions: string[];
  };
}

export interface ConfidenceAssessment {
  rating: Rating;
  assessedOn: string;
  commentary: string;
  assessorName: string;
  assessment?: 'self' | 'independent';
}

export interface EqualityImpactAssessment {
  assessmentId: string;
  screeningOutcome: string;
  impacts: Record<string, 'positive' | 'negative' | 'neutral'>;
  evidence: string;
  mitigation: string | null;
  reviewDate: string;
  assessedOn: string;
}

export interface ProposalDecisionRef {
  decisionId: string;
  forum: string;
  outcome: string;
  subject: string;
  decisionDate: string;
  supersededBy: string | null;
  supersedesDecisionId: string | null;
}

export interface Proposal {
  proposalId: string;
  programmeId: string;
  title: string;
  aims: string;
  source: SourceReference;
  status: ProposalStatus;
  outcomeIds: string[];
  priorityIds: string[];
  lead: Lead | null;
  leadHistory: LeadHistoryEntry[];
  consultation: null | {
    opensOn: string;
    closesOn: string;
    closedOn: string | null;
    consultees: string[];
    description: string;
    summary: string | null;
  };
  agreement: null | { forum: string; meeting: string; decisionDate: string; minuteReference: string; conditions: string[] };
  notTakenForward: null | { reasonCode: string; rationale: string; decisionDate: string };
  deferral: null | { decisionDate: string; until: string | null; rationale: string };
  closure: null | { closedOn: string; reason: string };
  reopenings: { reopenedOn: string; reason: string }[];
  deliveryStartedOn: string | null;
  businessCases: BusinessCase[];
  decisions: ProposalDecisionRef[];
  deliveryConfidence: { self: ConfidenceAssessment | null; independent: ConfidenceAssessment | null };
  deliveryConfidenceHistory: ConfidenceAssessment[];
  equalityImpactAssessments: EqualityImpactAssessment[];
  registeredAt: string;
}

export interface BenefitPeriod {
  period: string;
  baseline: number | null;
  forecast: number | null;
  realised: number | null;
  variance: number | null;
}

export interface Benefit {
  benefitId: string;
  programmeId: string;
  proposalId: string | null;
  description: string;
  observableOutcome: string;
  measure: string;
  unit: string;
  attribution: string;
  cashReleasing: boolean;
  quantitative: boolean;
  isDisbenefit: boolean;
  ownerId: string;
  ownerName: string;
  baseline: number;
  target: number;
  fullYearValue: number | null;
  schedule: { period: string; plannedValue: number }[];
  currentSchedule: { period: string; plannedValue: number }[];
  realisations: {
    period: string;
    actual: number;
    forecastRemaining: number | null;
    evidence: string;
    commentary: string | null;
    reportedAt: string;
    reportedBy: string;
    corrections: { actual: number; reason: string }[];
  }[];
  reforecasts: { reason: string }[];
  periods: BenefitPeriod[];
  /** How the schedule reads: 'per-period' sums to the target; 'running-total' and 'level' reach it with the last value. */
  scheduleKind: 'per-period' | 'running-total' | 'level';
  /** Realised against the target (the sum, or the latest period's value). */
  realisedToDate: number;
  plannedTotal: number;
  forecastTotal: number;
  varianceToDate: number;
}

export interface Milestone {
  milestoneId: string;
  programmeId: string;
  proposalId: string | null;
  title: string;
  baselineDate: string;
  forecastDate: string;
  actualDate: string | null;
  predecessorIds: string[];
  reschedules: { forecastDate: string; reason: string }[];
  slippageDays?: number;
}

export interface Risk {
  riskId: string;
  programmeId: string;
  proposalId: string | null;
  kind: 'threat' | 'opportunity';
  category: string;
  title: string;
  cause: string;
  event: string;
  effect: string;
  ownerName: string;
  likelihood: number;
  impact: number;
  score: number;
  residualLikelihood: number;
  residualImpact: number;
  residualScore: number;
  proximity: string;
  response: string;
  actions: string[];
  status: string;
  raisedOn: string;
  closure: null | { reason: string; closedOn: string };
}

export interface Decision {
  decisionId: string;
  programmeId: string;
  proposalId: string | null;
  forum: string;
  decisionDate: string;
  subject: string;
  outcome: string;
  rationale: string;
  conditions: string[];
  minuteReference: string;
  evidence: { kind: string; ref: string; version: number | string | null }[];
  supersedesDecisionId: string | null;
  supersededBy: string | null;
  recordedAt: string;
}

export interface ProgrammeSnapshot {
  programme: {
    programmeId: string;
    name: string;
    mission: string;
    description?: string;
    source: SourceReference;
    director: { name: string; personId: string; effectiveDate: string } | null;
    outcomes: { outcomeId: string; title: string; description?: string }[];
    priorities: { priorityId: string; title: string; description?: string }[];
  };
  proposalsByStatus: Record<string, number>;
  outcomeCoverage: { outcomeId: string; title: string; covered: boolean; proposals: { proposalId: string; title: string }[] }[];
  uncoveredOutcomes: { outcomeId: string; title: string }[] | string[];
  investmentByFinancialYear: { financialYear: string; approvedPence: number; pendingPence: number }[];
  benefitsSummary: {
    cashReleasing: { count: number; targetPence: number; plannedPence: number; forecastPence: number; realisedPence: number };
    nonCashReleasing: { count: number; targetPence: number; plannedPence: number; forecastPence: number; realisedPence: number };
    otherMeasures: number;
    disbenefits: number;
    cashReleasingByPeriod: { period: string; planned: number; forecast: number; realised: number }[];
  };
  deliveryConfidence: { self: Record<Rating | 'unrated', number>; independent: Record<Rating | 'unrated', number> };
  milestonesSummary: { total: number; achieved: number; slipped: number; criticalPath: string[] };
  topRisks: { riskId: string; title: string; score: number; residualScore: number; ownerName: string }[];
  proposals: Proposal[];
  benefits: Benefit[];
  milestones: Milestone[];
  risks: Risk[];
  decisions: Decision[];
}

export interface AsAtResult {
  asAt: string;
  eventsFolded: number;
  lastPosition: number;
  snapshot: ProgrammeSnapshot;
}

export interface AuditEntry {
  position: number;
  recordedAt: string;
  effectiveDate: string | null;
  eventType: string;
  streamId?: string;
  actorId: string;
  actorRole: string;
  actorName: string | null;
  reason: string | null;
  programmeId?: string | null;
  proposalId?: string | null;
  sentence: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ProposalDetail extends Proposal {
  version: number;
  benefits: Benefit[];
  risks: Risk[];
  milestones: Milestone[];
  timeline: AuditEntry[];
}

export interface ProposalListItem {
  proposalId: string;
  programmeId: string;
  title: string;
  status: ProposalStatus;
  lead: Lead | null;
  outcomeIds?: string[];
}

export interface ChangesResult {
  programmeId: string;
  from: string;
  to: string;
  changes: unknown;
  events: {
    position: number;
    recordedAt: string;
    type: string;
    streamId: string;
    actor: { id: string; role: string; name?: string } | null;
    reason: string | null;
    sentence: string | null;
  }[];
}
