import { BadRequestException, Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { leafIndexOf, merkleConsistencyProof, merkleInclusionProof, merkleTreeSize, recordSignedHead, type ConsistencyProof, type InclusionProof, type LogKey, type SignedTreeHead, type Sql } from '@ledger/audit';
import { READ_DB } from '@ledger/catalogue';
import { LOG_KEY } from './log-key.module';
import { merkleSql } from './merkle-sql';

const badField = (field: string, message: string) =>
  new BadRequestException({ code: 'VALIDATION_FAILED', message, errors: [{ field, messages: [message] }] });

/** The tree size asked for, or the latest; refused beyond what the tree holds. */
async function sizeOf(sql: Sql, size: number | undefined): Promise<number> {
  const latest = await merkleTreeSize(sql);
  if (latest === 0) throw new NotFoundException({ code: 'LOG_EMPTY', message: 'The log holds no events yet: there is no tree head to sign' });
  if (size === undefined) return latest;
  if (size > latest) {
    throw new NotFoundException({
      code: 'TREE_SIZE_NOT_REACHED',
      message: `The Merkle tree holds ${latest} events; a head at size ${size} does not exist (yet)`,
    });
  }
  return size;
}

/** What every log query reads: the Merkle tree in the read database, and the key that signs its heads. */
abstract class MerkleLogReader {
  constructor(
    @Inject(READ_DB) private readonly db: DataSource,
    @Inject(LOG_KEY) private readonly key: LogKey,
  ) {}

  protected sql(): Sql {
    return merkleSql(this.db);
  }

  protected signedHead(sql: Sql, size: number): Promise<SignedTreeHead> {
    return recordSignedHead(sql, this.key, size);
  }

  /** A proof in the tree of `size` events (or the latest), answered with the signed head at that size. */
  protected async proved<P>(size: number | undefined, prove: (sql: Sql, treeSize: number) => Promise<P>): Promise<P & { head: SignedTreeHead }> {
    const sql = this.sql();
    const treeSize = await sizeOf(sql, size);
    const proof = await prove(sql, treeSize);
    return { ...proof, head: await this.signedHead(sql, treeSize) };
  }
}

export class GetTreeHeadQuery extends Query<SignedTreeHead> {
  constructor(readonly size?: number) {
    super();
  }
}

@QueryHandler(GetTreeHeadQuery)
export class GetTreeHeadHandler extends MerkleLogReader implements IQueryHandler<GetTreeHeadQuery> {
  async execute({ size }: GetTreeHeadQuery) {
    const sql = this.sql();
    return this.signedHead(sql, await sizeOf(sql, size));
  }
}

export class GetInclusionProofQuery extends Query<InclusionProof & { head: SignedTreeHead }> {
  constructor(readonly position: number, readonly size?: number) {
    super();
  }
}

@QueryHandler(GetInclusionProofQuery)
export class GetInclusionProofHandler extends MerkleLogReader implements IQueryHandler<GetInclusionProofQuery> {
  execute({ position, size }: GetInclusionProofQuery) {
    return this.proved(size, async (sql, treeSize) => {
      const leafIndex = await leafIndexOf(sql, position);
      if (leafIndex === null) {
        throw new NotFoundException({ code: 'EVENT_NOT_IN_LOG', message: `The Merkle tree has no event at position ${position}` });
      }
      if (leafIndex >= treeSize) {
        throw badField('size', `The event at position ${position} is leaf ${leafIndex}: the tree of ${treeSize} events does not hold it; ask for a size above ${leafIndex}`);
      }
      return merkleInclusionProof(sql, leafIndex, treeSize, position);
    });
  }
}

export class GetConsistencyProofQuery extends Query<ConsistencyProof & { head: SignedTreeHead }> {
  constructor(readonly from: number, readonly to?: number) {
    super();
  }
}

@QueryHandler(GetConsistencyProofQuery)
export class GetConsistencyProofHandler extends MerkleLogReader implements IQueryHandler<GetConsistencyProofQuery> {
  execute({ from, to }: GetConsistencyProofQuery) {
    return this.proved(to, (sql, toSize) => {
      if (from > toSize) throw badField('from', `from (${from}) must not be above to (${toSize}): a consistency proof runs from an earlier head to a later one`);
      return merkleConsistencyProof(sql, from, toSize);
    });
  }
}

export const AUDIT_LOG_QUERY_HANDLERS = [GetTreeHeadHandler, GetInclusionProofHandler, GetConsistencyProofHandler];
