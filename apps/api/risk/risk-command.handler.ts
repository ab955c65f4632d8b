import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { riskDecider, type RiskCommand } from '@ledger/risk';
import { streamIds } from '@ledger/kernel';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { requireProgramme, requireProposalOf } from '../http/aggregate-lookups';
import type { CommandContext } from '../http/command-context';
import { decideOnStream } from '../http/decide-on-stream';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** A risk command on its way from the controller to the risk's stream. */
export class ExecuteRiskCommand extends Command<WriteResult> {
  constructor(
    readonly riskId: string,
    readonly command: RiskCommand,
    readonly context: CommandContext,
    /** The id of what the command creates, echoed in the response. */
    readonly createdId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteRiskCommand)
export class RiskCommandHandler implements ICommandHandler<ExecuteRiskCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ riskId, command, context, createdId }: ExecuteRiskCommand): Promise<WriteResult> {
    const streamId = streamIds.risk(riskId);
    if (command.type === 'RaiseRisk') {
      await requireProgramme(this.store, command.data.programmeId);
      if (command.data.proposalId) {
        await requireProposalOf(this.store, command.data.programmeId, command.data.proposalId);
      }
    }
    const result = await decideOnStream(this.store, streamId, riskDecider, command, context);
    return toWriteResult(streamId, result, createdId);
  }
}
