import { CommandHandler } from '@nestjs/cqrs';
import { streamIds } from '@ledger/kernel';
import { strategyDecider, type StrategyCommand } from '@ledger/strategy';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireProgramme } from '../http/aggregate-lookups';

/** A plan command on its way from the controller to the plan's stream. */
export class ExecuteStrategyCommand extends AggregateCommand<StrategyCommand> {}

@CommandHandler(ExecuteStrategyCommand)
export class StrategyCommandHandler extends handlerOf(strategyDecider, streamIds.plan) {
  protected override async prepare(command: StrategyCommand): Promise<StrategyCommand> {
    if (command.type === 'DefinePlan') await requireProgramme(this.store, command.data.programmeId);
    return command;
  }
}
