import { type CalendarDate, type ConditionFollowUp, type DomainEvent, type Forum, type SourceReference, typeNames } from '@ledger/kernel';
/** Why an idea was not taken forward (Service Review 2005, paragraph 35). */
export const NOT_TAKEN_FORWARD_REASONS = [
  'too-bureaucratic',
  'better-elsewhere',
  'unfair-impact-on-staff',
  'other',
] as const;
export type NotTakenForwardReason = (typeof NOT_TAKEN_FORWARD_REASONS)[number];

/** The protected characteristics of the Equality Act 2010. */
export const PROTECTED_CHARACTERISTICS = [
  'age',
  'disability',
  'gender-reassignment',
  'marriage-and-civil-partnership',
  'pregnancy-and-maternity',
  'race',
  'religion-or-belief',
  'sex',
  'sexual-orientation',
] as const;
export type ProtectedCharacteristic = (typeof PROTECTED_CHARACTERISTICS)[number];

export const EQUALITY_IMPACTS = ['positive', 'negative', 'neutral'] as const;
export type EqualityImpact = (typeof EQUALITY_IMPACTS)[number];

export const SCREENING_OUTCOMES = ['full-assessment-required', 'no-significant-impact'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** The five-point delivery confidence scale. */
export const DELIVERY_CONFIDENCE_RATINGS = [
  'green',
  'amber-green',
  'amber',
  'amber-red',
  'red',
] as const;
export type DeliveryConfidenceRating = (typeof DELIVERY_CONFIDENCE_RATINGS)[number];

/** 'self' is the lead's own rating; an 'independent' one is kept beside it, never instead of it. */
export const DELIVERY_CONFIDENCE_ASSESSMENTS = ['self', 'independent'] as const;
export type DeliveryConfidenceAssessment = (typeof DELIVERY_CONFIDENCE_ASSESSMENTS)[number];

export type ProposalRegistered = DomainEvent<'ProposalRegistered', {
  proposalId: string;
  programmeId: string;
  title: string;
  aims: string;
  source: SourceReference;
  outcomeIds: string[];
  priorityIds: string[];
}>;

export type ConsultationOpened = DomainEvent<'ConsultationOpened', {
  proposalId: string;
  opensOn: CalendarDate;
  closesOn: CalendarDate;
  consultees: string[];
  description: string;
}>;

export type ConsultationClosed = DomainEvent<'ConsultationClosed', { proposalId: string; closedOn: CalendarDate; summary: string }>;

export type ProposalAgreed = DomainEvent<'ProposalAgreed', {
  proposalId: string;
  forum: Forum;
  decisionDate: CalendarDate;
  meeting: string;
  /** The meeting it was taken at (checked to be of its forum); stored before v2: upcast, see schema-changes. */
  meetingId: string | null;
  minuteReference: string;
  conditions: string[];
  /** Who follows up its conditions and by when, as the request said (each condition becomes an action). */
  followUp: ConditionFollowUp | null;
}>;

export type ProposalNotTakenForward = DomainEvent<'ProposalNotTakenForward', {
  proposalId: string;
  reasonCode: NotTakenForwardReason;
  rationale: string;
  decisionDate: CalendarDate;
}>;

export type ProposalReopened = DomainEvent<'ProposalReopened', {
  proposalId: string;
  reopenedOn: CalendarDate;
  reason: string;
  previousStatus: 'not-taken-forward' | 'deferred';
}>;

export type ProposalDeferred = DomainEvent<'ProposalDeferred', {
  proposalId: string;
  decisionDate: CalendarDate;
  until: CalendarDate | null;
  /** Since schema v2 (see schema-changes.ts); v1 deferrals read as 'other'. */
  reasonCode: NotTakenForwardReason;
  rationale: string;
}>;

export type LeadAssigned = DomainEvent<'LeadAssigned', {
  proposalId: string;
  leadId: string;
  leadName: string;
  leadRole: string;
  effectiveDate: CalendarDate;
  /** Set when this is a reassignment; then `reason` is set too. */
  previousLead: { id: string; name: string } | null;
  reason: string | null;
}>;

export type EqualityImpactAssessed = DomainEvent<'EqualityImpactAssessed', {
  proposalId: string;
  assessmentId: string;
  screeningOutcome: ScreeningOutcome;
  impacts: Record<ProtectedCharacteristic, EqualityImpact>;
  evidence: string;
  mitigation: string | null;
  reviewDate: CalendarDate;
  assessedOn: CalendarDate;
}>;

export type DeliveryConfidenceAssessed = DomainEvent<'DeliveryConfidenceAssessed', {
  proposalId: string;
  rating: DeliveryConfidenceRating;
  assessment: DeliveryConfidenceAssessment;
  commentary: string;
  assessedOn: CalendarDate;
  assessorName: string;
  /** The previous rating of the same kind ('self' or 'independent'), if any. */
  previousRating: DeliveryConfidenceRating | null;
}>;

export type ProposalDeliveryStarted = DomainEvent<'ProposalDeliveryStarted', { proposalId: string; startedOn: CalendarDate }>;

export type ProposalClosed = DomainEvent<'ProposalClosed', { proposalId: string; closedOn: CalendarDate; reason: string }>;

/**
 * The proposal's aims, the strategic outcomes it supports and the plan objectives it serves,
 * amended with a reason; `previous` keeps what they were, so the history reads from the events.
 */
export type ProposalAimsAmended = DomainEvent<'ProposalAimsAmended', {
  proposalId: string;
  aims: string;
  outcomeIds: string[];
  objectiveIds: string[];
  previous: { aims: string; outcomeIds: string[]; objectiveIds: string[] };
  reason: string;
  amendedOn: CalendarDate;
}>;

export type ProposalEvent = ProposalRegistered | ConsultationOpened | ConsultationClosed | ProposalAgreed | ProposalNotTakenForward | ProposalReopened | ProposalDeferred | LeadAssigned | EqualityImpactAssessed | DeliveryConfidenceAssessed | ProposalDeliveryStarted | ProposalClosed | ProposalAimsAmended;

/** The event types of the `proposal-<id>` stream. */
export const PROPOSAL_EVENT_TYPES = typeNames<ProposalEvent['type']>({ ProposalRegistered: true, ConsultationOpened: true, ConsultationClosed: true, ProposalAgreed: true, ProposalNotTakenForward: true, ProposalReopened: true, ProposalDeferred: true, LeadAssigned: true, EqualityImpactAssessed: true, DeliveryConfidenceAssessed: true, ProposalDeliveryStarted: true, ProposalClosed: true, ProposalAimsAmended: true });
