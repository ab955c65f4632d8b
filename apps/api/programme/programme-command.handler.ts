import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { programmeDecider, type ProgrammeCommand } from '@ledger/programme';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import type { CommandContext } from '../http/command-context';
import { decideOnStream } from '../http/decide-on-stream';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A programme command on its way from the controller to the programme's stream. */
export class ExecuteProgrammeCommand extends Command<WriteResult> {
  constructor(
    readonly programmeId: string,
    readonly command: ProgrammeCommand,
    readonly context: CommandContext,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteProgrammeCommand)
export class ProgrammeCommandHandler implements ICommandHandler<ExecuteProgrammeCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ programmeId, command, context, createdId }: ExecuteProgrammeCommand): Promise<WriteResult> {
    const streamId = streamIds.programme(programmeId);
    const result = await decideOnStream(this.store, streamId, programmeDecider, command, context);
    return toWriteResult(streamId, result, createdId);
  }
}
