import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { fundingDecider, type FundingCommand } from '@ledger/funding';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, type EventStore, handleCommand, type HandleOptions } from '@ledger/platform/event-store';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A funding command on its way to the programme's funding stream. */
export class ExecuteFundingCommand extends Command<WriteResult> {
  constructor(
    readonly programmeId: string,
    readonly command: FundingCommand,
    /** The caller's metadata, version and key, with the reason they gave (handleOptions). */
    readonly context: HandleOptions,
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteFundingCommand)
export class FundingCommandHandler implements ICommandHandler<ExecuteFundingCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ programmeId, command, context, createdId }: ExecuteFundingCommand): Promise<WriteResult> {
    const streamId = streamIds.funding(programmeId);
    await requireProgramme(this.store, programmeId);
    if (command.type === 'RecordFundingLine' && command.data.proposalId) {
      await requireProposalOf(this.store, programmeId, command.data.proposalId);
    }
    const result = await handleCommand(this.store, streamId, fundingDecider, (state) => fundingDecider.decide(command, state), context);
    return toWriteResult(streamId, result, createdId);
  }
}
