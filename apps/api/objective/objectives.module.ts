import { Module } from '@nestjs/common';
import { ObjectiveCommandHandler } from './objective-command.handler';
import { ObjectivesController } from './objectives.controller';

@Module({ controllers: [ObjectivesController], providers: [ObjectiveCommandHandler] })
export class ObjectivesModule {}
