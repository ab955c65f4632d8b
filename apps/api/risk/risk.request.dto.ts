import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { RISK_CATEGORIES, RISK_KINDS, RISK_RESPONSES, type RiskCategory, type RiskKind, type RiskResponse } from '@ledger/risk';
import { applyDecorators } from '@nestjs/common';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';

/** A likelihood or impact rating: a whole number on a 1–5 scale (the domain computes the scores). */
function Rating(description: string, example: number) {
  return applyDecorators(
    ApiProperty({ description, minimum: 1, maximum: 5, example }),
    IsInt(),
    Min(1),
    Max(5),
  );
}

const LIKELIHOOD = 'Inherent likelihood, 1 (rare) to 5 (almost certain).';
const IMPACT = 'Inherent impact, 1 (minimal) to 5 (severe).';
const RESIDUAL_LIKELIHOOD = 'Likelihood once the response works, 1–5.';
const RESIDUAL_IMPACT = 'Impact once the response works, 1–5.';

export class RaiseRiskRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({
    description: 'Chosen by the caller, or generated.',
    example: 'sn-pcso-recruitment',
  })
  @IsOptional()
  @IsLedgerId()
  riskId?: string;

  @ApiPropertyOptional({
    description: 'The proposal the risk belongs to; omit for a programme risk.',
    example: 'safer-neighbourhoods',
    nullable: true,
  })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string | null;

  @ApiProperty({ enum: RISK_KINDS, example: 'threat' })
  @IsIn(RISK_KINDS)
  kind: RiskKind;

  @ApiProperty({
    enum: RISK_CATEGORIES,
    description: 'The register also holds issues, assumptions and dependencies.',
    example: 'risk',
  })
  @IsIn(RISK_CATEGORIES)
  category: RiskCategory;

  @ApiProperty({ example: 'PCSO recruitment falls short of the Safer Neighbourhoods rollout' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: 'High turnover and competition from other forces for PCSO candidates' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  cause: string;

  @ApiProperty({ example: 'Teams in outer boroughs are not at full strength by the target date' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  event: string;

  @ApiProperty({ example: 'Wards without a full team; public confidence benefits delayed' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  effect: string;

  @ApiProperty({ example: 'Assistant Commissioner, Territorial Policing' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  ownerName: string;

  @Rating(LIKELIHOOD, 4)
  likelihood: number;

  @Rating(IMPACT, 4)
  impact: number;

  @Rating(RESIDUAL_LIKELIHOOD, 2)
  residualLikelihood: number;

  @Rating(RESIDUAL_IMPACT, 3)
  residualImpact: number;

  @ApiProperty({
    description: 'When the risk could materialise.',
    example: 'Before the 2006/07 rollout completes',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  proximity: string;

  @ApiProperty({
    enum: RISK_RESPONSES,
    description:
      'avoid/reduce/transfer/accept for a threat; exploit/share/enhance/accept for an opportunity.',
    example: 'reduce',
  })
  @IsIn(RISK_RESPONSES)
  response: RiskResponse;

  @ApiPropertyOptional({
    type: [String],
    example: [
      'Rolling recruitment campaign with the GLA',
      'Monthly strength report to Management Board',
    ],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  actions?: string[];

  @ApiProperty({
    description: 'The day the risk was raised (not the day it is recorded).',
    example: '2005-10-14',
  })
  @IsCalendarDate()
  raisedOn: string;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class ReassessRiskRequestDto {
  @Rating(LIKELIHOOD, 3)
  likelihood: number;

  @Rating(IMPACT, 4)
  impact: number;

  @Rating(RESIDUAL_LIKELIHOOD, 2)
  residualLikelihood: number;

  @Rating(RESIDUAL_IMPACT, 2)
  residualImpact: number;

  @ApiProperty({
    description: 'Why the ratings change; required, recorded on the event and in its metadata.',
    example: 'Recruitment campaign filled 80% of vacancies by March 2006',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({
    description: 'The day of the reassessment, not before the risk was raised.',
    example: '2006-03-31',
  })
  @IsCalendarDate()
  reassessedOn: string;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class CloseRiskRequestDto {
  @ApiProperty({
    description: 'Why the risk is closed; required, recorded on the event and in its metadata.',
    example: 'All 630 wards have a full Safer Neighbourhoods team',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({
    description: 'The day it was closed, not before the risk was raised.',
    example: '2007-04-02',
  })
  @IsCalendarDate()
  closedOn: string;
}
