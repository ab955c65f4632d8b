import { Module } from '@nestjs/common';
import { FundingCommandHandler } from './funding-command.handler';
import { FundingController } from './funding.controller';

@Module({ controllers: [FundingController], providers: [FundingCommandHandler] })
export class FundingModule {}
