import { Module } from '@nestjs/common';
import { DecisionCommandHandler } from './decision-command.handler';
import { DecisionsController } from './decisions.controller';

@Module({ controllers: [DecisionsController], providers: [DecisionCommandHandler] })
export class DecisionsModule {}
