import { Module } from '@nestjs/common';
import { AuditChainController, CommitteePackController } from './committee.controller';
import { COMMITTEE_QUERY_HANDLERS } from './committee.queries';
import { PACK_QUEUE, RenderQueue } from './render-queue';

/** Packs built at once (one per core of a small machine), and how many may wait for a turn. */
const PACKS_AT_ONCE = 2;
const PACKS_WAITING = 8;

/** The oversight committee's reads: the audit chain (head, verification) and the committee pack. */
@Module({
  controllers: [AuditChainController, CommitteePackController],
  providers: [...COMMITTEE_QUERY_HANDLERS, { provide: PACK_QUEUE, useFactory: () => new RenderQueue(PACKS_AT_ONCE, PACKS_WAITING) }],
})
export class CommitteeModule {}
