import { Module } from '@nestjs/common';
import { ProgrammeCommandHandler } from './programme-command.handler';
import { ProgrammesController } from './programmes.controller';

@Module({ controllers: [ProgrammesController], providers: [ProgrammeCommandHandler] })
export class ProgrammesModule {}
