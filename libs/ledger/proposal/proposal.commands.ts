import type { CalendarDate, DomainCommand, Forum, SourceReference } from '@ledger/kernel';
import type {
  DeliveryConfidenceAssessment,
  DeliveryConfidenceRating,
  EqualityImpact,
  NotTakenForwardReason,
  ProtectedCharacteristic,
  ScreeningOutcome,
} from './proposal.events';

/** What the handler reads from the programme stream: see `strategicFramework()`. */
export type RegisterProposalContext = {
  /** null when the programme does not exist. */
  programme: { outcomeIds: readonly string[]; priorityIds: readonly string[] } | null;
};

export type RegisterProposal = DomainCommand<
  'RegisterProposal',
  {
    proposalId: string;
    programmeId: string;
    title: string;
    aims: string;
    source: SourceReference;
    outcomeIds: string[];
    priorityIds: string[];
  }
> & { readonly context: RegisterProposalContext };

export type OpenConsultation = DomainCommand<
  'OpenConsultation',
  { opensOn: CalendarDate; closesOn: CalendarDate; consultees: string[]; description: string }
>;

export type CloseConsultation = DomainCommand<
  'CloseConsultation',
  { closedOn: CalendarDate; summary: string }
>;

export type AgreeProposal = DomainCommand<
  'AgreeProposal',
  {
    forum: Forum;
    decisionDate: CalendarDate;
    meeting: string;
    minuteReference: string;
    conditions?: string[];
  }
>;

export type NotTakeProposalForward = DomainCommand<
  'NotTakeProposalForward',
  { reasonCode: NotTakenForwardReason; rationale: string; decisionDate: CalendarDate }
>;

export type ReopenProposal = DomainCommand<
  'ReopenProposal',
  { reopenedOn: CalendarDate; reason: string }
>;

export type DeferProposal = DomainCommand<
  'DeferProposal',
  { decisionDate: CalendarDate; until?: CalendarDate | null; reasonCode: NotTakenForwardReason; rationale: string }
>;

export type AssignLead = DomainCommand<
  'AssignLead',
  {
    leadId: string;
    leadName: string;
    leadRole: string;
    effectiveDate: CalendarDate;
    /** Required when another lead is already assigned. */
    reason?: string | null;
  }
>;

export type AssessEqualityImpact = DomainCommand<
  'AssessEqualityImpact',
  {
    assessmentId: string;
    screeningOutcome: ScreeningOutcome;
    impacts: Record<ProtectedCharacteristic, EqualityImpact>;
    evidence: string;
    /** Required when any impact is negative. */
    mitigation?: string | null;
    reviewDate: CalendarDate;
    assessedOn: CalendarDate;
  }
>;

export type AssessDeliveryConfidence = DomainCommand<
  'AssessDeliveryConfidence',
  {
    rating: DeliveryConfidenceRating;
    assessment: DeliveryConfidenceAssessment;
    commentary: string;
    assessedOn: CalendarDate;
    assessorName: string;
  }
>;

export type StartDelivery = DomainCommand<'StartDelivery', { startedOn: CalendarDate }>;

export type CloseProposal = DomainCommand<
  'CloseProposal',
  { closedOn: CalendarDate; reason: string }
>;

export type ProposalCommand = RegisterProposal | OpenConsultation | CloseConsultation | AgreeProposal | NotTakeProposalForward | ReopenProposal | DeferProposal | AssignLead | AssessEqualityImpact | AssessDeliveryConfidence | StartDelivery | CloseProposal;
