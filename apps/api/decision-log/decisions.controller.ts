import { Body, Inject, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AllowedValuesByRole, Roles } from '../auth/access.decorators';
import { FORUM_RULE } from '../auth/access-rules';
import { Caller, handleOptions } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteDecisionLogCommand } from './decision-command.handler';
import { RecordDecisionRequestDto } from './decision.request.dto';
import { CommandController, CommandRoute } from '../http/routes';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { ConditionActionsReactor } from '../action/condition-actions.reactor';
import { followUpOf, meetingTakenAt } from '../meeting/meeting-command.handler';
import type { WriteResult } from '../http/write-result';

@Roles('programme-office', 'oversight-committee')
@AllowedValuesByRole(FORUM_RULE)
@CommandController('decisions', "the version of the programme's decision log", 'programmes/:programmeId/decisions')
export class DecisionsController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly conditionActions: ConditionActionsReactor,
  ) {}

  @CommandRoute('', { summary: 'Record a decision, optionally superseding an earlier one (DecisionRecorded)' })
  async record(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: RecordDecisionRequestDto,
    @Caller() caller: Caller,
  ) {
    const decisionId = body.decisionId ?? randomUUID();
    const { forum, decisionDate, subject, proposalId, outcome, rationale, conditions } = body;
    const { minuteReference, evidence, supersedesDecisionId } = body;
    const [atMeeting, followUp] = [await meetingTakenAt(this.store, body.meetingId), await followUpOf(this.store, body.followUp)];
    const result: WriteResult = await this.commandBus.execute(
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
            atMeeting,
            followUp,
          },
        },
        handleOptions(caller, body.reason),
        decisionId,
      ),
    );
    // Its conditions become actions (the position returned covers them).
    return this.conditionActions.afterWrite(result);
  }
}
