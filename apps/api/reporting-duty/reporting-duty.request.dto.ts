import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { FORUMS, type Forum } from '@ledger/kernel';
import { REPORTING_RECURRENCES, REPORTING_SUBJECTS, type ReportingRecurrence, type ReportingSubject } from '@ledger/reporting-duty';
import { CommandRequestDto } from '../http/command-request.dto';
import { ReadQueryDto } from '../http/query-params.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';
import { SourceReferenceDto } from '../programme/programme.request.dto';

export class SetReportingDutyRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or generated.', example: 'performance-to-pprc' })
  @IsOptional()
  @IsLedgerId()
  dutyId?: string;

  @ApiProperty({ enum: REPORTING_SUBJECTS, example: 'programme' })
  @IsIn(REPORTING_SUBJECTS)
  subject: ReportingSubject;

  @ApiPropertyOptional({ description: 'The proposal, benefit or objective reported on (not for the programme).' })
  @IsOptional()
  @IsLedgerId()
  subjectId?: string;

  @ApiProperty({ example: 'Performance reported to the PPRC for scrutiny' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ enum: FORUMS, example: 'Committee' })
  @IsIn(FORUMS)
  forum: Forum;

  @ApiProperty({ example: 'MPA PPRC' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  forumName: string;

  @ApiProperty({ enum: REPORTING_RECURRENCES })
  @IsIn(REPORTING_RECURRENCES)
  recurrence: ReportingRecurrence;

  @ApiProperty({ type: [String], description: 'The days a report is due, ascending (one for a one-off duty).', example: ['2006-03-09'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsCalendarDate({ each: true })
  dueDates: string[];

  @ApiPropertyOptional({ type: SourceReferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceReferenceDto)
  source?: SourceReferenceDto;
}

export class RecordReportReceivedRequestDto extends CommandRequestDto {
  @ApiProperty({ description: 'The due day this report answers.', example: '2006-03-09' })
  @IsCalendarDate()
  dueOn: string;

  @ApiProperty({ example: '2006-03-02' })
  @IsCalendarDate()
  receivedOn: string;

  @ApiProperty({ description: 'The paper received.', example: 'Report 6: the 1 and 3 year plans' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  paper: string;

  @ApiProperty({ description: 'What it covers.', example: 'The 2006/07 plan and the 2006–09 plan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  covers: string;
}

export class DutyListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'The day overdue is judged on (default: today).' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}
