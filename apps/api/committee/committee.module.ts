import { Module } from '@nestjs/common';
import { AuditChainController, CommitteePackController } from './committee.controller';
import { COMMITTEE_QUERY_HANDLERS } from './committee.queries';

/** The oversight committee's reads: the audit chain (head, verification) and the committee pack. */
@Module({ controllers: [AuditChainController, CommitteePackController], providers: [...COMMITTEE_QUERY_HANDLERS] })
export class CommitteeModule {}
