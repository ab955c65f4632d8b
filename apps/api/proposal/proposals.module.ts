import { Module } from '@nestjs/common';
import { ConditionActionsModule } from '../action/condition-actions.module';
import { ProposalCommandHandler } from './proposal-command.handler';
import { ProposalQueriesController } from './proposal-queries.controller';
import { PROPOSAL_QUERY_HANDLERS } from './proposal.queries';
import { ProposalsController } from './proposals.controller';

@Module({ imports: [ConditionActionsModule], controllers: [ProposalsController, ProposalQueriesController], providers: [ProposalCommandHandler, ...PROPOSAL_QUERY_HANDLERS] })
export class ProposalsModule {}
