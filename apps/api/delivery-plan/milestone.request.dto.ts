import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { CommandRequestDto } from '../http/command-request.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';

const PREDECESSORS_DESCRIPTION =
  'Milestones of the same programme that must be achieved first (the critical path, across proposals).';

export class PlanMilestoneRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({
    description: 'Chosen by the caller, or generated.',
    example: 'sn-all-wards',
  })
  @IsOptional()
  @IsLedgerId()
  milestoneId?: string;

  @ApiPropertyOptional({
    description: 'The proposal the milestone delivers; omit for a programme-wide milestone.',
    example: 'safer-neighbourhoods',
    nullable: true,
  })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string | null;

  @ApiProperty({ example: 'Safer Neighbourhoods teams in all 630 London wards' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({
    description: 'The planned date; it never moves (re-scheduling moves the forecast).',
    example: '2006-12-31',
  })
  @IsCalendarDate()
  baselineDate: string;

  @ApiPropertyOptional({
    description: `${PREDECESSORS_DESCRIPTION} For example ['sn-recruitment-complete'].`,
    example: [],
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsLedgerId({ each: true })
  predecessorIds?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'The day the milestone was planned (business time: the committee view of a day uses it); omit if unknown', example: '2006-02-03', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  plannedOn?: string | null;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class RescheduleMilestoneRequestDto {
  @ApiProperty({ description: 'The new forecast date; the baseline stays.', example: '2007-03-31' })
  @IsCalendarDate()
  forecastDate: string;

  @ApiProperty({
    description:
      'Why the milestone slips or moves; required, recorded on the event and in its metadata.',
    example: 'PCSO recruitment behind plan in outer boroughs',
    maxLength: 2000,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiPropertyOptional({ format: 'date', description: 'The day of the re-schedule (business time: the committee view of a day uses it); omit if unknown', example: '2006-02-03', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  rescheduledOn?: string | null;
}

export class AchieveMilestoneRequestDto extends CommandRequestDto {
  @ApiProperty({
    description: 'The day it was achieved (not the day it is recorded).',
    example: '2007-03-30',
  })
  @IsCalendarDate()
  achievedOn: string;
}

export class ChangeMilestonePredecessorsRequestDto extends CommandRequestDto {
  @ApiProperty({
    description: `The complete new list; empty for none. ${PREDECESSORS_DESCRIPTION}`,
    example: ['sn-recruitment-complete', 'sn-bases-opened'],
    type: [String],
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsLedgerId({ each: true })
  predecessorIds: string[];
}
