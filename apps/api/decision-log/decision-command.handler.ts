import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decisionLogDecider, type DecisionLogCommand } from '@ledger/decision-log';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type EventStore } from '@ledger/platform/event-store';
import { requireEvidence, requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { handleOptions, type Caller } from '../http/caller';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A decision on its way from the controller to the programme's decision log. */
export class ExecuteDecisionLogCommand extends Command<WriteResult> {
  constructor(
    readonly programmeId: string,
    readonly command: DecisionLogCommand,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteDecisionLogCommand)
export class DecisionCommandHandler implements ICommandHandler<ExecuteDecisionLogCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({
    programmeId,
    command,
    caller,
    reason,
    createdId,
  }: ExecuteDecisionLogCommand): Promise<WriteResult> {
    const streamId = streamIds.decisionLog(programmeId);
    await requireProgramme(this.store, programmeId);
    if (command.data.proposalId) {
      await requireProposalOf(this.store, programmeId, command.data.proposalId);
    }
    if (Array.isArray(command.data.evidence)) await requireEvidence(this.store, command.data.evidence);
    const result = await handleCommand(this.store, streamId, decisionLogDecider, (state) => decisionLogDecider.decide(command, state), handleOptions(caller, reason));
    return toWriteResult(streamId, result, createdId);
  }
}
