import { Module } from '@nestjs/common';
import { ProposalCommandHandler } from './proposal-command.handler';
import { ProposalsController } from './proposals.controller';

@Module({ controllers: [ProposalsController], providers: [ProposalCommandHandler] })
export class ProposalsModule {}
