import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { SCHEDULE_KINDS, type ScheduleKind } from '@ledger/benefit';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsLedgerId, IsPence } from '../http/validators';

/** A reporting period in the domain's spelling: a financial year (2006/07) or a quarter (2006-Q3). */
export const BENEFIT_PERIOD_PATTERN = /^(\d{4}\/\d{2}|\d{4}-Q[1-4])$/;

function IsBenefitPeriod(options?: ValidationOptions) {
  return Matches(BENEFIT_PERIOD_PATTERN, {
    message: '$property must be a financial year such as 2006/07 or a quarter such as 2006-Q3',
    ...options,
  });
}

/** A value in the benefit's unit: whole pence for a cash benefit, a whole number otherwise. */
function IsBenefitValue(options: { allowNegative?: boolean } = {}) {
  return IsPence({
    ...options,
    message: '$property must be a whole number (pence for a cash benefit)',
  });
}

const VALUE_DESCRIPTION =
  "In the benefit's unit: whole pence when the unit is GBP-pence (£70m = 7000000000), else a whole number.";

export class ScheduledValueDto {
  @ApiProperty({
    description: 'Financial year (2006/07) or quarter (2006-Q3)',
    example: '2006/07',
    pattern: BENEFIT_PERIOD_PATTERN.source,
  })
  @IsBenefitPeriod()
  period: string;

  @ApiProperty({ description: VALUE_DESCRIPTION, example: 3_500_000_000, minimum: 0 })
  @IsBenefitValue()
  plannedValue: number;
}

export class PlanBenefitRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({
    description: 'Chosen by the caller, or generated.',
    example: 'savings-target-70m',
  })
  @IsOptional()
  @IsLedgerId()
  benefitId?: string;

  @ApiProperty({ example: 'Efficiency savings of £70m from the Service Review proposals' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  description: string;

  @ApiProperty({
    example: 'Cashable savings released from the base budget and reinvested in front-line policing',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  observableOutcome: string;

  @ApiProperty({ example: 'Cashable savings against the 2005/06 base budget' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  measure: string;

  @ApiProperty({
    description: "'GBP-pence' for cash (required when cashReleasing); any other unit is free text.",
    example: 'GBP-pence',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unit: string;

  @ApiProperty({
    example:
      'Budget monitoring by the Resources Directorate, traced to each proposal’s business case',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  attribution: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  cashReleasing: boolean;

  @ApiProperty({ example: true })
  @IsBoolean()
  quantitative: boolean;

  @ApiProperty({
    description: 'True for a dis-benefit: an outcome seen as negative.',
    example: false,
  })
  @IsBoolean()
  isDisbenefit: boolean;

  @ApiProperty({
    description: 'The benefit owner, accountable for realising it.',
    example: 'person-director-of-resources',
  })
  @IsLedgerId()
  ownerId: string;

  @ApiProperty({ example: 'Director of Resources' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  ownerName: string;

  @ApiProperty({
    description: `Fixed for good once planned. ${VALUE_DESCRIPTION}`,
    example: 0,
    minimum: 0,
  })
  @IsBenefitValue()
  baseline: number;

  @ApiProperty({
    description: `Fixed for good once planned. ${VALUE_DESCRIPTION}`,
    example: 7_000_000_000,
    minimum: 0,
  })
  @IsBenefitValue()
  target: number;

  @ApiPropertyOptional({
    description: VALUE_DESCRIPTION,
    example: 7_000_000_000,
    nullable: true,
    minimum: 0,
  })
  @IsOptional()
  @IsBenefitValue()
  fullYearValue?: number | null;

  @ApiProperty({
    type: [ScheduledValueDto],
    description: 'Planned value per period, each period once.',
    example: [
      { period: '2006/07', plannedValue: 3_500_000_000 },
      { period: '2007/08', plannedValue: 7_000_000_000 },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ScheduledValueDto)
  schedule: ScheduledValueDto[];

  @ApiPropertyOptional({
    enum: SCHEDULE_KINDS,
    default: 'per-period',
    description:
      "How the schedule's values read: 'per-period' amounts add up to the target; a 'running-total' rises to it; a 'level' is the rate reached in each period (e.g. savings a year), the last one the target. Realisations are reported the same way.",
    example: 'per-period',
  })
  @IsOptional()
  @IsIn(SCHEDULE_KINDS)
  scheduleKind?: ScheduleKind;

  @ApiPropertyOptional({ format: 'date', description: 'The day the benefit was planned, e.g. with the business case that approved it (business time: the committee view of a day uses it); omit if unknown', example: '2006-02-03', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  plannedOn?: string | null;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class ReforecastBenefitRequestDto {
  @ApiProperty({
    type: [ScheduledValueDto],
    description:
      'The whole new schedule; baseline and target stay as planned. Reported periods must stay.',
    example: [
      { period: '2006/07', plannedValue: 2_800_000_000 },
      { period: '2007/08', plannedValue: 7_000_000_000 },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ScheduledValueDto)
  schedule: ScheduledValueDto[];

  @ApiProperty({
    description: 'Why the forecast changes; required, recorded on the event and in its metadata.',
    example: 'Shared service centre go-live moved to Q3 2006/07; savings phased accordingly',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({ format: 'date', description: 'The day of the re-forecast (business time: the committee view of a day uses it); omit if unknown', example: '2006-02-03', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  reforecastOn?: string | null;
}

export class RealiseBenefitRequestDto extends CommandRequestDto {
  @ApiProperty({
    description:
      'A scheduled period not yet reported: financial year (2006/07) or quarter (2006-Q3).',
    example: '2006/07',
    pattern: BENEFIT_PERIOD_PATTERN.source,
  })
  @IsBenefitPeriod()
  period: string;

  @ApiProperty({ description: `May be negative. ${VALUE_DESCRIPTION}`, example: 3_120_000_000 })
  @IsBenefitValue({ allowNegative: true })
  actual: number;

  @ApiPropertyOptional({
    description: `Forecast for the remaining periods. ${VALUE_DESCRIPTION}`,
    example: 3_880_000_000,
    nullable: true,
    minimum: 0,
  })
  @IsOptional()
  @IsBenefitValue()
  forecastRemaining?: number | null;

  @ApiProperty({ example: 'Outturn report 2006/07, Finance Committee, June 2007' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  evidence: string;

  @ApiPropertyOptional({
    example: 'Safer Neighbourhoods rollout absorbed part of the release; remainder on track',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  commentary?: string | null;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class CorrectBenefitRealisationRequestDto {
  @ApiProperty({
    description: `The corrected actual for the period. ${VALUE_DESCRIPTION}`,
    example: 3_050_000_000,
  })
  @IsBenefitValue({ allowNegative: true })
  actual: number;

  @ApiProperty({
    description:
      'Why the reported figure changes; required, recorded on the event and in its metadata.',
    example: 'Audited outturn lower than the provisional figure reported in May',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
}
