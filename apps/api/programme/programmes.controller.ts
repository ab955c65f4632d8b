import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { randomUUID } from 'node:crypto';
import { Caller } from '../http/caller';
import { WriteResult } from '../http/write-result';
import { IdParam } from '../http/id-param.pipe';
import { ExecuteProgrammeCommand } from './programme-command.handler';
import {
  AppointProgrammeDirectorRequestDto,
  DefineStrategicOutcomeRequestDto,
  DefineStrategicPriorityRequestDto,
  EstablishProgrammeRequestDto,
} from './programme.request.dto';

@ApiTags('programmes')
@ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (stream version) you last saw; a stale one gets 412.' })
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key records the command once.' })
@Roles('programme-office')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Establish a programme (ProgrammeEstablished)' })
  @ApiCreatedResponse({ type: WriteResult })
  establish(@Body() body: EstablishProgrammeRequestDto, @Caller() caller: Caller) {
    const programmeId = body.programmeId ?? randomUUID();
    const { name, mission, description, source } = body;
    return this.commandBus.execute(
      new ExecuteProgrammeCommand(
        programmeId,
        { type: 'EstablishProgramme', data: { programmeId, name, mission, description, source: { document: source.document, paragraph: source.paragraph ?? null } } },
        caller, body.reason,
        programmeId,
      ),
    );
  }

  @Post(':programmeId/strategic-priorities')
  @ApiOperation({ summary: 'Define a strategic priority (StrategicPriorityDefined)' })
  @ApiCreatedResponse({ type: WriteResult })
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
        caller, body.reason,
        priorityId,
      ),
    );
  }

  @Post(':programmeId/strategic-outcomes')
  @ApiOperation({ summary: 'Define a strategic outcome (StrategicOutcomeDefined)' })
  @ApiCreatedResponse({ type: WriteResult })
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
        caller, body.reason,
        outcomeId,
      ),
    );
  }

  @Post(':programmeId/director-appointments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Appoint the programme director (ProgrammeDirectorAppointed)' })
  @ApiCreatedResponse({ type: WriteResult })
  appointDirector(
    @Param('programmeId', IdParam) programmeId: string,
    @Body() body: AppointProgrammeDirectorRequestDto,
    @Caller() caller: Caller,
  ) {
    const { personId, name, effectiveDate } = body;
    return this.commandBus.execute(
      new ExecuteProgrammeCommand(programmeId, { type: 'AppointProgrammeDirector', data: { personId, name, effectiveDate } }, caller, body.reason),
    );
  }
}
