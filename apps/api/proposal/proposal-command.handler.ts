import { CommandHandler } from '@nestjs/cqrs';
import { programmeDecider, strategicFramework } from '@ledger/programme';
import { proposalDecider, type AmendProposalAims, type ProposalCommand, type RegisterProposal } from '@ledger/proposal';
import { streamIds } from '@ledger/kernel';
import { CallerCommand, callerHandlerOf, type WithoutContext } from '../http/aggregate-command';
import { ledBy, objectiveLinkFacts } from '../http/aggregate-lookups';

/** A proposal command as the controller builds it: the handler adds RegisterProposal's and AmendProposalAims's context. */
export type ProposalCommandRequest = WithoutContext<Exclude<ProposalCommand, AmendProposalAims>, RegisterProposal> | Omit<AmendProposalAims, 'context'>;

/** A proposal command on its way from the controller to the proposal's stream (`id`: the proposal). */
export class ExecuteProposalCommand extends CallerCommand<ProposalCommandRequest> {}

@CommandHandler(ExecuteProposalCommand)
export class ProposalCommandHandler extends callerHandlerOf(proposalDecider, streamIds.proposal)<ExecuteProposalCommand> {
  protected async prepare({ command, id }: ExecuteProposalCommand): Promise<ProposalCommand> {
    if (command.type === 'RegisterProposal') return this.withProgramme(command);
    if (command.type === 'AmendProposalAims') return this.withLinks(command, id);
    return command;
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

  /** The programme's outcomes, and for each objective named: its programme, and whether its priority is retired. */
  private async withLinks(command: Omit<AmendProposalAims, 'context'>, proposalId: string): Promise<AmendProposalAims> {
    const { state: proposal } = await this.store.load(streamIds.proposal(proposalId), proposalDecider);
    const programme = proposal.programmeId === null ? null : strategicFramework((await this.store.load(streamIds.programme(proposal.programmeId), programmeDecider)).state);
    return { ...command, context: { programme, objectives: await objectiveLinkFacts(this.store, command.data.objectiveIds) } };
  }
}
