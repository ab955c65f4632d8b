import { CommandHandler } from '@nestjs/cqrs';
import { programmeDecider, type ProgrammeCommand } from '@ledger/programme';
import { streamIds } from '@ledger/kernel';
import { AggregateCommand, handlerOf } from '../http/aggregate-command';

/** A programme command on its way from the controller to the programme's stream. */
export class ExecuteProgrammeCommand extends AggregateCommand<ProgrammeCommand> {}

@CommandHandler(ExecuteProgrammeCommand)
export class ProgrammeCommandHandler extends handlerOf(programmeDecider, streamIds.programme) {}
