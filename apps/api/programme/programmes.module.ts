import { Module } from '@nestjs/common';
import { ProgrammeCommandHandler } from './programme-command.handler';
import { ProgrammeQueriesController } from './programme-queries.controller';
import { PROGRAMME_QUERY_HANDLERS } from './programme.queries';
import { ProgrammesController } from './programmes.controller';

@Module({ controllers: [ProgrammesController, ProgrammeQueriesController], providers: [ProgrammeCommandHandler, ...PROGRAMME_QUERY_HANDLERS] })
export class ProgrammesModule {}
