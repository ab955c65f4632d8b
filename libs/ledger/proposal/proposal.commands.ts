import type { CalendarDate, CommandData, DomainCommand, FollowUpRequest, MeetingTakenAt } from '@ledger/kernel';
import type { ObjectiveLinkFacts } from '@ledger/objective';
import type { ProposalAimsAmended, ConsultationClosed, ConsultationOpened, DeliveryConfidenceAssessed, EqualityImpactAssessed, LeadAssigned, ProposalAgreed, ProposalClosed, ProposalDeferred, ProposalNotTakenForward, ProposalRegistered, ProposalReopened } from './proposal.events';

/** What the handler reads from the programme stream: see `strategicFramework()`. */
export type RegisterProposalContext = {
  /** null when the programme does not exist. */
  programme: { outcomeIds: readonly string[]; priorityIds: readonly string[] } | null;
};

export type RegisterProposal = DomainCommand<
  'RegisterProposal',
  CommandData<ProposalRegistered['data']>
> & { readonly context: RegisterProposalContext };

export type OpenConsultation = DomainCommand<'OpenConsultation', CommandData<ConsultationOpened['data'], 'proposalId'>>;

export type CloseConsultation = DomainCommand<'CloseConsultation', CommandData<ConsultationClosed['data'], 'proposalId'>>;

export type AgreeProposal = DomainCommand<'AgreeProposal', CommandData<ProposalAgreed['data'], 'proposalId' | 'meetingId' | 'followUp', 'conditions'> & { atMeeting?: MeetingTakenAt | null; followUp?: FollowUpRequest | null }>;

export type NotTakeProposalForward = DomainCommand<'NotTakeProposalForward', CommandData<ProposalNotTakenForward['data'], 'proposalId'>>;

export type ReopenProposal = DomainCommand<'ReopenProposal', CommandData<ProposalReopened['data'], 'proposalId' | 'previousStatus'>>;

export type DeferProposal = DomainCommand<'DeferProposal', CommandData<ProposalDeferred['data'], 'proposalId', 'until'>>;

/** `reason` is required when another lead is already assigned. */
export type AssignLead = DomainCommand<'AssignLead', CommandData<LeadAssigned['data'], 'proposalId' | 'previousLead', 'reason'>>;

/** `mitigation` is required when any impact is negative. */
export type AssessEqualityImpact = DomainCommand<'AssessEqualityImpact', CommandData<EqualityImpactAssessed['data'], 'proposalId', 'mitigation'>>;

export type AssessDeliveryConfidence = DomainCommand<'AssessDeliveryConfidence', CommandData<DeliveryConfidenceAssessed['data'], 'proposalId' | 'previousRating'>>;

export type StartDelivery = DomainCommand<'StartDelivery', { startedOn: CalendarDate }>;

export type CloseProposal = DomainCommand<'CloseProposal', CommandData<ProposalClosed['data'], 'proposalId'>>;


export type AmendProposalAimsContext = {
  /** The programme's strategic framework; null when the programme does not exist. */
  programme: { outcomeIds: readonly string[]; priorityIds: readonly string[] } | null;
  objectives: Readonly<Record<string, ObjectiveLinkFacts | null>>;
};

/** Aims, outcomes and objectives as they should now read, with the reason (history kept). */
export type AmendProposalAims = DomainCommand<'AmendProposalAims', CommandData<ProposalAimsAmended['data'], 'proposalId' | 'previous'>> & {
  readonly context: AmendProposalAimsContext;
};

export type ProposalCommand = AmendProposalAims | RegisterProposal | OpenConsultation | CloseConsultation | AgreeProposal | NotTakeProposalForward | ReopenProposal | DeferProposal | AssignLead | AssessEqualityImpact | AssessDeliveryConfidence | StartDelivery | CloseProposal;
