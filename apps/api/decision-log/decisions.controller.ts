import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AllowedValuesByRole, Roles } from '../auth/access.decorators';
import { FORUM_RULE } from '../auth/access-rules';
import { Caller, handleOptions } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteDecisionLogCommand } from './decision-command.handler';
import { RecordDecisionRequestDto } from './decision.request.dto';
import { CommandController, CommandRoute } from '../http/routes';

@Roles('programme-office', 'oversight-committee')
@AllowedValuesByRole(FORUM_RULE)
@CommandController('decisions', "the version of the programme's decision log", 'programmes/:programmeId/decisions')
export class DecisionsController {
  constructor(private readonly commandBus: CommandBus) {}

  @CommandRoute('', { summary: 'Record a decision, optionally superseding an earlier one (DecisionRecorded)' })
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
        handleOptions(caller, body.reason),
        decisionId,
      ),
    );
  }
}
