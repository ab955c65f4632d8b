import { Controller, Get, Inject, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { responseSchema } from '../http/response-schemas';
import type { Response } from 'express';
import { packCsv, packJson, packPdf, packXlsx, type CommitteePack } from '@ledger/committee';
import { Roles } from '../auth/access.decorators';
import { IdParam } from '../http/id-param.pipe';
import { momentOf } from '../http/query-params.dto';
import { ChainHeadQueryDto, CommitteePackQueryDto, VerifyQueryDto, type PackFormat } from './committee.dto';
import { BuildCommitteePackQuery, GetChainHeadQuery, VerifyChainQuery } from './committee.queries';
import { PACK_QUEUE, RenderQueue } from './render-queue';
import { ReadRoute } from '../http/routes';

/** Who reads the pack and checks the history: the oversight committee and the programme office. */
const OVERSIGHT = ['oversight-committee', 'programme-office'] as const;

const CONTENT_TYPES: Record<PackFormat, string> = {
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The tamper-evident audit chain: its head, and verification of the log against it. */
@ApiTags('audit')
@Roles(...OVERSIGHT)
@Controller('audit')
export class AuditChainController {
  constructor(private readonly queryBus: QueryBus) {}

  @ReadRoute('chain-head', {
    summary: 'The audit chain head: position and SHA-256 hash of the last linked event, and how many events the chain covers',
    schema: responseSchema('ChainHead'),
  })
  head(@Query() q: ChainHeadQueryDto) {
    return this.queryBus.execute(new GetChainHeadQuery(q.at ? momentOf(q.at) : undefined));
  }

  @ReadRoute('verify', {
    summary: 'Recompute the chain from the events table: ok, or the first position where it breaks (altered, removed, inserted, moved); ' + 'with upTo and expectedHash (a head recorded earlier), proves nothing up to it changed',
    schema: responseSchema('ChainVerification'),
  })
  verify(@Query() q: VerifyQueryDto) {
    return this.queryBus.execute(new VerifyChainQuery(q.upTo, q.expectedHash));
  }
}

/** The committee pack for a meeting, reproducible from its date and chain head. */
@ApiTags('committee')
@Roles(...OVERSIGHT)
@Controller('programmes')
export class CommitteePackController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(PACK_QUEUE) private readonly queue: RenderQueue,
  ) {}

  @Get(':programmeId/committee-pack')
  @ApiOperation({
    summary:
      'The committee pack: the programme as at the meeting, changes since the previous one (who, why), business cases awaiting scrutiny, ' +
      'benefits variance, risks above the threshold, milestones slipped, decisions taken; names the chain head it was built from',
  })
  @ApiProduces(...Object.values(CONTENT_TYPES))
  @ApiOkResponse({
    description: 'The pack in the format asked for: JSON (below), PDF, CSV (one table) or XLSX.',
    content: {
      'application/json': { schema: responseSchema('CommitteePack') },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'text/csv': { schema: { type: 'string' } },
      [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiConflictResponse({ description: 'CHAIN_BROKEN: the history up to the head does not verify (`position`: where it first breaks); no pack is built.' })
  @ApiTooManyRequestsResponse({ description: 'PACK_QUEUE_FULL: too many packs are being built; Retry-After says when to try again.' })
  async pack(@Param('programmeId', IdParam) programmeId: string, @Query() q: CommitteePackQueryDto, @Res({ passthrough: true }) res: Response) {
    const format = q.format ?? 'json';
    // Building (a fold of the history, its verification) and rendering wait in one bounded queue.
    const { pack, body } = await this.queue.run(async () => {
      const pack: CommitteePack = await this.queryBus.execute(
        new BuildCommitteePackQuery({ programmeId, meeting: q.meeting, previous: q.previous, riskThreshold: q.riskThreshold, head: q.head, basis: q.basis }),
      );
      const body =
        format === 'pdf'
          ? await packPdf(pack)
          : format === 'xlsx'
            ? await packXlsx(pack)
            : Buffer.from(format === 'csv' ? packCsv(pack, q.table) : packJson(pack), 'utf8');
      return { pack, body };
    });
    const file = `committee-pack-${pack.programme.programmeId}-${pack.meeting.date}-head-${pack.chainHead.position}${q.table ? `-${q.table}` : ''}.${format}`;
    // A download is the committee's confidential paper: no cache keeps a copy.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Chain-Head-Position', String(pack.chainHead.position));
    res.setHeader('X-Chain-Head-Hash', pack.chainHead.hash);
    res.setHeader('X-Pack-Digest', pack.digest);
    res.setHeader('ETag', `"${pack.digest}-${format}${q.table ? `-${q.table}` : ''}"`);
    return new StreamableFile(body, {
      type: CONTENT_TYPES[format],
      disposition: `${format === 'json' ? 'inline' : 'attachment'}; filename="${file}"`,
    });
  }
}
