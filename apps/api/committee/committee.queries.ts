import { BadRequestException, ConflictException, Inject, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '@ledger/platform/event-store';
import { buildCommitteePack, chainHeadAt, PackError, type CommitteePack, type CommitteePackRequest } from '@ledger/committee';
import { chainHead, verifyChain, type ChainPoint, type ChainVerification } from '@ledger/audit';
import { QUERY_DB } from '@ledger/catalogue';
import { LOG_KEY } from '../audit/log-key.module';
import type { LogKey } from '@ledger/audit';

export class GetChainHeadQuery extends Query<ChainPoint & { at?: string; pending?: boolean }> {
  constructor(readonly at?: Date) {
    super();
  }
}

/** The chain head: now, or as at a moment (the link of the last event recorded up to then). */
@QueryHandler(GetChainHeadQuery)
export class GetChainHeadHandler implements IQueryHandler<GetChainHeadQuery> {
  constructor(
    @Inject(QUERY_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}
  async execute({ at }: GetChainHeadQuery) {
    if (!at) return chainHead((text, params) => this.db.query(text, params));
    const found = await chainHeadAt(this.db, this.store, at);
    if (!found) return { position: 0, hash: '0'.repeat(64), events: 0, at: at.toISOString() };
    if (!found.point) {
      throw new ServiceUnavailableException({
        code: 'CHAIN_NOT_CAUGHT_UP',
        message: `The audit chain has not linked position ${found.key.globalPosition} yet; try again shortly`,
      });
    }
    return { ...found.point, at: at.toISOString() };
  }
}

export class VerifyChainQuery extends Query<ChainVerification> {
  constructor(readonly upTo?: number, readonly expectedHash?: string) {
    super();
  }
}

/** Recomputes the chain from the event store, beside the chain read in one snapshot (a connection of its own). */
@QueryHandler(VerifyChainQuery)
export class VerifyChainHandler implements IQueryHandler<VerifyChainQuery> {
  constructor(
    @Inject(QUERY_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}
  async execute({ upTo, expectedHash }: VerifyChainQuery) {
    if (expectedHash !== undefined && upTo === undefined) {
      throw new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: 'expectedHash needs upTo: the position the hash was recorded at',
        errors: [{ field: 'upTo', messages: ['upTo is required with expectedHash'] }],
      });
    }
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      return await verifyChain((text, params) => runner.query(text, params), { upTo, expectedHash, store: this.store });
    } finally {
      await runner.release();
    }
  }
}

export class BuildCommitteePackQuery extends Query<CommitteePack> {
  constructor(readonly request: CommitteePackRequest) {
    super();
  }
}

@QueryHandler(BuildCommitteePackQuery)
export class BuildCommitteePackHandler implements IQueryHandler<BuildCommitteePackQuery> {
  constructor(
    @Inject(QUERY_DB) private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LOG_KEY) private readonly logKey: LogKey,
  ) {}
  async execute({ request }: BuildCommitteePackQuery) {
    let pack: CommitteePack;
    try {
      pack = await buildCommitteePack(this.db, this.store, request, this.logKey);
    } catch (error) {
      if (!(error instanceof PackError)) throw error;
      const body = { code: error.code, message: error.message };
      if (error.code === 'PROGRAMME_NOT_FOUND' || error.code === 'CHAIN_POSITION_UNKNOWN') throw new NotFoundException(body);
      if (error.code === 'CHAIN_NOT_CAUGHT_UP') throw new ServiceUnavailableException(body);
      throw new BadRequestException(body);
    }
    await this.verifyUpTo(pack.chainHead);
    return pack;
  }

  /**
   * The pack names a chain head as its proof: the history up to it must still hash to it. A
   * log altered behind the application's back (the triggers disabled by a superuser) would
   * otherwise give a pack built on the altered values without a word: it is refused instead.
   */
  private async verifyUpTo(head: ChainPoint): Promise<void> {
    if (head.events === 0) return;
    const runner = this.db.createQueryRunner();
    let result: ChainVerification;
    try {
      await runner.connect();
      result = await verifyChain((text, params) => runner.query(text, params), { upTo: head.position, expectedHash: head.hash, store: this.store });
    } finally {
      await runner.release();
    }
    if (result.ok && result.expectedHead?.matches !== false) return;
    const position = result.firstBreak?.position ?? head.position;
    throw new ConflictException({
      code: 'CHAIN_BROKEN',
      message:
        `The history up to the pack's chain head (position ${head.position}) does not verify: it first breaks at position ${position}` +
        `${result.firstBreak ? ` (${result.firstBreak.message})` : ''}. No pack is built from a history that was changed; see GET /audit/verify.`,
      position,
      kind: result.firstBreak?.kind,
    });
  }
}

export const COMMITTEE_QUERY_HANDLERS = [GetChainHeadHandler, VerifyChainHandler, BuildCommitteePackHandler];
