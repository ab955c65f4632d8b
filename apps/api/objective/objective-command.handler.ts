import { ForbiddenException, Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { streamIds } from '@ledger/kernel';
import { objectiveDecider, type ObjectiveCommand, type ObjectiveState } from '@ledger/objective';
import { EVENT_STORE, type EventStore, handleCommand, type HandleOptions } from '@ledger/platform/event-store';
import { planFacts, strategyDecider } from '@ledger/strategy';
import { toWriteResult, type WriteResult } from '../http/write-result';

/** Who sends an actual: the office, or a lead who must be the objective's accountable member. */
export type Reporter = { role: string; personId: string | null };

/** An objective command on its way from the controller to the objective's stream. */
export class ExecuteObjectiveCommand extends Command<WriteResult> {
  constructor(
    readonly objectiveId: string,
    readonly command: ObjectiveCommand,
    /** The caller's metadata, version and key, with the reason they gave (handleOptions). */
    readonly context: HandleOptions,
    readonly createdId?: string,
    readonly reporter?: Reporter,
  ) {
    super();
  }
}

@CommandHandler(ExecuteObjectiveCommand)
export class ObjectiveCommandHandler implements ICommandHandler<ExecuteObjectiveCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ objectiveId, command, context, createdId, reporter }: ExecuteObjectiveCommand): Promise<WriteResult> {
    const streamId = streamIds.objective(objectiveId);
    let decided = command;
    if (command.type === 'DefineObjective') {
      // The plan's years and priorities are the command's explicit dependency.
      const { state } = await this.store.load(streamIds.plan(command.data.planId), strategyDecider);
      decided = { ...command, data: { ...command.data, plan: planFacts(state) } };
    }
    // Checked on the same folded state the decision uses, so a reassignment cannot slip between.
    const accountableOnly = (state: ObjectiveState) => {
      if (reporter?.role !== 'lead' || state.accountable === null) return;
      if (reporter.personId !== state.accountable.personId) {
        throw new ForbiddenException({
          code: 'NOT_ACCOUNTABLE',
          message: `Only ${state.accountable.name}, accountable for objective ${objectiveId}, or the programme office may report its figures.`,
        });
      }
    };
    const result = await handleCommand(
      this.store,
      streamId,
      objectiveDecider,
      (state) => {
        accountableOnly(state);
        return objectiveDecider.decide(decided, state);
      },
      context,
    );
    return toWriteResult(streamId, result, createdId);
  }
}
