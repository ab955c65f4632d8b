import { CommandHandler } from '@nestjs/cqrs';
import { decisionLogDecider, type DecisionLogCommand } from '@ledger/decision-log';
import { streamIds } from '@ledger/kernel';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';
import { requireEvidence, requireProgramme, requireProposalOf } from '../http/aggregate-lookups';

/** A decision on its way from the controller to the programme's decision log (its id is the programme's). */
export class ExecuteDecisionLogCommand extends AggregateCommand<DecisionLogCommand> {}

@CommandHandler(ExecuteDecisionLogCommand)
export class DecisionCommandHandler extends handlerOf(decisionLogDecider, streamIds.decisionLog) {
  protected override async prepare(command: DecisionLogCommand, programmeId: string): Promise<DecisionLogCommand> {
    await requireProgramme(this.store, programmeId);
    if (command.data.proposalId) {
      await requireProposalOf(this.store, programmeId, command.data.proposalId);
    }
    if (Array.isArray(command.data.evidence)) await requireEvidence(this.store, command.data.evidence);
    return command;
  }
}
