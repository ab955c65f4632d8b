import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { FORUMS, type Forum } from '@ledger/kernel';
import { REPORTING_RECURRENCES, REPORTING_SUBJECTS, type ReportingRecurrence, type ReportingSubject } from '@ledger/reporting-duty';
import { CommandRequestDto } from '../http/command-request.dto';
import { ReadQueryDto } from '../http/query-params.dto';
import { IsCalendarDate } from '../http/validators';
import { SourceReferenceDto } from '../programme/programme.request.dto';
import { CalendarDateField, EnumField, LedgerIdField, NestedField, TextField } from '../http/fields';

export class SetReportingDutyRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'performance-to-pprc',
    optional: true,
  })
  dutyId?: string;

  @EnumField(REPORTING_SUBJECTS, { example: 'programme' })
  subject: ReportingSubject;

  @LedgerIdField({
    description: 'The proposal, benefit or objective reported on (not for the programme).',
    optional: true,
  })
  subjectId?: string;

  @TextField({ max: 300, example: 'Performance reported to the PPRC for scrutiny' })
  title: string;

  @EnumField(FORUMS, { example: 'Committee' })
  forum: Forum;

  @TextField({ max: 200, example: 'MPA PPRC' })
  forumName: string;

  @EnumField(REPORTING_RECURRENCES)
  recurrence: ReportingRecurrence;

  @ApiProperty({ type: [String], description: 'The days a report is due, ascending (one for a one-off duty).', example: ['2006-03-09'] })
  @IsArray({ message: 'Give the days a report is due as a list' })
  @ArrayMinSize(1, { message: 'Give at least one day a report is due' })
  @ArrayMaxSize(200, { message: 'Give at most 200 days a report is due' })
  @IsCalendarDate({ each: true, message: 'Enter each day a report is due as a date such as 2006-03-09' })
  dueDates: string[];

  @NestedField(() => SourceReferenceDto, { optional: true })
  source?: SourceReferenceDto;
}

export class RecordReportReceivedRequestDto extends CommandRequestDto {
  @CalendarDateField({ description: 'The due day this report answers.', example: '2006-03-09' })
  dueOn: string;

  @CalendarDateField({ example: '2006-03-02' })
  receivedOn: string;

  @TextField({ max: 300, description: 'The paper received.', example: 'Report 6: the 1 and 3 year plans' })
  paper: string;

  @TextField({ max: 2000, description: 'What it covers.', example: 'The 2006/07 plan and the 2006–09 plan' })
  covers: string;
}

export class DutyListQueryDto extends ReadQueryDto {
  @CalendarDateField({ description: 'The day overdue is judged on (default: today).', optional: true })
  on?: string;
}
