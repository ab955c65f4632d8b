import { Module } from '@nestjs/common';
import { BenefitCommandHandler } from './benefit-command.handler';
import { BenefitsController } from './benefits.controller';

@Module({ controllers: [BenefitsController], providers: [BenefitCommandHandler] })
export class BenefitsModule {}
