import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { AllowedValuesByRole, Roles } from '../auth/access.decorators';
import { FORUM_RULE } from '../auth/access-rules';
import { Caller } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { WriteResult } from '../http/write-result';
import { ExecuteDecisionLogCommand } from './decision-command.handler';
import { RecordDecisionRequestDto } from './decision.request.dto';

@ApiTags('decisions')
@ApiHeader({
  name: 'If-Match',
  required: false,
  description:
    "The ETag (the version of the programme's decision log) you last saw; a stale one gets 412.",
})
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Retrying with the same key records the command once.',
})
@Roles('programme-office', 'oversight-committee')
@AllowedValuesByRole(FORUM_RULE)
@Controller('programmes/:programmeId/decisions')
export class DecisionsController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'Record a decision, optionally superseding an earlier one (DecisionRecorded)',
  })
  @ApiCreatedResponse({ type: WriteResult })
  record(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: RecordDecisionRequestDto,
    @Caller() caller: Caller,
  ) {
    const decisionId = body.decisionId ?? randomUUID();
    const { forum, decisionDate, subject, proposalId, outcome, rationale, conditions } = body;
    const { minuteReference, evidence, supersedesDecisionId } = body;
    return this.commandBus.execute(
      new ExecuteDecisionLogCommand(
        programmeId,
        {
          type: 'RecordDecision',
          data: {
            programmeId,
            decisionId,
            forum,
            decisionDate,
            subject,
            proposalId,
            outcome,
            rationale,
            conditions,
            minuteReference,
            evidence: evidence?.map(({ kind, ref, version }) => ({ kind, ref, version })),
            supersedesDecisionId,
          },
        },
        caller,
        body.reason,
        decisionId,
      ),
    );
  }
}
