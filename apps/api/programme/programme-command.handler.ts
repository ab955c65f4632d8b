import { CommandHandler } from '@nestjs/cqrs';
import { programmeDecider, type ProgrammeCommand } from '@ledger/programme';
import { streamIds } from '@ledger/kernel';
import { AggregateCommand, AggregateCommandHandler } from '../http/aggregate-command';

/** A programme command on its way from the controller to the programme's stream. */
export class ExecuteProgrammeCommand extends AggregateCommand<ProgrammeCommand> {}

@CommandHandler(ExecuteProgrammeCommand)
export class ProgrammeCommandHandler extends AggregateCommandHandler<typeof programmeDecider> {
  protected readonly decider = programmeDecider;
  protected streamId = streamIds.programme;
}
