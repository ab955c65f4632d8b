import { Module } from '@nestjs/common';
import { PlansController } from './plans.controller';
import { StrategyCommandHandler } from './strategy-command.handler';

@Module({ controllers: [PlansController], providers: [StrategyCommandHandler] })
export class PlansModule {}
