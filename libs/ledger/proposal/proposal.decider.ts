import { assertCalendarDate, assertNotBefore, type CalendarDate, deciderOf, fail, FORUMS, meetingOfForum, optionalFollowUp, optionalCalendarDate, optionalText, requireId, requireIdList, requireObject, requireOneOf, requireReason, requireSourceReference, requireText, requireTextList } from '@ledger/kernel';
import { requireObjectiveLinks, sameIds } from '@ledger/objective';
import type { AmendProposalAims, AgreeProposal, AssessDeliveryConfidence, AssessEqualityImpact, AssignLead, CloseConsultation, CloseProposal, DeferProposal, NotTakeProposalForward, OpenConsultation, ProposalCommand, RegisterProposal, ReopenProposal, StartDelivery } from './proposal.commands';
import { DELIVERY_CONFIDENCE_ASSESSMENTS, DELIVERY_CONFIDENCE_RATINGS, EQUALITY_IMPACTS, NOT_TAKEN_FORWARD_REASONS, PROTECTED_CHARACTERISTICS, SCREENING_OUTCOMES, type DeliveryConfidenceRating, type EqualityImpact, type ProposalEvent, type ProtectedCharacteristic } from './proposal.events';

export const PROPOSAL_STATUSES = [
  'registered',
  'in-consultation',
  'agreed',
  'in-delivery',
  'closed',
  'not-taken-forward',
  'deferred',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export type ProposalState = {
  readonly proposalId: string | null;
  /** The programme it was registered under: never changes. */
  readonly programmeId: string | null;
  /** null until the proposal is registered. */
  readonly status: ProposalStatus | null;
  readonly consultation: { readonly open: boolean; readonly opensOn: CalendarDate } | null;
  readonly agreedOn: CalendarDate | null;
  readonly lead: {
    readonly id: string;
    readonly name: string;
    readonly effectiveDate: CalendarDate;
  } | null;
  /** Both latest ratings are kept: a single colour would hide a disagreement. */
  readonly deliveryConfidence: {
    readonly self: DeliveryConfidenceRating | null;
    readonly independent: DeliveryConfidenceRating | null;
  };
  readonly equalityImpactAssessmentIds: readonly string[];
  /** What the proposal says it is for: compared by an amendment that must change something. */
  readonly aims: { readonly aims: string; readonly outcomeIds: readonly string[]; readonly objectiveIds: readonly string[] } | null;
};

export const initialProposalState = (): ProposalState => ({
  proposalId: null,
  programmeId: null,
  status: null,
  consultation: null,
  agreedOn: null,
  lead: null,
  deliveryConfidence: { self: null, independent: null },
  equalityImpactAssessmentIds: [],
  aims: null,
});

type Registered = ProposalState & { proposalId: string; status: ProposalStatus };

function requireRegistered(state: ProposalState): Registered {
  if (state.proposalId === null || state.status === null) fail('PROPOSAL_NOT_FOUND', 'The proposal has not been registered');
  return state as Registered;
}

const AWAITING_DECISION: readonly ProposalStatus[] = ['registered', 'in-consultation'];
const AGREED: readonly ProposalStatus[] = ['agreed', 'in-delivery'];

function requireAwaitingDecision(state: Registered, what: string): void {
  if (AGREED.includes(state.status)) fail('PROPOSAL_ALREADY_AGREED', `Cannot ${what}: the proposal is already agreed`);
  if (!AWAITING_DECISION.includes(state.status)) fail('PROPOSAL_NOT_AWAITING_DECISION', `Cannot ${what}: the proposal is ${state.status}`);
}

function requireAgreed(state: Registered, what: string): void {
  if (!AGREED.includes(state.status)) fail('PROPOSAL_NOT_AGREED', `Cannot ${what}: the proposal is ${state.status}, not agreed`);
}

export function registerProposal(command: RegisterProposal, state: ProposalState): ProposalEvent[] {
  if (state.proposalId !== null) fail('PROPOSAL_ALREADY_REGISTERED', `Proposal ${state.proposalId} is already registered`, 'proposalId');
  const { data } = command;
  const programme = requireObject(command.context, 'context').programme as
    RegisterProposal['context']['programme'] | undefined;
  const proposalId = requireId(data.proposalId, 'proposalId');
  const programmeId = requireId(data.programmeId, 'programmeId');
  const title = requireText(data.title, 'title');
  const aims = requireText(data.aims, 'aims');
  const source = requireSourceReference(data.source, 'source');
  const outcomeIds = requireIdList(data.outcomeIds, 'outcomeIds');
  const priorityIds = requireIdList(data.priorityIds, 'priorityIds');
  if (outcomeIds.length === 0) fail('PROPOSAL_OUTCOME_REQUIRED', 'A proposal must support at least one strategic outcome', 'outcomeIds');
  if (!programme) fail('PROGRAMME_NOT_FOUND', `Programme ${programmeId} does not exist`);
  outcomeIds.forEach((id, i) => {
    if (!programme.outcomeIds.includes(id)) fail('STRATEGIC_OUTCOME_UNKNOWN', `Programme ${programmeId} has no strategic outcome ${id}`, `outcomeIds[${i}]`);
  });
  priorityIds.forEach((id, i) => {
    if (!programme.priorityIds.includes(id)) fail('STRATEGIC_PRIORITY_UNKNOWN', `Programme ${programmeId} has no strategic priority ${id}`, `priorityIds[${i}]`);
  });
  return [
    {
      type: 'ProposalRegistered',
      data: { proposalId, programmeId, title, aims, source, outcomeIds, priorityIds },
    },
  ];
}

export function openConsultation(command: OpenConsultation, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const { data } = command;
  const opensOn = assertCalendarDate(data.opensOn, 'opensOn');
  const closesOn = assertCalendarDate(data.closesOn, 'closesOn');
  assertNotBefore(closesOn, opensOn, 'closesOn', 'opensOn');
  const consultees = requireTextList(data.consultees, 'consultees', 1);
  const description = requireText(data.description, 'description');
  if (proposal.consultation?.open) fail('CONSULTATION_ALREADY_OPEN', 'A consultation on this proposal is already open');
  if (!AWAITING_DECISION.includes(proposal.status)) fail('CONSULTATION_NOT_ALLOWED', `Cannot consult on a proposal that is ${proposal.status}`);
  return [
    {
      type: 'ConsultationOpened',
      data: { proposalId: proposal.proposalId, opensOn, closesOn, consultees, description },
    },
  ];
}

export function closeConsultation(command: CloseConsultation, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const closedOn = assertCalendarDate(command.data.closedOn, 'closedOn');
  const summary = requireText(command.data.summary, 'summary');
  // A consultation may outlive the decision it informs (agreed "subject to consultation").
  if (!proposal.consultation?.open) fail('CONSULTATION_NOT_OPEN', 'There is no open consultation on this proposal');
  assertNotBefore(
    closedOn,
    proposal.consultation.opensOn,
    'closedOn',
    'the day the consultation opened',
  );
  return [
    { type: 'ConsultationClosed', data: { proposalId: proposal.proposalId, closedOn, summary } },
  ];
}

export function agreeProposal(command: AgreeProposal, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const { data } = command;
  const forum = requireOneOf(data.forum, FORUMS, 'forum');
  const decisionDate = assertCalendarDate(data.decisionDate, 'decisionDate');
  const meeting = requireText(data.meeting, 'meeting');
  const minuteReference = requireText(data.minuteReference, 'minuteReference');
  const conditions = requireTextList(data.conditions ?? [], 'conditions');
  const meetingId = meetingOfForum(data.atMeeting, forum, meeting, decisionDate);
  const followUp = optionalFollowUp(data.followUp, decisionDate);
  requireAwaitingDecision(proposal, 'agree the proposal');
  return [
    {
      type: 'ProposalAgreed',
      data: {
        proposalId: proposal.proposalId,
        forum,
        decisionDate,
        meeting,
        meetingId,
        minuteReference,
        conditions,
        followUp,
      },
    },
  ];
}

export function notTakeProposalForward(command: NotTakeProposalForward, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const { data } = command;
  const reasonCode = requireOneOf(data.reasonCode, NOT_TAKEN_FORWARD_REASONS, 'reasonCode');
  const rationale = requireText(data.rationale, 'rationale');
  const decisionDate = assertCalendarDate(data.decisionDate, 'decisionDate');
  requireAwaitingDecision(proposal, 'decide not to take the proposal forward');
  return [
    {
      type: 'ProposalNotTakenForward',
      data: { proposalId: proposal.proposalId, reasonCode, rationale, decisionDate },
    },
  ];
}

export function reopenProposal(command: ReopenProposal, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const reopenedOn = assertCalendarDate(command.data.reopenedOn, 'reopenedOn');
  const reason = requireReason(command.data.reason);
  const previousStatus = proposal.status;
  if (previousStatus !== 'not-taken-forward' && previousStatus !== 'deferred') fail('PROPOSAL_NOT_REOPENABLE', `Only a deferred or not-taken-forward proposal can be reopened; this one is ${previousStatus}`);
  return [
    {
      type: 'ProposalReopened',
      data: { proposalId: proposal.proposalId, reopenedOn, reason, previousStatus },
    },
  ];
}

export function deferProposal(command: DeferProposal, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const { data } = command;
  const decisionDate = assertCalendarDate(data.decisionDate, 'decisionDate');
  const until = optionalCalendarDate(data.until, 'until');
  if (until !== null) assertNotBefore(until, decisionDate, 'until', 'decisionDate');
  const reasonCode = requireOneOf(data.reasonCode, NOT_TAKEN_FORWARD_REASONS, 'reasonCode');
  const rationale = requireText(data.rationale, 'rationale');
  requireAwaitingDecision(proposal, 'defer the proposal');
  return [
    {
      type: 'ProposalDeferred',
      data: { proposalId: proposal.proposalId, decisionDate, until, reasonCode, rationale },
    },
  ];
}

export function assignLead(command: AssignLead, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const { data } = command;
  const leadId = requireText(data.leadId, 'leadId');
  const leadName = requireText(data.leadName, 'leadName');
  const leadRole = requireText(data.leadRole, 'leadRole');
  const effectiveDate = assertCalendarDate(data.effectiveDate, 'effectiveDate');
  requireAgreed(proposal, 'assign a lead');
  const current = proposal.lead;
  if (current === null) {
    return [
      {
        type: 'LeadAssigned',
        data: {
          proposalId: proposal.proposalId,
          leadId,
          leadName,
          leadRole,
          effectiveDate,
          previousLead: null,
          reason: optionalText(data.reason, 'reason'),
        },
      },
    ];
  }
  if (current.id === leadId) fail('LEAD_ALREADY_ASSIGNED', `${current.name} is already the lead`, 'leadId');
  const reason = requireReason(data.reason);
  // Keeps the history of who was accountable when in date order.
  if (effectiveDate < current.effectiveDate) fail('EFFECTIVE_DATE_BEFORE_CURRENT', `effectiveDate must not be before the current lead's (${current.effectiveDate})`, 'effectiveDate');
  return [
    {
      type: 'LeadAssigned',
      data: {
        proposalId: proposal.proposalId,
        leadId,
        leadName,
        leadRole,
        effectiveDate,
        previousLead: { id: current.id, name: current.name },
        reason,
      },
    },
  ];
}

function requireImpacts(value: unknown): Record<ProtectedCharacteristic, EqualityImpact> {
  const impacts = requireObject(value, 'impacts');
  Object.keys(impacts).forEach((key) =>
    requireOneOf(key, PROTECTED_CHARACTERISTICS, `impacts.${key}`),
  );
  const result = {} as Record<ProtectedCharacteristic, EqualityImpact>;
  for (const characteristic of PROTECTED_CHARACTERISTICS) {
    if (impacts[characteristic] === undefined) fail('EQUALITY_IMPACTS_INCOMPLETE', `impacts must state the impact on ${characteristic}`, `impacts.${characteristic}`);
    result[characteristic] = requireOneOf(
      impacts[characteristic],
      EQUALITY_IMPACTS,
      `impacts.${characteristic}`,
    );
  }
  return result;
}

export function assessEqualityImpact(command: AssessEqualityImpact, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const { data } = command;
  const assessmentId = requireId(data.assessmentId, 'assessmentId');
  const screeningOutcome = requireOneOf(
    data.screeningOutcome,
    SCREENING_OUTCOMES,
    'screeningOutcome',
  );
  const impacts = requireImpacts(data.impacts);
  const evidence = requireText(data.evidence, 'evidence');
  const mitigation = optionalText(data.mitigation, 'mitigation');
  if (mitigation === null && Object.values(impacts).includes('negative')) fail('EQUALITY_MITIGATION_REQUIRED', 'A negative impact needs a mitigation', 'mitigation');
  const assessedOn = assertCalendarDate(data.assessedOn, 'assessedOn');
  const reviewDate = assertCalendarDate(data.reviewDate, 'reviewDate');
  assertNotBefore(reviewDate, assessedOn, 'reviewDate', 'assessedOn');
  if (proposal.status === 'closed') fail('PROPOSAL_CLOSED', 'The proposal is closed');
  if (proposal.equalityImpactAssessmentIds.includes(assessmentId)) fail('EQUALITY_IMPACT_ASSESSMENT_ALREADY_RECORDED', `Assessment ${assessmentId} is already recorded`, 'assessmentId');
  return [
    {
      type: 'EqualityImpactAssessed',
      data: {
        proposalId: proposal.proposalId,
        assessmentId,
        screeningOutcome,
        impacts,
        evidence,
        mitigation,
        reviewDate,
        assessedOn,
      },
    },
  ];
}

export function assessDeliveryConfidence(command: AssessDeliveryConfidence, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const { data } = command;
  const rating = requireOneOf(data.rating, DELIVERY_CONFIDENCE_RATINGS, 'rating');
  const assessment = requireOneOf(data.assessment, DELIVERY_CONFIDENCE_ASSESSMENTS, 'assessment');
  const commentary = requireText(data.commentary, 'commentary');
  const assessedOn = assertCalendarDate(data.assessedOn, 'assessedOn');
  const assessorName = requireText(data.assessorName, 'assessorName');
  requireAgreed(proposal, 'assess delivery confidence');
  return [
    {
      type: 'DeliveryConfidenceAssessed',
      data: {
        proposalId: proposal.proposalId,
        rating,
        assessment,
        commentary,
        assessedOn,
        assessorName,
        previousRating: proposal.deliveryConfidence[assessment],
      },
    },
  ];
}

export function startDelivery(command: StartDelivery, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const startedOn = assertCalendarDate(command.data.startedOn, 'startedOn');
  if (proposal.status === 'in-delivery') fail('PROPOSAL_ALREADY_IN_DELIVERY', 'Delivery of the proposal has already started');
  requireAgreed(proposal, 'start delivery');
  // Someone must be accountable before delivery starts (Service Review 2005, paragraph 31).
  if (proposal.lead === null) fail('PROPOSAL_LEAD_REQUIRED', 'Assign a lead before starting delivery');
  if (proposal.agreedOn !== null) {
    assertNotBefore(startedOn, proposal.agreedOn, 'startedOn', 'the day the proposal was agreed');
  }
  return [
    { type: 'ProposalDeliveryStarted', data: { proposalId: proposal.proposalId, startedOn } },
  ];
}

export function closeProposal(command: CloseProposal, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const closedOn = assertCalendarDate(command.data.closedOn, 'closedOn');
  const reason = requireReason(command.data.reason);
  if (proposal.status === 'closed')
    fail('PROPOSAL_ALREADY_CLOSED', 'The proposal is already closed');
  requireAgreed(proposal, 'close the proposal');
  if (proposal.agreedOn !== null) {
    assertNotBefore(closedOn, proposal.agreedOn, 'closedOn', 'the day the proposal was agreed');
  }
  return [{ type: 'ProposalClosed', data: { proposalId: proposal.proposalId, closedOn, reason } }];
}

export function amendProposalAims(command: AmendProposalAims, state: ProposalState): ProposalEvent[] {
  const proposal = requireRegistered(state);
  const { data } = command;
  const context = requireObject(command.context, 'context') as AmendProposalAims['context'];
  const aims = requireText(data.aims, 'aims');
  const outcomeIds = requireIdList(data.outcomeIds, 'outcomeIds');
  const objectiveIds = requireIdList(data.objectiveIds, 'objectiveIds');
  const reason = requireReason(data.reason);
  const amendedOn = assertCalendarDate(data.amendedOn, 'amendedOn');
  if (outcomeIds.length === 0) fail('PROPOSAL_OUTCOME_REQUIRED', 'A proposal must support at least one strategic outcome', 'outcomeIds');
  if (proposal.status === 'closed') fail('PROPOSAL_CLOSED', 'The proposal is closed');
  const programme = context.programme;
  if (!programme) fail('PROGRAMME_NOT_FOUND', `Programme ${proposal.programmeId} does not exist`);
  outcomeIds.forEach((id, i) => {
    if (!programme.outcomeIds.includes(id)) fail('STRATEGIC_OUTCOME_UNKNOWN', `Programme ${proposal.programmeId} has no strategic outcome ${id}`, `outcomeIds[${i}]`);
  });
  const previous = proposal.aims ?? { aims: '', outcomeIds: [], objectiveIds: [] };
  requireObjectiveLinks(objectiveIds, context.objectives, proposal.programmeId, previous.objectiveIds);
  if (previous.aims === aims && sameIds(previous.outcomeIds, outcomeIds) && sameIds(previous.objectiveIds, objectiveIds)) {
    fail('PROPOSAL_AIMS_UNCHANGED', 'The aims, outcomes and objectives are as they already stand: nothing to amend');
  }
  return [
    {
      type: 'ProposalAimsAmended',
      data: { proposalId: proposal.proposalId, aims, outcomeIds, objectiveIds, previous: { aims: previous.aims, outcomeIds: [...previous.outcomeIds], objectiveIds: [...previous.objectiveIds] }, reason, amendedOn },
    },
  ];
}

export const proposalDecider = deciderOf<ProposalCommand, ProposalEvent, ProposalState>({
  initialState: initialProposalState,
  evolve: {
    ProposalRegistered: (state, event) => ({ ...state, proposalId: event.data.proposalId, programmeId: event.data.programmeId, status: 'registered', aims: { aims: event.data.aims, outcomeIds: event.data.outcomeIds, objectiveIds: [] } }),
    ProposalAimsAmended: (state, event) => ({ ...state, aims: { aims: event.data.aims, outcomeIds: event.data.outcomeIds, objectiveIds: event.data.objectiveIds } }),
    ConsultationOpened: (state, event) => ({
      ...state,
      status: 'in-consultation',
      consultation: { open: true, opensOn: event.data.opensOn },
    }),
    ConsultationClosed: (state) => state.consultation === null
      ? state
      : { ...state, consultation: { ...state.consultation, open: false } },
    ProposalAgreed: (state, event) => ({ ...state, status: 'agreed', agreedOn: event.data.decisionDate }),
    ProposalNotTakenForward: (state) => ({ ...state, status: 'not-taken-forward' }),
    ProposalReopened: (state) => ({ ...state, status: 'registered' }),
    ProposalDeferred: (state) => ({ ...state, status: 'deferred' }),
    LeadAssigned: (state, event) => ({
      ...state,
      lead: {
        id: event.data.leadId,
        name: event.data.leadName,
        effectiveDate: event.data.effectiveDate,
      },
    }),
    EqualityImpactAssessed: (state, event) => ({
      ...state,
      equalityImpactAssessmentIds: [
        ...state.equalityImpactAssessmentIds,
        event.data.assessmentId,
      ],
    }),
    DeliveryConfidenceAssessed: (state, event) => ({
      ...state,
      deliveryConfidence: {
        ...state.deliveryConfidence,
        [event.data.assessment]: event.data.rating,
      },
    }),
    ProposalDeliveryStarted: (state) => ({ ...state, status: 'in-delivery' }),
    ProposalClosed: (state) => ({ ...state, status: 'closed' }),
  },
  decide: {
    AmendProposalAims: amendProposalAims,
    RegisterProposal: registerProposal,
    OpenConsultation: openConsultation,
    CloseConsultation: closeConsultation,
    AgreeProposal: agreeProposal,
    NotTakeProposalForward: notTakeProposalForward,
    ReopenProposal: reopenProposal,
    DeferProposal: deferProposal,
    AssignLead: assignLead,
    AssessEqualityImpact: assessEqualityImpact,
    AssessDeliveryConfidence: assessDeliveryConfidence,
    StartDelivery: startDelivery,
    CloseProposal: closeProposal,
  },
});
