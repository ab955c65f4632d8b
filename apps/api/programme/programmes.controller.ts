import { Body, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '../auth/access.decorators';
import { randomUUID } from 'node:crypto';
import { Caller, handleOptions } from '../http/caller';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteProgrammeCommand } from './programme-command.handler';
import { AppointProgrammeDirectorRequestDto, DefineStrategicOutcomeRequestDto, DefineStrategicPriorityRequestDto, EstablishProgrammeRequestDto } from './programme.request.dto';
import { CommandController, CommandRoute } from '../http/routes';

@Roles('programme-office')
@CommandController('programmes', 'stream version', 'programmes')
export class ProgrammesController {
  constructor(private readonly commandBus: CommandBus) {}

  @CommandRoute('', { summary: 'Establish a programme (ProgrammeEstablished)', location: '/programmes/{id}' })
  establish(@Body() body: EstablishProgrammeRequestDto, @Caller() caller: Caller) {
    const programmeId = body.programmeId ?? randomUUID();
    const { name, mission, description, source } = body;
    return this.commandBus.execute(
      new ExecuteProgrammeCommand(
        programmeId,
        { type: 'EstablishProgramme', data: { programmeId, name, mission, description, source: { document: source.document, paragraph: source.paragraph ?? null } } },
        handleOptions(caller, body.reason),
        programmeId,
      ),
    );
  }

  @CommandRoute(':programmeId/strategic-priorities', { summary: 'Define a strategic priority (StrategicPriorityDefined)' })
  definePriority(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: DefineStrategicPriorityRequestDto,
    @Caller() caller: Caller,
  ) {
    const priorityId = body.priorityId ?? randomUUID();
    return this.commandBus.execute(
      new ExecuteProgrammeCommand(
        programmeId,
        { type: 'DefineStrategicPriority', data: { priorityId, title: body.title, description: body.description } },
        handleOptions(caller, body.reason),
        priorityId,
      ),
    );
  }

  @CommandRoute(':programmeId/strategic-outcomes', { summary: 'Define a strategic outcome (StrategicOutcomeDefined)' })
  defineOutcome(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: DefineStrategicOutcomeRequestDto,
    @Caller() caller: Caller,
  ) {
    const outcomeId = body.outcomeId ?? randomUUID();
    return this.commandBus.execute(
      new ExecuteProgrammeCommand(
        programmeId,
        { type: 'DefineStrategicOutcome', data: { outcomeId, title: body.title, description: body.description } },
        handleOptions(caller, body.reason),
        outcomeId,
      ),
    );
  }

  @CommandRoute(':programmeId/director-appointments', { summary: 'Appoint the programme director (ProgrammeDirectorAppointed)' })
  @HttpCode(201)
  appointDirector(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: AppointProgrammeDirectorRequestDto,
    @Caller() caller: Caller,
  ) {
    const { personId, name, effectiveDate } = body;
    return this.commandBus.execute(
      new ExecuteProgrammeCommand(programmeId, { type: 'AppointProgrammeDirector', data: { personId, name, effectiveDate } }, handleOptions(caller, body.reason)),
    );
  }
}
