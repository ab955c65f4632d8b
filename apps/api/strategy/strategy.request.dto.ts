import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PLAN_KINDS, PRIORITY_TIERS, type PlanKind, type PriorityTier } from '@ledger/strategy';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsFinancialYear, IsLedgerId } from '../http/validators';

export class DefinePlanRequestDto extends CommandRequestDto {
  @ApiProperty({ example: 'policing-plan-2006-07' })
  @IsLedgerId()
  planId: string;

  @ApiProperty({ enum: PLAN_KINDS, example: 'policing-plan' })
  @IsIn(PLAN_KINDS)
  kind: PlanKind;

  @ApiProperty({ example: 'Policing Plan 2006/07' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ description: 'The first financial year of the plan.', example: '2006/07' })
  @IsFinancialYear()
  firstYear: string;

  @ApiProperty({ description: 'The last financial year (an annual plan: the same as the first).', example: '2006/07' })
  @IsFinancialYear()
  lastYear: string;

  @ApiPropertyOptional({ nullable: true, example: 'Making London safe for all the people we serve' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  mission?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  vision?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  values?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(1000, { each: true })
  criticalSuccessFactors?: string[];

  @ApiProperty({ description: 'The day the plan was adopted.', example: '2006-03-30' })
  @IsCalendarDate()
  adoptedOn: string;
}

export class DefinePriorityRequestDto extends CommandRequestDto {
  @ApiProperty({ example: 'counter-terrorism' })
  @IsLedgerId()
  priorityId: string;

  @ApiProperty({ enum: PRIORITY_TIERS, description: 'For Londoners, or for excellence.', example: 'londoners' })
  @IsIn(PRIORITY_TIERS)
  tier: PriorityTier;

  @ApiProperty({ example: 'Counter terrorism, security and protection' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiProperty({ example: '2006-03-30' })
  @IsCalendarDate()
  definedOn: string;
}

export class RewordPriorityRequestDto {
  @ApiProperty({ example: 'Counter terrorism, security and protection' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiProperty({ description: 'Why the wording changes; kept in the plan’s history.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '2006-04-01' })
  @IsCalendarDate()
  rewordedOn: string;
}

export class RetirePriorityRequestDto {
  @ApiPropertyOptional({ description: 'The priority of the same plan it is merged into; omit to retire it outright.', nullable: true })
  @IsOptional()
  @IsLedgerId()
  mergedInto?: string | null;

  @ApiProperty({ description: 'Why it is retired or merged.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '2006-04-01' })
  @IsCalendarDate()
  retiredOn: string;
}
