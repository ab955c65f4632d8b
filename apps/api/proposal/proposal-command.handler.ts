import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { programmeDecider, strategicFramework } from '@ledger/programme';
import { proposalDecider, type ProposalCommand, type RegisterProposal } from '@ledger/proposal';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type EventStore } from '@ledger/platform/event-store';
import { ledBy } from '../http/aggregate-lookups';
import { handleOptions, type Caller } from '../http/caller';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A proposal command as the controller builds it: the handler adds RegisterProposal's context. */
export type ProposalCommandRequest =
  Exclude<ProposalCommand, RegisterProposal> | Omit<RegisterProposal, 'context'>;

/** A proposal command on its way from the controller to the proposal's stream. */
export class ExecuteProposalCommand extends Command<WriteResult> {
  constructor(
    readonly proposalId: string,
    readonly command: ProposalCommandRequest,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteProposalCommand)
export class ProposalCommandHandler implements ICommandHandler<ExecuteProposalCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({
    proposalId,
    command,
    caller,
    reason,
    createdId,
  }: ExecuteProposalCommand): Promise<WriteResult> {
    const streamId = streamIds.proposal(proposalId);
    const full: ProposalCommand =
      command.type === 'RegisterProposal' ? await this.withProgramme(command) : command;
    // A lead rates only a proposal they lead (the lead rule).
    const dependsOn = command.type === 'AssessDeliveryConfidence' ? ledBy(caller, proposalId) : [];
    const result = await handleCommand(this.store, streamId, proposalDecider, (state) => proposalDecider.decide(full, state), handleOptions(caller, reason, dependsOn));
    return toWriteResult(streamId, result, createdId);
  }

  /** A proposal may only support the outcomes and priorities its programme defines. */
  private async withProgramme(
    command: Omit<RegisterProposal, 'context'>,
  ): Promise<RegisterProposal> {
    const { state } = await this.store.load(streamIds.programme(command.data.programmeId), programmeDecider);
    return { ...command, context: { programme: strategicFramework(state) } };
  }
}
