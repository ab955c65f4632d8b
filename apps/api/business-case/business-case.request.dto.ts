import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested, IsObject } from 'class-validator';
import { BUSINESS_CASE_STAGES, type BusinessCaseStage } from '@ledger/business-case';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsFinancialYear, IsPence } from '../http/validators';

const SECTION = 20_000;

/** The Green Book's five cases. */
export class BusinessCaseSectionsDto {
  @ApiProperty({
    example: 'Delivers the Safer Neighbourhoods outcome: communities are, and feel, safer.',
    maxLength: SECTION,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECTION)
  strategic: string;

  @ApiProperty({
    example: 'Options appraised: status quo, phased roll-out, immediate roll-out to all 630 wards.',
    maxLength: SECTION,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECTION)
  economic: string;

  @ApiProperty({
    example: 'PCSO recruitment through the existing framework; no new procurement.',
    maxLength: SECTION,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECTION)
  commercial: string;

  @ApiProperty({
    example: 'Funded from the Home Office grant and the MPA precept over 2006/07 to 2007/08.',
    maxLength: SECTION,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECTION)
  financial: string;

  @ApiProperty({
    example:
      'Led by AC Tim Godwin through the Territorial Policing board; quarterly reports to the MPA.',
    maxLength: SECTION,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECTION)
  management: string;
}

export class InvestmentByYearDto {
  @ApiProperty({ description: 'UK financial year, 1 April to 31 March', example: '2006/07' })
  @IsFinancialYear()
  financialYear: string;

  @ApiProperty({ description: 'Whole pence', example: 4_500_000_000, type: 'integer' })
  @IsPence()
  amountPence: number;
}

export class AnticipatedBenefitDto {
  @ApiProperty({ example: 'Reduced fear of crime in wards with a full team', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;

  @ApiPropertyOptional({
    description: 'Whole pence, where the benefit is monetised',
    example: 250_000_000,
    type: 'integer',
    nullable: true,
  })
  @IsOptional()
  @IsPence()
  amountPence?: number | null;
}

export class SubmitBusinessCaseRequestDto extends CommandRequestDto {
  @ApiProperty({
    description:
      'SOC, then OBC, then FBC; a returned case is resubmitted at the same stage as a new version.',
    enum: BUSINESS_CASE_STAGES,
    example: 'SOC',
  })
  @IsIn(BUSINESS_CASE_STAGES)
  stage: BusinessCaseStage;

  @ApiProperty({ type: BusinessCaseSectionsDto })
  @IsObject({ message: '$property must be an object' })
  @ValidateNested()
  @Type(() => BusinessCaseSectionsDto)
  sections: BusinessCaseSectionsDto;

  @ApiProperty({
    type: [InvestmentByYearDto],
    description: 'One entry per financial year',
    maxItems: 30,
  })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => InvestmentByYearDto)
  investment: InvestmentByYearDto[];

  @ApiProperty({ description: 'Whole pence', example: 12_000_000_000, type: 'integer' })
  @IsPence()
  wholeLifeCostPence: number;

  @ApiProperty({ type: [AnticipatedBenefitDto], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AnticipatedBenefitDto)
  anticipatedBenefits: AnticipatedBenefitDto[];

  @ApiProperty({
    description: 'Who submits it, usually the lead',
    example: 'Tim Godwin',
    maxLength: 200,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  submittedBy: string;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date of submission',
    example: '2005-11-15',
  })
  @IsCalendarDate()
  submittedOn: string;
}

export class ApproveBusinessCaseRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({
    description: 'Empty or absent for an unconditional approval.',
    type: [String],
    example: ['Report PCSO recruitment quarterly to the Finance and Resources Committee'],
    maxItems: 50,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2000, { each: true })
  conditions?: string[];

  @ApiProperty({ example: 'MPA Finance and Resources Committee, 15 December 2005', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  meeting: string;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date of the decision',
    example: '2005-12-15',
  })
  @IsCalendarDate()
  decisionDate: string;
}

export class ReturnBusinessCaseRequestDto extends CommandRequestDto {
  @ApiProperty({
    example: 'The economic case should compare a phased roll-out with the status quo.',
    maxLength: 10_000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  comments: string;

  @ApiProperty({ example: 'MPA Finance and Resources Committee, 15 December 2005', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  meeting: string;

  @ApiProperty({
    format: 'date',
    description: 'Calendar date of the decision',
    example: '2005-12-15',
  })
  @IsCalendarDate()
  decisionDate: string;
}
