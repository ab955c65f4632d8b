import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { riskDecider, type RiskCommand } from '@ledger/risk';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type EventStore } from '@ledger/platform/event-store';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { handleOptions, type Caller } from '../http/caller';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A risk command on its way from the controller to the risk's stream. */
export class ExecuteRiskCommand extends Command<WriteResult> {
  constructor(
    readonly riskId: string,
    readonly command: RiskCommand,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteRiskCommand)
export class RiskCommandHandler implements ICommandHandler<ExecuteRiskCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({
    riskId,
    command,
    caller,
    reason,
    createdId,
  }: ExecuteRiskCommand): Promise<WriteResult> {
    const streamId = streamIds.risk(riskId);
    if (command.type === 'RaiseRisk') {
      await requireProgramme(this.store, command.data.programmeId);
      if (command.data.proposalId) {
        await requireProposalOf(this.store, command.data.programmeId, command.data.proposalId);
      }
    }
    const result = await handleCommand(
      this.store,
      streamId,
      riskDecider,
      (state) => riskDecider.decide(command, state),
      handleOptions(caller, reason),
    );
    return toWriteResult(streamId, result, createdId);
  }
}
