import { Body, Inject, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiPreconditionFailedResponse } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { AllowedValuesByRole, Roles } from '../auth/access.decorators';
import { DELIVERY_CONFIDENCE_RULE, FORUM_RULE } from '../auth/access-rules';
import { Caller } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteProposalCommand, type ProposalCommandRequest } from './proposal-command.handler';
import { AmendProposalAimsRequestDto, AgreeProposalRequestDto, AssessDeliveryConfidenceRequestDto, AssessEqualityImpactRequestDto, AssignLeadRequestDto, CloseConsultationRequestDto, CloseProposalRequestDto, DeferProposalRequestDto, NotTakeProposalForwardRequestDto, OpenConsultationRequestDto, RegisterProposalRequestDto, ReopenProposalRequestDto, StartDeliveryRequestDto } from './proposal.request.dto';
import { CommandController, CommandRoute } from '../http/routes';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { ConditionActionsReactor } from '../action/condition-actions.reactor';
import { followUpOf, meetingTakenAt } from '../meeting/meeting-command.handler';
import type { WriteResult } from '../http/write-result';

@ApiBadRequestResponse({ description: 'VALIDATION_FAILED or a domain validation code; `errors` lists each bad field.', })
@ApiNotFoundResponse({ description: 'PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering).', })
@ApiConflictResponse({ description: 'A business rule refused the command; `code` names the rule.' })
@ApiPreconditionFailedResponse({ description: 'STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded.', })
@Roles('programme-office')
@CommandController('proposals', 'proposal stream version')
export class ProposalsController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly conditionActions: ConditionActionsReactor,
  ) {}

  private run(
    proposalId: string,
    command: ProposalCommandRequest,
    caller: Caller,
    reason: string | undefined,
    createdId?: string,
  ) {
    return this.commandBus.execute(new ExecuteProposalCommand(proposalId, command, caller, reason, createdId));
  }

  @CommandRoute('programmes/:programmeId/proposals', { summary: 'Register a proposal under a programme (ProposalRegistered)', location: '/proposals/{id}' })
  register(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: RegisterProposalRequestDto,
    @Caller() caller: Caller,
  ) {
    const proposalId = body.proposalId ?? randomUUID();
    const { title, aims, source, outcomeIds, priorityIds } = body;
    return this.run(
      proposalId,
      {
        type: 'RegisterProposal',
        data: {
          proposalId,
          programmeId,
          title,
          aims,
          source: { document: source.document, paragraph: source.paragraph ?? null },
          outcomeIds,
          priorityIds,
        },
      },
      caller, body.reason,
      proposalId,
    );
  }

  @CommandRoute('proposals/:proposalId/consultation', { summary: 'Open a consultation on the proposal (ConsultationOpened)' })
  openConsultation(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: OpenConsultationRequestDto,
    @Caller() caller: Caller,
  ) {
    const { opensOn, closesOn, consultees, description } = body;
    return this.run(
      proposalId,
      { type: 'OpenConsultation', data: { opensOn, closesOn, consultees, description } },
      caller, body.reason,
    );
  }

  @CommandRoute('proposals/:proposalId/consultation/closure', { summary: 'Close the open consultation (ConsultationClosed)' })
  closeConsultation(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: CloseConsultationRequestDto,
    @Caller() caller: Caller,
  ) {
    const { closedOn, summary } = body;
    return this.run(proposalId, { type: 'CloseConsultation', data: { closedOn, summary } }, caller, body.reason);
  }

  @CommandRoute('proposals/:proposalId/agreement', {
    roles: ['programme-office', 'oversight-committee'],
    summary: 'Record that the proposal was agreed (ProposalAgreed)',
  })
  @AllowedValuesByRole(FORUM_RULE)
  async agree(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: AgreeProposalRequestDto,
    @Caller() caller: Caller,
  ) {
    const { forum, decisionDate, meeting, minuteReference, conditions } = body;
    const [atMeeting, followUp] = [await meetingTakenAt(this.store, body.meetingId), await followUpOf(this.store, body.followUp)];
    const result: WriteResult = await this.run(
      proposalId,
      {
        type: 'AgreeProposal',
        data: { forum, decisionDate, meeting, minuteReference, conditions: conditions ?? [], atMeeting, followUp },
      },
      caller, body.reason,
    );
    // Its conditions become actions (the position returned covers them).
    return this.conditionActions.afterWrite(result);
  }

  @CommandRoute('proposals/:proposalId/not-taken-forward-decision', {
    summary: 'Record that the idea is not taken forward, with its reason code (ProposalNotTakenForward)',
  })
  notTakeForward(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: NotTakeProposalForwardRequestDto,
    @Caller() caller: Caller,
  ) {
    const { reasonCode, rationale, decisionDate } = body;
    return this.run(
      proposalId,
      { type: 'NotTakeProposalForward', data: { reasonCode, rationale, decisionDate } },
      caller, body.reason,
    );
  }

  @CommandRoute('proposals/:proposalId/deferral', { summary: 'Defer the decision on the proposal (ProposalDeferred)' })
  defer(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: DeferProposalRequestDto,
    @Caller() caller: Caller,
  ) {
    const { decisionDate, until, reasonCode, rationale } = body;
    return this.run(
      proposalId,
      { type: 'DeferProposal', data: { decisionDate, until: until ?? null, reasonCode, rationale } },
      caller, body.reason,
    );
  }

  @CommandRoute('proposals/:proposalId/reopening', {
    summary: 'Reopen a deferred or not-taken-forward proposal; reason required (ProposalReopened)',
  })
  reopen(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: ReopenProposalRequestDto,
    @Caller() caller: Caller,
  ) {
    const { reopenedOn, reason } = body;
    return this.run(proposalId, { type: 'ReopenProposal', data: { reopenedOn, reason } }, caller, body.reason);
  }

  @CommandRoute('proposals/:proposalId/lead-assignments', {
    summary: 'Assign (or reassign, with a reason) the Management Board lead (LeadAssigned)',
  })
  assignLead(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: AssignLeadRequestDto,
    @Caller() caller: Caller,
  ) {
    const { leadId, leadName, leadRole, effectiveDate, reason } = body;
    return this.run(
      proposalId,
      {
        type: 'AssignLead',
        data: { leadId, leadName, leadRole, effectiveDate, reason: reason ?? null },
      },
      caller, body.reason,
    );
  }

  @CommandRoute('proposals/:proposalId/equality-impact-assessments', {
    summary: 'Record an equality impact assessment (EqualityImpactAssessed)',
  })
  assessEqualityImpact(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: AssessEqualityImpactRequestDto,
    @Caller() caller: Caller,
  ) {
    const assessmentId = body.assessmentId ?? randomUUID();
    const { screeningOutcome, impacts, evidence, mitigation, reviewDate, assessedOn } = body;
    return this.run(
      proposalId,
      {
        type: 'AssessEqualityImpact',
        data: {
          assessmentId,
          screeningOutcome,
          impacts: { ...impacts },
          evidence,
          mitigation: mitigation ?? null,
          reviewDate,
          assessedOn,
        },
      },
      caller, body.reason,
      assessmentId,
    );
  }

  @CommandRoute('proposals/:proposalId/delivery-confidence-assessments', {
    roles: ['programme-office', 'lead', 'oversight-committee'],
    lead: true,
    summary: "Record a delivery confidence rating, the lead's own or independent (DeliveryConfidenceAssessed)",
  })
  @AllowedValuesByRole(DELIVERY_CONFIDENCE_RULE)
  assessDeliveryConfidence(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: AssessDeliveryConfidenceRequestDto,
    @Caller() caller: Caller,
  ) {
    const { rating, assessment, commentary, assessedOn, assessorName } = body;
    return this.run(
      proposalId,
      {
        type: 'AssessDeliveryConfidence',
        data: { rating, assessment, commentary, assessedOn, assessorName },
      },
      caller, body.reason,
    );
  }

  @CommandRoute('proposals/:proposalId/delivery-start', {
    summary: 'Start delivery of an agreed proposal with a lead (ProposalDeliveryStarted)',
  })
  startDelivery(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: StartDeliveryRequestDto,
    @Caller() caller: Caller,
  ) {
    return this.run(
      proposalId,
      { type: 'StartDelivery', data: { startedOn: body.startedOn } },
      caller, body.reason,
    );
  }

  @CommandRoute('proposals/:proposalId/closure', { summary: 'Close the proposal; reason required (ProposalClosed)' })
  close(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: CloseProposalRequestDto,
    @Caller() caller: Caller,
  ) {
    const { closedOn, reason } = body;
    return this.run(proposalId, { type: 'CloseProposal', data: { closedOn, reason } }, caller, body.reason);
  }

  @CommandRoute('proposals/:proposalId/aims', {
    summary: 'Amend the aims, the strategic outcomes supported and the plan objectives served, with a reason; the previous ones are kept (ProposalAimsAmended)',
  })
  amendAims(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: AmendProposalAimsRequestDto,
    @Caller() caller: Caller,
  ) {
    const { aims, outcomeIds, objectiveIds, amendedOn, reason } = body;
    return this.run(proposalId, { type: 'AmendProposalAims', data: { aims, outcomeIds, objectiveIds, amendedOn, reason } }, caller, reason);
  }
}
