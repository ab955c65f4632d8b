import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { AllowedValuesByRole, LeadOfProposal, Roles } from '../auth/access.decorators';
import { DELIVERY_CONFIDENCE_RULE, FORUM_RULE } from '../auth/access-rules';
import { Caller } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { WriteResult } from '../http/write-result';
import { ExecuteProposalCommand, type ProposalCommandRequest } from './proposal-command.handler';
import {
  AgreeProposalRequestDto,
  AssessDeliveryConfidenceRequestDto,
  AssessEqualityImpactRequestDto,
  AssignLeadRequestDto,
  CloseConsultationRequestDto,
  CloseProposalRequestDto,
  DeferProposalRequestDto,
  NotTakeProposalForwardRequestDto,
  OpenConsultationRequestDto,
  RegisterProposalRequestDto,
  ReopenProposalRequestDto,
  StartDeliveryRequestDto,
} from './proposal.request.dto';

@ApiTags('proposals')
@ApiHeader({
  name: 'If-Match',
  required: false,
  description: 'The ETag (proposal stream version) you last saw; a stale one gets 412.',
})
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Retrying with the same key records the command once.',
})
@ApiBadRequestResponse({
  description: 'VALIDATION_FAILED or a domain validation code; `errors` lists each bad field.',
})
@ApiNotFoundResponse({
  description: 'PROPOSAL_NOT_FOUND (or PROGRAMME_NOT_FOUND when registering).',
})
@ApiConflictResponse({ description: 'A business rule refused the command; `code` names the rule.' })
@ApiPreconditionFailedResponse({
  description: 'STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded.',
})
@Roles('programme-office')
@Controller()
export class ProposalsController {
  constructor(private readonly commandBus: CommandBus) {}

  private run(
    proposalId: string,
    command: ProposalCommandRequest,
    caller: Caller,
    reason: string | undefined,
    createdId?: string,
  ) {
    return this.commandBus.execute(new ExecuteProposalCommand(proposalId, command, caller, reason, createdId));
  }

  @Post('programmes/:programmeId/proposals')
  @ApiOperation({ summary: 'Register a proposal under a programme (ProposalRegistered)' })
  @ApiCreatedResponse({ type: WriteResult })
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

  @Post('proposals/:proposalId/consultation')
  @ApiOperation({ summary: 'Open a consultation on the proposal (ConsultationOpened)' })
  @ApiCreatedResponse({ type: WriteResult })
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

  @Post('proposals/:proposalId/consultation/closure')
  @ApiOperation({ summary: 'Close the open consultation (ConsultationClosed)' })
  @ApiCreatedResponse({ type: WriteResult })
  closeConsultation(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: CloseConsultationRequestDto,
    @Caller() caller: Caller,
  ) {
    const { closedOn, summary } = body;
    return this.run(proposalId, { type: 'CloseConsultation', data: { closedOn, summary } }, caller, body.reason);
  }

  @Post('proposals/:proposalId/agreement')
  @Roles('programme-office', 'oversight-committee')
  @AllowedValuesByRole(FORUM_RULE)
  @ApiOperation({ summary: 'Record that the proposal was agreed (ProposalAgreed)' })
  @ApiCreatedResponse({ type: WriteResult })
  agree(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: AgreeProposalRequestDto,
    @Caller() caller: Caller,
  ) {
    const { forum, decisionDate, meeting, minuteReference, conditions } = body;
    return this.run(
      proposalId,
      {
        type: 'AgreeProposal',
        data: { forum, decisionDate, meeting, minuteReference, conditions: conditions ?? [] },
      },
      caller, body.reason,
    );
  }

  @Post('proposals/:proposalId/not-taken-forward-decision')
  @ApiOperation({
    summary:
      'Record that the idea is not taken forward, with its reason code (ProposalNotTakenForward)',
  })
  @ApiCreatedResponse({ type: WriteResult })
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

  @Post('proposals/:proposalId/deferral')
  @ApiOperation({ summary: 'Defer the decision on the proposal (ProposalDeferred)' })
  @ApiCreatedResponse({ type: WriteResult })
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

  @Post('proposals/:proposalId/reopening')
  @ApiOperation({
    summary: 'Reopen a deferred or not-taken-forward proposal; reason required (ProposalReopened)',
  })
  @ApiCreatedResponse({ type: WriteResult })
  reopen(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: ReopenProposalRequestDto,
    @Caller() caller: Caller,
  ) {
    const { reopenedOn, reason } = body;
    return this.run(proposalId, { type: 'ReopenProposal', data: { reopenedOn, reason } }, caller, body.reason);
  }

  @Post('proposals/:proposalId/lead-assignments')
  @ApiOperation({
    summary: 'Assign (or reassign, with a reason) the Management Board lead (LeadAssigned)',
  })
  @ApiCreatedResponse({ type: WriteResult })
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

  @Post('proposals/:proposalId/equality-impact-assessments')
  @ApiOperation({ summary: 'Record an equality impact assessment (EqualityImpactAssessed)' })
  @ApiCreatedResponse({ type: WriteResult })
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

  @Post('proposals/:proposalId/delivery-confidence-assessments')
  @Roles('programme-office', 'lead', 'oversight-committee')
  @LeadOfProposal()
  @AllowedValuesByRole(DELIVERY_CONFIDENCE_RULE)
  @ApiOperation({
    summary:
      "Record a delivery confidence rating, the lead's own or independent (DeliveryConfidenceAssessed)",
  })
  @ApiCreatedResponse({ type: WriteResult })
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

  @Post('proposals/:proposalId/delivery-start')
  @ApiOperation({
    summary: 'Start delivery of an agreed proposal with a lead (ProposalDeliveryStarted)',
  })
  @ApiCreatedResponse({ type: WriteResult })
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

  @Post('proposals/:proposalId/closure')
  @ApiOperation({ summary: 'Close the proposal; reason required (ProposalClosed)' })
  @ApiCreatedResponse({ type: WriteResult })
  close(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: CloseProposalRequestDto,
    @Caller() caller: Caller,
  ) {
    const { closedOn, reason } = body;
    return this.run(proposalId, { type: 'CloseProposal', data: { closedOn, reason } }, caller, body.reason);
  }
}
