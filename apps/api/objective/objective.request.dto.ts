import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { INDICATOR_DIRECTIONS, type IndicatorDirection } from '@ledger/objective';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsFinancialYear, IsLedgerId } from '../http/validators';

const FINITE = { allowNaN: false, allowInfinity: false };

export class AccountableDto {
  @ApiProperty({ description: 'The person id of the Management Board member (a lead’s personId).', example: 'person-tim-godwin' })
  @IsLedgerId()
  personId: string;

  @ApiProperty({ example: 'AC Tim Godwin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}

export class DefineObjectiveRequestDto extends CommandRequestDto {
  @ApiProperty({ example: 'reduce-burglary' })
  @IsLedgerId()
  objectiveId: string;

  @ApiProperty({ description: 'A priority of the plan still in force.', example: 'safer-neighbourhoods' })
  @IsLedgerId()
  priorityId: string;

  @ApiProperty({ example: 'Reduce residential burglary' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiProperty({ type: AccountableDto })
  @ValidateNested()
  @Type(() => AccountableDto)
  accountable: AccountableDto;

  @ApiPropertyOptional({ description: 'A critical focus area of the plan.', default: false })
  @IsOptional()
  @IsBoolean()
  criticalFocus?: boolean;

  @ApiProperty({ example: '2006-04-01' })
  @IsCalendarDate()
  definedOn: string;
}

export class AssignAccountabilityRequestDto {
  @ApiProperty({ type: AccountableDto })
  @ValidateNested()
  @Type(() => AccountableDto)
  accountable: AccountableDto;

  @ApiProperty({ description: 'Why accountability moves; kept in its history.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '2006-09-01' })
  @IsCalendarDate()
  assignedOn: string;
}

export class BaselineDto {
  @ApiProperty({ example: 60000 })
  @IsNumber(FINITE)
  value: number;

  @ApiProperty({ example: '2005/06' })
  @IsFinancialYear()
  period: string;
}

export class DefineIndicatorRequestDto extends CommandRequestDto {
  @ApiProperty({ example: 'burglaries' })
  @IsLedgerId()
  indicatorId: string;

  @ApiProperty({ example: 'Residential burglaries recorded' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiProperty({ example: 'offences' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  unit: string;

  @ApiProperty({ enum: INDICATOR_DIRECTIONS, example: 'lower-is-better' })
  @IsIn(INDICATOR_DIRECTIONS)
  direction: IndicatorDirection;

  @ApiPropertyOptional({ type: BaselineDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BaselineDto)
  baseline?: BaselineDto | null;

  @ApiProperty({ example: 'MPS crime recording system' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  dataSource: string;

  @ApiProperty({ description: 'How far short of target (in the unit) still counts as on track.', minimum: 0, example: 500 })
  @IsNumber(FINITE)
  @Min(0)
  tolerance: number;

  @ApiProperty({ example: '2006-04-01' })
  @IsCalendarDate()
  definedOn: string;
}

export class SetTargetRequestDto extends CommandRequestDto {
  @ApiProperty({ description: 'A financial year of the plan.', example: '2006/07' })
  @IsFinancialYear()
  period: string;

  @ApiProperty({ example: 55000 })
  @IsNumber(FINITE)
  value: number;
}

export class ReportActualRequestDto extends CommandRequestDto {
  @ApiProperty({ description: 'A financial year of the plan; reported once.', example: '2006/07' })
  @IsFinancialYear()
  period: string;

  @ApiProperty({ example: 56000 })
  @IsNumber(FINITE)
  value: number;

  @ApiProperty({ example: '2007-04-20' })
  @IsCalendarDate()
  reportedOn: string;
}

export class CorrectActualRequestDto {
  @ApiProperty({ example: '2006/07' })
  @IsFinancialYear()
  period: string;

  @ApiProperty({ example: 55200 })
  @IsNumber(FINITE)
  value: number;

  @ApiProperty({ description: 'Why the figure is corrected; the old one is kept.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '2007-05-01' })
  @IsCalendarDate()
  correctedOn: string;
}
