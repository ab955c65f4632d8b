import { Module } from '@nestjs/common';
import { ConditionActionsModule } from '../action/condition-actions.module';
import { DecisionCommandHandler } from './decision-command.handler';
import { DecisionsController } from './decisions.controller';

@Module({ imports: [ConditionActionsModule], controllers: [DecisionsController], providers: [DecisionCommandHandler] })
export class DecisionsModule {}
