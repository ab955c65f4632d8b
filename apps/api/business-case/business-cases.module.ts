import { Module } from '@nestjs/common';
import { ConditionActionsModule } from '../action/condition-actions.module';
import { BusinessCaseCommandHandler } from './business-case-command.handler';
import { BusinessCasesController } from './business-cases.controller';

@Module({ imports: [ConditionActionsModule], controllers: [BusinessCasesController], providers: [BusinessCaseCommandHandler] })
export class BusinessCasesModule {}
