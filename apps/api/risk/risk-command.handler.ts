import { CommandHandler } from '@nestjs/cqrs';
import { riskDecider, type RiskCommand } from '@ledger/risk';
import { streamIds } from '@ledger/kernel';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';

/** A risk command on its way from the controller to the risk's stream. */
export class ExecuteRiskCommand extends AggregateCommand<RiskCommand> {}

@CommandHandler(ExecuteRiskCommand)
export class RiskCommandHandler extends handlerOf(riskDecider, streamIds.risk) {
  protected override async prepare(command: RiskCommand): Promise<RiskCommand> {
    if (command.type === 'RaiseRisk') {
      await requireProgramme(this.store, command.data.programmeId);
      if (command.data.proposalId) {
        await requireProposalOf(this.store, command.data.programmeId, command.data.proposalId);
      }
    }
    return command;
  }
}
