import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { deliveryPlanDecider, type DeliveryPlanCommand } from '@ledger/delivery-plan';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type EventStore } from '@ledger/platform/event-store';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { handleOptions, type Caller } from '../http/caller';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A milestone command on its way from the controller to the programme's delivery plan. */
export class ExecuteDeliveryPlanCommand extends Command<WriteResult> {
  constructor(
    readonly programmeId: string,
    readonly command: DeliveryPlanCommand,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteDeliveryPlanCommand)
export class MilestoneCommandHandler implements ICommandHandler<ExecuteDeliveryPlanCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({
    programmeId,
    command,
    caller,
    reason,
    createdId,
  }: ExecuteDeliveryPlanCommand): Promise<WriteResult> {
    const streamId = streamIds.deliveryPlan(programmeId);
    // The plan's first milestone starts the stream, so the programme must exist; later
    // commands address milestones, which the plan itself knows.
    if (command.type === 'PlanMilestone') {
      await requireProgramme(this.store, programmeId);
      if (command.data.proposalId) {
        await requireProposalOf(this.store, programmeId, command.data.proposalId);
      }
    }
    const result = await handleCommand(
      this.store,
      streamId,
      deliveryPlanDecider,
      (state) => deliveryPlanDecider.decide(command, state),
      handleOptions(caller, reason),
    );
    return toWriteResult(streamId, result, createdId);
  }
}
