import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FORUMS, type Forum } from '@ledger/kernel';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '@ledger/meeting';
import { CommandRequestDto } from '../http/command-request.dto';
import { ReadQueryDto } from '../http/query-params.dto';
import { SourceReferenceDto } from '../programme/programme.request.dto';
import { CalendarDateField, EnumField, LedgerIdField, NestedField, TextField } from '../http/fields';

export class ScheduleMeetingRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'oversight-2006-03-09',
    optional: true,
  })
  meetingId?: string;

  @EnumField(FORUMS, { example: 'Committee' })
  forum: Forum;

  @TextField({ max: 200, description: "The body's own name.", example: 'MPA Oversight Committee', label: 'the forum’s name' })
  forumName: string;

  @TextField({ max: 300, example: 'Oversight Committee, 9 March 2006', label: 'the meeting’s title' })
  title: string;

  @CalendarDateField({ description: 'The day of the meeting.', example: '2006-03-09', label: 'the meeting’s date' })
  date: string;

  @NestedField(() => SourceReferenceDto, {
    description: 'Where the record says the meeting was set.',
    optional: true,
  })
  source?: SourceReferenceDto;
}

export class AddAgendaItemRequestDto extends CommandRequestDto {
  @LedgerIdField({
    description: 'Chosen by the caller, or generated.',
    example: 'one-and-three-year-plans',
    optional: true,
  })
  itemId?: string;

  @EnumField(AGENDA_ITEM_KINDS, { example: 'proposal-report' })
  kind: AgendaItemKind;

  @TextField({ max: 300, example: 'The 1 and 3 year plans' })
  title: string;

  @TextField({
    max: 300,
    description: "The paper's reference or title.",
    example: 'Report 6',
    optional: true,
  })
  paper?: string;

  @LedgerIdField({
    description: 'The proposal the item is about (required for a proposal report or business case).',
    example: 'safer-neighbourhoods',
    optional: true,
  })
  proposalId?: string;
}

export class RecordMeetingHeldRequestDto extends CommandRequestDto {
  @CalendarDateField({
    description: 'The day it was held, not before its scheduled day.',
    example: '2006-03-09',
  })
  heldOn: string;
}

export class MeetingListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ enum: ['planned', 'held'], description: 'planned: the forward plan.' })
  @IsOptional()
  @IsIn(['planned', 'held'])
  status?: 'planned' | 'held';

  @CalendarDateField({
    description: 'The day overdue is judged on (default: today).',
    example: '2006-03-09',
    optional: true,
  })
  on?: string;
}
