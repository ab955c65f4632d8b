import { CommandHandler } from '@nestjs/cqrs';
import { deliveryPlanDecider, type DeliveryPlanCommand } from '@ledger/delivery-plan';
import { streamIds } from '@ledger/kernel';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';

/** A milestone command on its way from the controller to the programme's delivery plan (its id is the programme's). */
export class ExecuteDeliveryPlanCommand extends AggregateCommand<DeliveryPlanCommand> {}

@CommandHandler(ExecuteDeliveryPlanCommand)
export class MilestoneCommandHandler extends handlerOf(deliveryPlanDecider, streamIds.deliveryPlan) {
  // The plan's first milestone starts the stream, so the programme must exist; later
  // commands address milestones, which the plan itself knows.
  protected override async prepare(command: DeliveryPlanCommand, programmeId: string): Promise<DeliveryPlanCommand> {
    if (command.type === 'PlanMilestone') {
      await requireProgramme(this.store, programmeId);
      if (command.data.proposalId) {
        await requireProposalOf(this.store, programmeId, command.data.proposalId);
      }
    }
    return command;
  }
}
