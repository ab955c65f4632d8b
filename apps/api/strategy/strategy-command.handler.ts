import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, type EventStore, handleCommand, type HandleOptions } from '@ledger/platform/event-store';
import { strategyDecider, type StrategyCommand } from '@ledger/strategy';
import { requireProgramme } from '../http/aggregate-lookups';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A plan command on its way from the controller to the plan's stream. */
export class ExecuteStrategyCommand extends Command<WriteResult> {
  constructor(
    readonly planId: string,
    readonly command: StrategyCommand,
    /** The caller's metadata, version and key, with the reason they gave (handleOptions). */
    readonly context: HandleOptions,
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteStrategyCommand)
export class StrategyCommandHandler implements ICommandHandler<ExecuteStrategyCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ planId, command, context, createdId }: ExecuteStrategyCommand): Promise<WriteResult> {
    const streamId = streamIds.plan(planId);
    if (command.type === 'DefinePlan') await requireProgramme(this.store, command.data.programmeId);
    const result = await handleCommand(this.store, streamId, strategyDecider, (state) => strategyDecider.decide(command, state), context);
    return toWriteResult(streamId, result, createdId);
  }
}
