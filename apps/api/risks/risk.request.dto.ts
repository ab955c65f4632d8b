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
import {
  RISK_CATEGORIES,
  RISK_KINDS,
  RISK_RESPONSES,
  type RiskCategory,
  type RiskKind,
  type RiskResponse,
} from '@ledger/domain';
import { applyDecorators } from '@nestjs/common';
import { CommandRequestDto } from '../shared/command-request.dto';
import { IsCalendarDate, IsLedgerId } from '../shared/validators';

/** Likelihood and impact are whole numbers on a 1–5 scale. */
function IsRating() {
  return applyDecorators(IsInt(), Min(1), Max(5));
}

/** The four ratings every assessment carries; the score is computed by the domain. */
export class RiskRatingsDto {
  @ApiProperty({ description: 'Inherent likelihood, 1 (rare) to 5 (almost certain).', minimum: 1, maximum: 5, example: 4 })
  @IsRating()
  likelihood: number;

  @ApiProperty({ description: 'Inherent impact, 1 (minimal) to 5 (severe).', minimum: 1, maximum: 5, example: 4 })
  @IsRating()
  impact: number;

  @ApiProperty({ description: 'Likelihood once the response works, 1–5.', minimum: 1, maximum: 5, example: 2 })
  @IsRating()
  residualLikelihood: number;

  @ApiProperty({ description: 'Impact once the response works, 1–5.', minimum: 1, maximum: 5, example: 3 })
  @IsRating()
  residualImpact: number;
}

export class RaiseRiskRequestDto extends RiskRatingsDto {
  @ApiPropertyOptional({ description: 'Why this is being done; recorded with the event.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'Chosen by the caller, or generated.', example: 'sn-pcso-recruitment' })
  @IsOptional()
  @IsLedgerId()
  riskId?: string;

  @ApiPropertyOptional({ description: 'The proposal the risk belongs to; omit for a programme risk.', example: 'safer-neighbourhoods', nullable: true })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string | null;

  @ApiProperty({ enum: RISK_KINDS, example: 'threat' })
  @IsIn(RISK_KINDS)
  kind: RiskKind;

  @ApiProperty({ enum: RISK_CATEGORIES, description: 'The register also holds issues, assumptions and dependencies.', example: 'risk' })
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

  @ApiProperty({ description: 'When the risk could materialise.', example: 'Before the 2006/07 rollout completes' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  proximity: string;

  @ApiProperty({ enum: RISK_RESPONSES, description: 'avoid/reduce/transfer/accept for a threat; exploit/share/enhance/accept for an opportunity.', example: 'reduce' })
  @IsIn(RISK_RESPONSES)
  response: RiskResponse;

  @ApiPropertyOptional({ type: [String], example: ['Rolling recruitment campaign with the GLA', 'Monthly strength report to Management Board'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  actions?: string[];

  @ApiProperty({ description: 'The day the risk was raised (not the day it is recorded).', example: '2005-10-14' })
  @IsCalendarDate()
  raisedOn: string;
}

export class ReassessRiskRequestDto extends RiskRatingsDto {
  @ApiProperty({
    description: 'Why the ratings change; required, recorded on the event and in its metadata.',
    example: 'Recruitment campaign filled 80% of vacancies by March 2006',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ description: 'The day of the reassessment, not before the risk was raised.', example: '2006-03-31' })
  @IsCalendarDate()
  reassessedOn: string;
}

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

  @ApiProperty({ description: 'The day it was closed, not before the risk was raised.', example: '2007-04-02' })
  @IsCalendarDate()
  closedOn: string;
}
