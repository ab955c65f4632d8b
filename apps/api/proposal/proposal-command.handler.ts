import { CommandHandler } from '@nestjs/cqrs';
import { programmeDecider, strategicFramework } from '@ledger/programme';
import { proposalDecider, type ProposalCommand, type RegisterProposal } from '@ledger/proposal';
import { streamIds } from '@ledger/kernel';
import { CallerCommand, callerHandlerOf, type WithoutContext } from '../http/aggregate-command';
import { ledBy } from '../http/aggregate-lookups';

/** A proposal command as the controller builds it: the handler adds RegisterProposal's context. */
export type ProposalCommandRequest = WithoutContext<ProposalCommand, RegisterProposal>;

/** A proposal command on its way from the controller to the proposal's stream (`id`: the proposal). */
export class ExecuteProposalCommand extends CallerCommand<ProposalCommandRequest> {}

@CommandHandler(ExecuteProposalCommand)
export class ProposalCommandHandler extends callerHandlerOf(proposalDecider, streamIds.proposal)<ExecuteProposalCommand> {
  protected async prepare({ command }: ExecuteProposalCommand): Promise<ProposalCommand> {
    return command.type === 'RegisterProposal' ? this.withProgramme(command) : command;
  }

  // A lead rates only a proposal they lead (the lead rule).
  protected dependsOn({ command, caller, id }: ExecuteProposalCommand) {
    return command.type === 'AssessDeliveryConfidence' ? ledBy(caller, id) : [];
  }

  /** A proposal may only support the outcomes and priorities its programme defines. */
  private async withProgramme(
    command: Omit<RegisterProposal, 'context'>,
  ): Promise<RegisterProposal> {
    const { state } = await this.store.load(streamIds.programme(command.data.programmeId), programmeDecider);
    return { ...command, context: { programme: strategicFramework(state) } };
  }
}
