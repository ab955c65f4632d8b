import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { FUNDING_LINE_KINDS, FUNDING_SOURCES, type FundingLineKind, type FundingSource } from '@ledger/funding';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsFinancialYear, IsLedgerId, IsPence } from '../http/validators';

export class RecordFundingLineRequestDto extends CommandRequestDto {
  @ApiProperty({ example: 'precept-2006-07' })
  @IsLedgerId()
  lineId: string;

  @ApiProperty({ example: '2006/07' })
  @IsFinancialYear()
  year: string;

  @ApiProperty({ enum: FUNDING_LINE_KINDS, description: 'A resource funds the plan; a requirement is what it must meet; savings are shown beside the gap.', example: 'resource' })
  @IsIn(FUNDING_LINE_KINDS)
  kind: FundingLineKind;

  @ApiPropertyOptional({ enum: FUNDING_SOURCES, nullable: true, description: 'Resources only: where the money comes from.', example: 'precept' })
  @IsOptional()
  @IsIn(FUNDING_SOURCES)
  source?: FundingSource | null;

  @ApiProperty({ example: 'Precept @ 5.5%' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  label: string;

  @ApiProperty({ description: 'Whole pence, never negative.', example: 3_100_000_000 })
  @IsPence()
  amountPence: number;

  @ApiPropertyOptional({ description: 'The proposal whose investment it funds; omit for the programme as a whole.', nullable: true })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string | null;
}

export class ReviseFundingLineRequestDto {
  @ApiProperty({ description: 'Whole pence, never negative.', example: 3_200_000_000 })
  @IsPence()
  amountPence: number;

  @ApiProperty({ description: 'Why the amount changes; the old one is kept.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}
