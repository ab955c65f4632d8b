import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { businessCaseDecider, type BusinessCaseCommand, type SubmitBusinessCase } from '@ledger/business-case';
import { proposalDecider } from '@ledger/proposal';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type EventStore } from '@ledger/platform/event-store';
import { ledBy } from '../http/aggregate-lookups';
import { handleOptions, type Caller } from '../http/caller';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A business case command as the controller builds it: the handler adds SubmitBusinessCase's context. */
export type BusinessCaseCommandRequest =
  Exclude<BusinessCaseCommand, SubmitBusinessCase> | Omit<SubmitBusinessCase, 'context'>;

/** A business case command on its way from the controller to the `business-case-<proposalId>` stream. */
export class ExecuteBusinessCaseCommand extends Command<WriteResult> {
  constructor(
    readonly proposalId: string,
    readonly command: BusinessCaseCommandRequest,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
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
    caller,
    reason,
  }: ExecuteBusinessCaseCommand): Promise<WriteResult> {
    const streamId = streamIds.businessCase(proposalId);
    const full: BusinessCaseCommand =
      command.type === 'SubmitBusinessCase' ? await this.withProposal(command) : command;
    // Submitting is the lead's (the lead rule); scrutiny is the programme office's alone.
    const dependsOn = command.type === 'SubmitBusinessCase' ? ledBy(caller, proposalId) : [];
    const result = await handleCommand(this.store, streamId, businessCaseDecider, (state) => businessCaseDecider.decide(full, state), handleOptions(caller, reason, dependsOn));
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
