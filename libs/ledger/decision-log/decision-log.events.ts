import { type CalendarDate, type ConditionFollowUp, type DomainEvent, type Forum, typeNames } from '@ledger/kernel';
export const DECISION_OUTCOMES = ['approve', 'approve-with-conditions', 'reject', 'defer'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const EVIDENCE_KINDS = ['business-case', 'benefit-forecast', 'risk-score'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The version of the evidence the decision relied on, e.g. business case `sn` version 2. */
export type DecisionEvidence = { kind: EvidenceKind; ref: string; version: number };

export type DecisionRecorded = DomainEvent<'DecisionRecorded', {
  programmeId: string;
  decisionId: string;
  forum: Forum;
  decisionDate: CalendarDate;
  subject: string;
  proposalId: string | null;
  outcome: DecisionOutcome;
  rationale: string;
  /** At least one for 'approve-with-conditions'; none for 'approve'. */
  conditions: string[];
  minuteReference: string;
  evidence: DecisionEvidence[];
  /** A decision is never overwritten: a later one supersedes it. */
  supersedesDecisionId: string | null;
  /** The meeting it was taken at (checked to be of its forum); stored before v2: upcast, see schema-changes. */
  meetingId: string | null;
  /** Who follows up its conditions and by when, as the request said (each condition becomes an action). */
  followUp: ConditionFollowUp | null;
}>;

export type DecisionLogEvent = DecisionRecorded;

/** The event types of the `decision-log-<programmeId>` stream. */
export const DECISION_LOG_EVENT_TYPES = typeNames<DecisionLogEvent['type']>({ DecisionRecorded: true });
