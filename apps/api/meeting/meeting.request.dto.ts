import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { FORUMS, type Forum } from '@ledger/kernel';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '@ledger/meeting';
import { CommandRequestDto } from '../http/command-request.dto';
import { ReadQueryDto } from '../http/query-params.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';
import { SourceReferenceDto } from '../programme/programme.request.dto';

export class ScheduleMeetingRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or generated.', example: 'oversight-2006-03-09' })
  @IsOptional()
  @IsLedgerId()
  meetingId?: string;

  @ApiProperty({ enum: FORUMS, example: 'Committee' })
  @IsIn(FORUMS)
  forum: Forum;

  @ApiProperty({ description: "The body's own name.", example: 'MPA Oversight Committee' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  forumName: string;

  @ApiProperty({ example: 'Oversight Committee, 9 March 2006' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ description: 'The day of the meeting.', example: '2006-03-09' })
  @IsCalendarDate()
  date: string;

  @ApiPropertyOptional({ type: SourceReferenceDto, description: 'Where the record says the meeting was set.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceReferenceDto)
  source?: SourceReferenceDto;
}

export class AddAgendaItemRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or generated.', example: 'one-and-three-year-plans' })
  @IsOptional()
  @IsLedgerId()
  itemId?: string;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS, example: 'proposal-report' })
  @IsIn(AGENDA_ITEM_KINDS)
  kind: AgendaItemKind;

  @ApiProperty({ example: 'The 1 and 3 year plans' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ description: "The paper's reference or title.", example: 'Report 6' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  paper?: string;

  @ApiPropertyOptional({ description: 'The proposal the item is about (required for a proposal report or business case).', example: 'safer-neighbourhoods' })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string;
}

export class RecordMeetingHeldRequestDto extends CommandRequestDto {
  @ApiProperty({ description: 'The day it was held, not before its scheduled day.', example: '2006-03-09' })
  @IsCalendarDate()
  heldOn: string;
}

export class MeetingListQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ enum: ['planned', 'held'], description: 'planned: the forward plan.' })
  @IsOptional()
  @IsIn(['planned', 'held'])
  status?: 'planned' | 'held';

  @ApiPropertyOptional({ description: 'The day overdue is judged on (default: today).', example: '2006-03-09' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}
