import { PersonIdField } from '../http/person-fields';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { INDICATOR_DIRECTIONS, type IndicatorDirection } from '@ledger/objective';
import { CommandRequestDto, ReasonField } from '../http/command-request.dto';
import { BooleanField, CalendarDateField, EnumField, FinancialYearField, LedgerIdField, NestedField, NumberField, TextField } from '../http/fields';


export class AccountableDto {
  @PersonIdField({
    description: 'The person id of the Management Board member (a lead’s personId).',
    example: 'person-tim-godwin',
  })
  personId: string;

  @TextField({ max: 200, example: 'AC Tim Godwin' })
  name: string;
}

export class DefineObjectiveRequestDto extends CommandRequestDto {
  @LedgerIdField({ example: 'reduce-burglary' })
  objectiveId: string;

  @LedgerIdField({ description: 'A priority of the plan still in force.', example: 'safer-neighbourhoods' })
  priorityId: string;

  @TextField({ max: 500, example: 'Reduce residential burglary' })
  title: string;

  @ApiProperty({ type: AccountableDto })
  @ValidateNested()
  @Type(() => AccountableDto)
  accountable: AccountableDto;

  @BooleanField({ description: 'A critical focus area of the plan.', default: false, optional: true })
  criticalFocus?: boolean;

  @CalendarDateField({ example: '2006-04-01' })
  definedOn: string;
}

export class AssignAccountabilityRequestDto {
  @ApiProperty({ type: AccountableDto })
  @ValidateNested()
  @Type(() => AccountableDto)
  accountable: AccountableDto;

  @ReasonField('Why accountability moves; kept in its history.')
  reason: string;

  @CalendarDateField({ example: '2006-09-01' })
  assignedOn: string;
}

export class BaselineDto {
  @NumberField({ example: 60000 })
  value: number;

  @FinancialYearField({ example: '2005/06' })
  period: string;
}

export class DefineIndicatorRequestDto extends CommandRequestDto {
  @LedgerIdField({ example: 'burglaries' })
  indicatorId: string;

  @TextField({ max: 500, example: 'Residential burglaries recorded' })
  title: string;

  @TextField({ max: 100, example: 'offences' })
  unit: string;

  @EnumField(INDICATOR_DIRECTIONS, { example: 'lower-is-better' })
  direction: IndicatorDirection;

  @NestedField(() => BaselineDto, { optional: true, nullable: true })
  baseline?: BaselineDto | null;

  @TextField({ max: 500, example: 'MPS crime recording system' })
  dataSource: string;

  @NumberField({
    min: 0,
    description: 'How far short of target (in the unit) still counts as on track.',
    example: 500,
  })
  tolerance: number;

  @CalendarDateField({ example: '2006-04-01' })
  definedOn: string;
}

export class SetTargetRequestDto extends CommandRequestDto {
  @FinancialYearField({ description: 'A financial year of the plan.', example: '2006/07' })
  period: string;

  @NumberField({ example: 55000 })
  value: number;
}

export class ReportActualRequestDto extends CommandRequestDto {
  @FinancialYearField({ description: 'A financial year of the plan; reported once.', example: '2006/07' })
  period: string;

  @NumberField({ example: 56000 })
  value: number;

  @CalendarDateField({ example: '2007-04-20' })
  reportedOn: string;
}

export class CorrectActualRequestDto {
  @FinancialYearField({ example: '2006/07' })
  period: string;

  @NumberField({ example: 55200 })
  value: number;

  @ReasonField('Why the figure is corrected; the old one is kept.')
  reason: string;

  @CalendarDateField({ example: '2007-05-01' })
  correctedOn: string;
}
