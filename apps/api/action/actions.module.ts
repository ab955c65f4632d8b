import { Module } from '@nestjs/common';
import { ActionCommandHandler } from './action-command.handler';
import { ListActionsHandler, MyActionsHandler } from './action.queries';
import { ActionsController } from './actions.controller';

@Module({ controllers: [ActionsController], providers: [ActionCommandHandler, ListActionsHandler, MyActionsHandler] })
export class ActionsModule {}
