import { Module } from '@nestjs/common';
import { MilestoneCommandHandler } from './milestone-command.handler';
import { MilestonesController } from './milestones.controller';

@Module({ controllers: [MilestonesController], providers: [MilestoneCommandHandler] })
export class MilestonesModule {}
