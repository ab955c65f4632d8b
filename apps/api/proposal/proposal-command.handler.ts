import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { programmeDecider, strategicFramework } from '@ledger/programme';
import { proposalDecider, type ProposalCommand, type RegisterProposal } from '@ledger/proposal';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import type { CommandContext } from '../http/command-context';
import { decideOnStream } from '../http/decide-on-stream';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A proposal command as the controller builds it: the handler adds RegisterProposal's context. */
export type ProposalCommandRequest =
  Exclude<ProposalCommand, RegisterProposal> | Omit<RegisterProposal, 'context'>;

/** A proposal command on its way from the controller to the proposal's stream. */
export class ExecuteProposalCommand extends Command<WriteResult> {
  constructor(
    readonly proposalId: string,
    readonly command: ProposalCommandRequest,
    readonly context: CommandContext,
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
    context,
    createdId,
  }: ExecuteProposalCommand): Promise<WriteResult> {
    const streamId = streamIds.proposal(proposalId);
    const full: ProposalCommand =
      command.type === 'RegisterProposal' ? await this.withProgramme(command) : command;
    const result = await decideOnStream(this.store, streamId, proposalDecider, full, context);
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
