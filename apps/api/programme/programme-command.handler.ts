import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { programmeDecider, type ProgrammeCommand } from '@ledger/programme';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, handleCommand, type EventStore } from '@ledger/platform/event-store';
import { handleOptions, type Caller } from '../http/caller';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A programme command on its way from the controller to the programme's stream. */
export class ExecuteProgrammeCommand extends Command<WriteResult> {
  constructor(
    readonly programmeId: string,
    readonly command: ProgrammeCommand,
    readonly caller: Caller,
    /** Why, in the caller's words: recorded with the events. */
    readonly reason: string | undefined,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteProgrammeCommand)
export class ProgrammeCommandHandler implements ICommandHandler<ExecuteProgrammeCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ programmeId, command, caller, reason, createdId }: ExecuteProgrammeCommand): Promise<WriteResult> {
    const streamId = streamIds.programme(programmeId);
    const result = await handleCommand(this.store, streamId, programmeDecider, (state) => programmeDecider.decide(command, state), handleOptions(caller, reason));
    return toWriteResult(streamId, result, createdId);
  }
}
