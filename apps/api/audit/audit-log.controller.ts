import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createPublicKey } from 'node:crypto';
import type { LogKey } from '@ledger/audit';
import { Public, Roles } from '../auth/access.decorators';
import { ConsistencyQueryDto, InclusionQueryDto, TreeHeadQueryDto } from './audit-log.dto';
import { GetConsistencyProofQuery, GetInclusionProofQuery, GetTreeHeadQuery } from './audit-log.queries';
import { LOG_KEY } from './log-key.module';

const OVERSIGHT = ['oversight-committee', 'programme-office'] as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const NOT_FOUND = 'LOG_EMPTY: no events yet; TREE_SIZE_NOT_REACHED: the tree is smaller than the size asked for; EVENT_NOT_IN_LOG: no event at that position.';

/** The log's public key: public, so anyone can check a signed head without an account. */
@ApiTags('audit')
@Controller('.well-known')
export class LogKeyController {
  constructor(@Inject(LOG_KEY) private readonly key: LogKey) {}

  @Get('ledger-log-key')
  @Public()
  @ApiOperation({ summary: "The Ed25519 public key that signs the Merkle log's tree heads, and its SHA-256 fingerprint" })
  @ApiOkResponse({ schema: ref('LogKey') })
  logKey() {
    return {
      algorithm: 'Ed25519',
      publicKey: this.key.publicKey,
      publicKeyPem: createPublicKey(this.key.privateKey).export({ format: 'pem', type: 'spki' }).toString(),
      fingerprint: this.key.fingerprint,
    };
  }
}

/** The Merkle log (RFC 9162): signed tree heads, inclusion and consistency proofs. */
@ApiTags('audit')
@Roles(...OVERSIGHT)
@Controller('audit/log')
export class AuditLogController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('head')
  @ApiOperation({ summary: 'A signed tree head: the RFC 9162 root of the first `size` events (default all), signed with the log key' })
  @ApiOkResponse({ schema: ref('SignedTreeHead') })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  head(@Query() q: TreeHeadQueryDto) {
    return this.queryBus.execute(new GetTreeHeadQuery(q.size));
  }

  @Get('inclusion')
  @ApiOperation({ summary: 'The inclusion proof of the event at `position` in the tree of `size` events (default all), with that signed head' })
  @ApiOkResponse({ schema: ref('InclusionProof') })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a bad number, or (`field` size) a tree too small to hold the event.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  inclusion(@Query() q: InclusionQueryDto) {
    return this.queryBus.execute(new GetInclusionProofQuery(q.position, q.size));
  }

  @Get('consistency')
  @ApiOperation({ summary: 'The consistency proof that the tree of `to` events (default all) extends the tree of `from`, with the signed head at `to`' })
  @ApiOkResponse({ schema: ref('ConsistencyProof') })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: a bad number, or (`field` from) from above to.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  consistency(@Query() q: ConsistencyQueryDto) {
    return this.queryBus.execute(new GetConsistencyProofQuery(q.from, q.to));
  }
}
