import { BadRequestException, Body, Inject, Injectable, Param, Post, type PipeTransform } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiPreconditionFailedResponse } from '@nestjs/swagger';
import { LeadOfProposal, Roles } from '../auth/access.decorators';
import { Caller } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { WriteResult } from '../http/write-result';
import { ExecuteBusinessCaseCommand } from './business-case-command.handler';
import { ApproveBusinessCaseRequestDto, ReturnBusinessCaseRequestDto, SubmitBusinessCaseRequestDto } from './business-case.request.dto';
import { CommandController, CommandRoute } from '../http/routes';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { ConditionActionsReactor } from '../action/condition-actions.reactor';
import { followUpOf, meetingTakenAt } from '../meeting/meeting-command.handler';

/** The business case version in the path: a positive whole number, else a 400 naming the field. */
@Injectable()
export class BusinessCaseVersionParam implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) {
      throw new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: 'The business case version in the path must be a positive whole number',
        errors: [{ field: 'version', messages: ['version must be a positive whole number'] }],
      });
    }
    return Number(value);
  }
}

@ApiBadRequestResponse({ description: 'VALIDATION_FAILED or a domain validation code; `errors` lists each bad field.', })
@ApiNotFoundResponse({ description: 'PROPOSAL_NOT_FOUND on submission, BUSINESS_CASE_NOT_FOUND on scrutiny.', })
@ApiConflictResponse({ description: 'A business rule refused the command; `code` names the rule.' })
@ApiPreconditionFailedResponse({ description: 'STREAM_VERSION_CONFLICT: If-Match is stale; nothing was recorded.', })
@CommandController('business cases', 'business case stream version', 'proposals/:proposalId/business-cases')
export class BusinessCasesController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly conditionActions: ConditionActionsReactor,
  ) {}

  @Post()
  @Roles('programme-office', 'lead')
  @LeadOfProposal()
  @ApiOperation({
    summary: 'Submit a business case for an agreed proposal (BusinessCaseSubmitted)',
    description:
      'The response `id` is the new business case version, used by the approval and return routes.',
  })
  @ApiCreatedResponse({ type: WriteResult })
  submit(
    @Param('proposalId', IdParam) proposalId: string,
    @Body() body: SubmitBusinessCaseRequestDto,
    @Caller() caller: Caller,
  ) {
    const {
      stage,
      sections,
      investment,
      wholeLifeCostPence,
      anticipatedBenefits,
      submittedBy,
      submittedOn,
    } = body;
    return this.commandBus.execute(
      new ExecuteBusinessCaseCommand(
        proposalId,
        {
          type: 'SubmitBusinessCase',
          data: {
            proposalId,
            stage,
            sections: { ...sections },
            investment: investment.map(({ financialYear, amountPence }) => ({
              financialYear,
              amountPence,
            })),
            wholeLifeCostPence,
            anticipatedBenefits: anticipatedBenefits.map(({ description, amountPence }) => ({
              description,
              amountPence: amountPence ?? null,
            })),
            submittedBy,
            submittedOn,
          },
        },
        caller,
        body.reason,
      ),
    );
  }

  @CommandRoute(':version/approval', {
    roles: ['oversight-committee'],
    summary: 'Approve the version awaiting scrutiny, with any conditions (BusinessCaseApproved)',
  })
  @ApiParam({ name: 'version', type: 'integer', example: 1, description: 'The business case version scrutinised', })
  async approve(
    @Param('proposalId', IdParam) proposalId: string,
    @Param('version', BusinessCaseVersionParam) version: number,
    @Body() body: ApproveBusinessCaseRequestDto,
    @Caller() caller: Caller,
  ) {
    const { conditions, meeting, decisionDate } = body;
    const [atMeeting, followUp] = [await meetingTakenAt(this.store, body.meetingId), await followUpOf(this.store, body.followUp)];
    const result: WriteResult = await this.commandBus.execute(
      new ExecuteBusinessCaseCommand(
        proposalId,
        {
          type: 'ApproveBusinessCase',
          data: { version, conditions: conditions ?? [], meeting, decisionDate, atMeeting, followUp },
        },
        caller,
        body.reason,
      ),
    );
    // Its conditions become actions (the position returned covers them).
    return this.conditionActions.afterWrite(result);
  }

  @CommandRoute(':version/return', {
    roles: ['oversight-committee'],
    summary: 'Return the version awaiting scrutiny with comments; it is resubmitted as a new version (BusinessCaseReturned)',
  })
  @ApiParam({ name: 'version', type: 'integer', example: 1, description: 'The business case version scrutinised', })
  async return(
    @Param('proposalId', IdParam) proposalId: string,
    @Param('version', BusinessCaseVersionParam) version: number,
    @Body() body: ReturnBusinessCaseRequestDto,
    @Caller() caller: Caller,
  ) {
    const { comments, meeting, decisionDate } = body;
    const atMeeting = await meetingTakenAt(this.store, body.meetingId);
    return this.commandBus.execute(
      new ExecuteBusinessCaseCommand(
        proposalId,
        { type: 'ReturnBusinessCase', data: { version, comments, meeting, decisionDate, atMeeting } },
        caller,
        body.reason,
      ),
    );
  }
}
