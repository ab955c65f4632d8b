import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessCaseDecider, type BusinessCaseCommand, type SubmitBusinessCase } from '@ledger/business-case';
import { proposalDecider } from '@ledger/proposal';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import type { CommandContext } from '../http/command-context';
import { decideOnStream } from '../http/decide-on-stream';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A business case command as the controller builds it: the handler adds SubmitBusinessCase's context. */
export type BusinessCaseCommandRequest =
  Exclude<BusinessCaseCommand, SubmitBusinessCase> | Omit<SubmitBusinessCase, 'context'>;

/** A business case command on its way from the controller to the `business-case-<proposalId>` stream. */
export class ExecuteBusinessCaseCommand extends Command<WriteResult> {
  constructor(
    readonly proposalId: string,
    readonly command: BusinessCaseCommandRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ExecuteBusinessCaseCommand)
export class BusinessCaseCommandHandler implements ICommandHandler<ExecuteBusinessCaseCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({
    proposalId,
    command,
    context,
  }: ExecuteBusinessCaseCommand): Promise<WriteResult> {
    const streamId = streamIds.businessCase(proposalId);
    const full: BusinessCaseCommand =
      command.type === 'SubmitBusinessCase' ? await this.withProposal(command) : command;
    const result = await decideOnStream(this.store, streamId, businessCaseDecider, full, context);
    // The id of a submission is its business case version, which names it in the scrutiny routes.
    const submitted = result.events.find((e) => e.type === 'BusinessCaseSubmitted');
    return toWriteResult(streamId, result, submitted ? String(submitted.data.version) : undefined);
  }

  /** A business case needs an agreed proposal: the rule reads the proposal's stream. */
  private async withProposal(
    command: Omit<SubmitBusinessCase, 'context'>,
  ): Promise<SubmitBusinessCase> {
    const { state } = await this.store.load(streamIds.proposal(command.data.proposalId), proposalDecider);
    return { ...command, context: { proposalStatus: state.status } };
  }
}
