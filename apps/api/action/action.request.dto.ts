import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ACTION_ORIGINS, type ActionOrigin, type RegisterStatus } from '@ledger/action';
import { FORUMS } from '@ledger/kernel';
import { CommandRequestDto } from '../http/command-request.dto';
import { ReadQueryDto } from '../http/query-params.dto';
import { IsCalendarDate, IsLedgerId } from '../http/validators';
import { SourceReferenceDto } from '../programme/programme.request.dto';

export class RaiseActionRequestDto extends CommandRequestDto {
  @ApiPropertyOptional({ description: 'Chosen by the caller, or generated.', example: 'sn-consultation' })
  @IsOptional()
  @IsLedgerId()
  actionId?: string;

  @ApiProperty({ example: 'Complete the formal consultation and report its outcome' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ description: 'Who must do it.', example: 'AC Tim Godwin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  ownerName: string;

  @ApiPropertyOptional({ description: "The owner's person id (a lead's), so they see it under my actions and may complete it.", example: 'tim-godwin' })
  @IsOptional()
  @IsLedgerId()
  ownerPersonId?: string;

  @ApiProperty({ enum: ACTION_ORIGINS, description: 'condition: a condition of an agreement, approval or decision; meeting: raised at a meeting; office: by the programme office.' })
  @IsIn(ACTION_ORIGINS)
  origin: ActionOrigin;

  @ApiPropertyOptional({ description: "The condition's words (origin condition).", example: 'subject to the ongoing formal consultation process' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  condition?: string;

  @ApiPropertyOptional({ example: 'safer-neighbourhoods' })
  @IsOptional()
  @IsLedgerId()
  proposalId?: string;

  @ApiPropertyOptional({ description: 'The decision of the log the condition is attached to.' })
  @IsOptional()
  @IsLedgerId()
  decisionId?: string;

  @ApiPropertyOptional({ description: 'The meeting it was raised at (origin meeting).' })
  @IsOptional()
  @IsLedgerId()
  meetingId?: string;

  @ApiPropertyOptional({ description: 'Due by this day (or give dueMeetingId).', example: '2006-03-09' })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string;

  @ApiPropertyOptional({ description: 'The meeting it must come back to; due by its day.', example: 'oversight-2006-03-09' })
  @IsOptional()
  @IsLedgerId()
  dueMeetingId?: string;

  @ApiProperty({ description: 'The day it was raised.', example: '2005-09-29' })
  @IsCalendarDate()
  raisedOn: string;

  @ApiPropertyOptional({ type: SourceReferenceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceReferenceDto)
  source?: SourceReferenceDto;
}

export class CompleteActionRequestDto extends CommandRequestDto {
  @ApiProperty({ description: 'What shows it is done: a paper, a report, a minute.', example: 'Consultation report to the Authority, 26 January 2006' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  evidence: string;

  @ApiProperty({ example: '2006-01-26' })
  @IsCalendarDate()
  completedOn: string;
}

// Not a CommandRequestDto: its inherited @IsOptional() would make the required reason optional.
export class DropActionRequestDto {
  @ApiProperty({ description: 'Why it is no longer needed; required.', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '2006-02-01' })
  @IsCalendarDate()
  droppedOn: string;
}

const REGISTER_STATUSES: RegisterStatus[] = ['open', 'overdue', 'done', 'dropped'];

export class ActionRegisterQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: "The owner's person id." })
  @IsOptional()
  @IsLedgerId()
  owner?: string;

  @ApiPropertyOptional({ enum: REGISTER_STATUSES })
  @IsOptional()
  @IsIn(REGISTER_STATUSES)
  status?: RegisterStatus;

  @ApiPropertyOptional({ enum: FORUMS, description: 'The forum of the meeting it is due at.' })
  @IsOptional()
  @IsIn(FORUMS)
  forum?: string;

  @ApiPropertyOptional({ description: 'Due before this day.', example: '2006-03-09' })
  @IsOptional()
  @IsCalendarDate()
  dueBefore?: string;

  @ApiPropertyOptional({ description: 'The day overdue is judged on (default: today).' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class MyActionsQueryDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: 'The day overdue is judged on (default: today).' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}
