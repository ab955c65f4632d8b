import { Module } from '@nestjs/common';
import { RiskCommandHandler } from './risk-command.handler';
import { RisksController } from './risks.controller';

@Module({ controllers: [RisksController], providers: [RiskCommandHandler] })
export class RisksModule {}
