import { Module } from '@nestjs/common';
import { ListAuditHandler } from '../audit/audit.queries';
import { PROGRAMME_QUERY_HANDLERS } from '../programme/programme.queries';
import { PROPOSAL_QUERY_HANDLERS } from '../proposal/proposal.queries';
import { QueriesController } from './queries.controller';

@Module({ controllers: [QueriesController], providers: [...PROGRAMME_QUERY_HANDLERS, ...PROPOSAL_QUERY_HANDLERS, ListAuditHandler] })
export class QueriesModule {}
