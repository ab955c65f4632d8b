import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PACK_TABLE_NAMES } from '@ledger/committee';
import { ReadQueryDto } from '../http/query-params.dto';
import { EnumField, IntegerField } from '../http/fields';

export const PACK_FORMATS = ['json', 'pdf', 'csv', 'xlsx'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export class CommitteePackQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'The meeting: a date (the end of that day, UTC) or an ISO 8601 moment', example: '2006-03-23' })
  @IsISO8601({ strict: true })
  meeting: string;

  @ApiPropertyOptional({ description: 'The previous meeting, same form: the pack lists what changed since then', example: '2006-02-23' })
  @IsOptional()
  @IsISO8601({ strict: true })
  previous?: string;

  @EnumField(PACK_FORMATS as unknown as string[], { default: 'json', optional: true })
  format?: PackFormat;

  @IntegerField({
    min: 1,
    max: 25,
    query: true,
    description: 'Open risks scoring at least this are listed',
    default: 15,
    optional: true,
  })
  riskThreshold?: number;

  @IntegerField({
    min: 0,
    query: true,
    description: 'Build from the log up to this audit-chain position (the head an earlier pack names); default: the head as at the meeting',
    example: 1042,
    optional: true,
  })
  head?: number;

  @ApiPropertyOptional({
    enum: ['recorded', 'business'],
    default: 'recorded',
    description:
      'recorded: the programme as the ledger held it at the meeting. business: as the record (up to the chain head, default now) tells it on the meeting day, ' +
      'by the dates the events speak of — for history recorded after the fact, such as the demo; meeting and previous must then be days (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsIn(['recorded', 'business'])
  basis?: 'recorded' | 'business';

  @EnumField(PACK_TABLE_NAMES as unknown as string[], {
    description: 'With format=csv: one table alone',
    optional: true,
  })
  table?: string;
}

export class VerifyQueryDto extends ReadQueryDto {
  @IntegerField({
    min: 1,
    query: true,
    description: 'Verify the chain up to the event at this global position',
    example: 1042,
    optional: true,
  })
  upTo?: number;

  @ApiPropertyOptional({ description: 'The chain hash recorded earlier at upTo (e.g. printed in a committee pack)' })
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'expectedHash must be a SHA-256 hash in hex (64 characters)' })
  expectedHash?: string;
}

export class ChainHeadQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'The head as at this moment (a bare date is the end of that day, UTC); default now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
