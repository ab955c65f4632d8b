import { CommandHandler } from '@nestjs/cqrs';
import { fundingDecider, type FundingCommand } from '@ledger/funding';
import { streamIds } from '@ledger/kernel';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';

/** A funding command on its way to the programme's funding stream (its id is the programme's). */
export class ExecuteFundingCommand extends AggregateCommand<FundingCommand> {}

@CommandHandler(ExecuteFundingCommand)
export class FundingCommandHandler extends handlerOf(fundingDecider, streamIds.funding) {
  protected override async prepare(command: FundingCommand, programmeId: string): Promise<FundingCommand> {
    await requireProgramme(this.store, programmeId);
    if (command.type === 'RecordFundingLine' && command.data.proposalId) {
      await requireProposalOf(this.store, programmeId, command.data.proposalId);
    }
    return command;
  }
}
