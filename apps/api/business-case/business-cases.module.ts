import { Module } from '@nestjs/common';
import { BusinessCaseCommandHandler } from './business-case-command.handler';
import { BusinessCasesController } from './business-cases.controller';

@Module({ controllers: [BusinessCasesController], providers: [BusinessCaseCommandHandler] })
export class BusinessCasesModule {}
